import { describe, expect, test } from 'vitest';
import { decisionTree } from '../../../../src/content/schemas/tree';
import { normaliseSmtpCode } from '../../../../src/engine/tree/smtp-code-param';
import { loadTreeFixture } from './tree-fixtures';

const valid = loadTreeFixture('valid');
const outcome = valid.nodes.find((n) => n.id === 'typo-out');
const question = valid.nodes.find((n) => n.id === 'code');

describe('tree schema: shapes an operator can get wrong', () => {
  test.each([
    { name: 'misspelt optional key', node: { ...outcome, ifNotSloved: 'support' }, message: /ifNotSloved/ },
    { name: 'upper-case node id', node: { ...outcome, id: 'Typo-Out' }, message: /kebab-case/ },
    { name: 'answer id with a dot', node: { ...question, answers: [{ id: 'a.b', label: 'A', next: 'x' }] }, message: /kebab-case/ },
    { name: 'answer id over 24 characters', node: { ...question, answers: [{ id: 'a'.repeat(25), label: 'A', next: 'x' }] }, message: /24/ },
    { name: 'empty title', node: { ...outcome, title: '  ' }, message: /empty/ },
    { name: 'link without a section', node: { ...outcome, link: { page: 'alpha' } }, message: /section/ },
    { name: 'unknown node kind', node: { ...outcome, kind: 'answer' }, message: /kind/ },
    { name: 'unknown bounce reason in a lookup', node: { ...question, lookup: { byReason: { nosuchreason: 'a' } } }, message: /nosuchreason|key/i },
    { name: 'lookup path with a space', node: { ...question, lookup: { byClass: { temporary: '4xx 5xx' } } }, message: /joined by/ },
  ])('$name is rejected', ({ node, message }) => {
    const result = decisionTree.safeParse({ ...valid, nodes: [node] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });

  test('schemaVersion must be 1', () => {
    expect(decisionTree.safeParse({ ...valid, schemaVersion: 2 }).success).toBe(false);
  });
});

describe('normaliseSmtpCode: only codes travel in URLs and summaries', () => {
  test.each([
    { raw: '550', code: '550' },
    { raw: ' 5.1.1 ', code: '5.1.1' },
    { raw: '550   5.1.1', code: '550 5.1.1' },
    { raw: '421 4.7.650', code: '421 4.7.650' },
    { raw: '5.1.1 550', code: null }, // servers write the basic code first
    { raw: '650', code: null },
    { raw: '6.1.1', code: null },
    { raw: '550 5.1.1 User unknown', code: null },
    { raw: 'taro@example.com', code: null },
    { raw: '', code: null },
    { raw: '5'.repeat(33), code: null },
  ])('$raw → $code', ({ raw, code }) => {
    expect(normaliseSmtpCode(raw)).toBe(code);
  });
});
