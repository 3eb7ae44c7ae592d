import { describe, expect, test } from 'vitest';
import { nodeProgress } from '../../../../src/engine/tree/progress';
import { walk } from '../../../../src/engine/tree/walk';
import { loadTreeFixture } from './tree-fixtures';

const tree = loadTreeFixture('valid');

describe('nodeProgress: how far each screen is from the end', () => {
  // Counted by hand on test/fixtures/trees/valid.json.
  test.each([
    { id: 'start', stepsLeft: 6, questionsLeft: 3 }, // start → code → reason → typo-out → general-out → one-stop → support
    { id: 'code', stepsLeft: 5, questionsLeft: 2 },
    { id: 'reason', stepsLeft: 4, questionsLeft: 1 },
    { id: 'check-a', stepsLeft: 3, questionsLeft: 0 },
    { id: 'one-stop', stepsLeft: 1, questionsLeft: 0 },
    { id: 'support', stepsLeft: 0, questionsLeft: 0 },
  ])('$id', ({ id, stepsLeft, questionsLeft }) => {
    expect(nodeProgress(tree).get(id)).toEqual({ stepsLeft, questionsLeft });
  });

  test('along any route, "step N of at most M" never grows: the bar only moves forward', () => {
    const progress = nodeProgress(tree);
    const routes = [
      ['bounce', '5xx', 'no-user', 'not-solved', 'not-solved', 'not-solved'],
      ['bounce', '4xx', 'full', 'not-solved'],
      ['quiet', 'not-solved', 'not-solved'],
    ];
    for (const answers of routes) {
      const totals = answers.map((_, i) => {
        const { state } = walk(tree, answers.slice(0, i + 1));
        return state.step + (progress.get(state.nodeId)?.stepsLeft ?? 0);
      });
      totals.reduce((before, now) => {
        expect(now).toBeLessThanOrEqual(before);
        return now;
      }, 7);
    }
  });
});
