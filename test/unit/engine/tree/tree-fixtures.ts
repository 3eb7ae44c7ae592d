import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DecisionTree } from '../../../../src/content/schemas/tree';
import { decisionTree } from '../../../../src/content/schemas/tree';
import type { PageSections } from '../../../../src/content/check/files';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/trees');

/** Loads test/fixtures/trees/<name>.json through the schema, as the app loads tree.json. */
export function loadTreeFixture(name: string): DecisionTree {
  return decisionTree.parse(JSON.parse(readFileSync(resolve(FIXTURES, `${name}.json`), 'utf8')));
}

/** The guide pages the fixture trees link to. */
export const FIXTURE_PAGES: PageSections = new Map([
  ['alpha', new Set(['one', 'two'])],
  ['beta', new Set(['three'])],
]);
