import { expect, test } from 'vitest';
import { analyse } from '../../../../src/engine/smtp/analyse';
import { ADVERSARIAL_MIME, ADVERSARIAL_UNITS, adversarialInput, adversarialMime } from '../../../../src/engine/smtp/adversarial';
import { fixtureDb } from '../../../fixtures/smtp-db';
import { expectWellFormed } from './helpers';

// Speed and linear growth on these inputs are measured by `npm run bench` (budgets and the 5× ratio);
// here: every one of them is analysed to a well-formed result, none throws or hangs.
test('every adversarial input (100 000 repeats of what the scanners look at, plain and MIME-wrapped) gives a well-formed analysis', async () => {
  const inputs = [...ADVERSARIAL_UNITS.map((unit) => adversarialInput(unit)), ...ADVERSARIAL_MIME.map(({ unit, type }) => adversarialMime(unit, type))];
  const failed: string[] = [];
  for (const input of inputs) {
    try {
      expectWellFormed(await analyse(input, fixtureDb), input);
    } catch (error) {
      failed.push(`${JSON.stringify(input.slice(0, 60))}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  expect(failed).toEqual([]);
}, 120_000);
