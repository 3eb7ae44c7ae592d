import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../src/engine/smtp/analyse';
import { ADVERSARIAL_MIME, ADVERSARIAL_REPEATS, ADVERSARIAL_UNITS } from '../../../../src/engine/smtp/adversarial';
import { fixtureDb } from '../../../fixtures/smtp-db';
import { expectWellFormed } from './helpers';

// Absolute times depend on the machine (`npm run bench` holds the budgets). What must never happen is
// super-linear growth: 5 × more input may take about 5 × longer, never 25 × (quadratic) or worse.
const SMALL = ADVERSARIAL_REPEATS / 5;
const MAX_RATIO = 12;
const SLACK_MS = 250; // timer noise and garbage collection on tiny runs

async function fastest(input: string): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 2; k++) {
    const start = performance.now();
    await analyse(input, fixtureDb);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

async function expectLinear(build: (repeats: number) => string): Promise<void> {
  const large = build(ADVERSARIAL_REPEATS);
  const a = await analyse(large, fixtureDb);
  expectWellFormed(a, large);
  const small = await fastest(build(SMALL));
  const big = await fastest(large);
  expect(big).toBeLessThan(MAX_RATIO * small + SLACK_MS);
}

const label = (unit: string): string => JSON.stringify(unit).slice(0, 40);

describe('inputs built to make scanners and patterns slow grow linearly', () => {
  test.each(ADVERSARIAL_UNITS.map((unit) => ({ unit: label(unit), raw: unit })))('100 000 × $unit', async ({ raw }) => {
    await expectLinear((n) => raw.repeat(n));
  });

  test.each(ADVERSARIAL_MIME.map(({ unit, type }) => ({ unit: label(unit), raw: unit, type })))(
    'a $type message with 100 000 × $unit',
    async ({ raw, type }) => {
      await expectLinear((n) => `MIME-Version: 1.0\nContent-Type: ${type}\n\n${raw.repeat(n)}`);
    },
  );
});
