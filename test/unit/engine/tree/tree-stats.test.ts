import { describe, expect, test } from 'vitest';
import { canonicalPaths } from '../../../../src/engine/tree/canonical-paths';
import { listCanonicalSteps } from '../../../../src/engine/tree/canonical-steps';
import { treeStats } from '../../../../src/engine/tree/tree-stats';
import { loadTreeFixture } from './tree-fixtures';

const tree = loadTreeFixture('valid');

describe('canonical paths: the shortest path to every node', () => {
  test.each([
    { nodeId: 'start', path: [] },
    { nodeId: 'reason', path: ['bounce', '5xx'] }, // not via "unknown": the earlier answer wins a tie
    { nodeId: 'general-out', path: ['bounce', '5xx', 'other'] }, // not via typo-out's ifNotSolved
    { nodeId: 'one-stop', path: ['quiet', 'not-solved', 'not-solved'] },
    { nodeId: 'support', path: ['quiet', 'not-solved', 'not-solved', 'not-solved'] },
  ])('$nodeId', ({ nodeId, path }) => {
    expect(canonicalPaths(tree).get(nodeId)).toEqual(path);
  });

  test('the step list has one URL per node, each unique, for prerendering', () => {
    const steps = listCanonicalSteps(tree);
    expect(steps.map((s) => s.nodeId).sort()).toEqual(tree.nodes.map((n) => n.id).sort());
    expect(new Set(steps.map((s) => s.url)).size).toBe(steps.length);
    expect(steps.find((s) => s.nodeId === 'typo-out')).toMatchObject({
      kind: 'outcome',
      title: 'typo-out の対処',
      url: '/troubleshoot/typo-out?path=bounce.5xx.no-user',
    });
  });
});

describe('treeStats', () => {
  test.each([
    {
      fixture: 'valid',
      expected: {
        nodes: 13, questions: 4, outcomes: 8, escalations: 1, reachable: 13,
        // start→outcome paths: quiet: check-a, check-b, one-stop (3); 4xx: 3 outcomes × (itself + one-stop) (6);
        // 5xx and unknown: typo-out, general-out, one-stop via typo-out + general-out, one-stop (5 each)
        routes: 3 + 6 + 5 + 5,
        routesToEscalation: 1 + 3 + 2 + 2,
        longestPath: {
          steps: 6,
          answers: ['bounce', '5xx', 'no-user', 'not-solved', 'not-solved', 'not-solved'],
          nodeIds: ['start', 'code', 'reason', 'typo-out', 'general-out', 'one-stop', 'support'],
        },
      },
    },
  ])('$fixture', ({ fixture, expected }) => {
    const stats = treeStats(loadTreeFixture(fixture));
    expect(stats).toEqual(expected);
  });

  test('a cycle does not hang the statistics', () => {
    expect(treeStats(loadTreeFixture('cycle')).nodes).toBe(13);
  });
});
