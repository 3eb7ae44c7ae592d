import { describe, expect, test } from 'vitest';
import { walk } from '../../../../src/engine/tree/walk';
import { loadTreeFixture } from './tree-fixtures';

const tree = loadTreeFixture('valid');

describe('walk: valid paths', () => {
  test.each([
    { answers: [], nodeId: 'start', tried: [], step: 1 },
    { answers: ['bounce'], nodeId: 'code', tried: [], step: 2 },
    { answers: ['bounce', '5xx', 'no-user'], nodeId: 'typo-out', tried: [], step: 4 },
    { answers: ['bounce', '5xx', 'no-user', 'not-solved'], nodeId: 'general-out', tried: ['typo-out'], step: 5 },
    { answers: ['quiet', 'not-solved', 'not-solved', 'not-solved'], nodeId: 'support', tried: ['check-a', 'check-b', 'one-stop'], step: 5 },
    { answers: ['quiet', 'not-solved', 'solved'], nodeId: 'done', tried: ['check-a'], step: 4 },
  ])('$answers → $nodeId', ({ answers, nodeId, tried, step }) => {
    const result = walk(tree, answers);
    expect(result.ok).toBe(true);
    expect(result.state.nodeId).toBe(nodeId);
    expect(result.state.outcomesTried).toEqual(tried);
    expect(result.state.step).toBe(step);
    expect(result.state.answers).toEqual(answers);
  });

  test('the trail holds what the customer saw and chose, with the path to each step', () => {
    const { state } = walk(tree, ['quiet', 'not-solved', 'solved']);
    expect(state.trail.map((e) => [e.step, e.nodeId, e.answerLabel, e.path.join('.')])).toEqual([
      [1, 'start', 'quiet です', ''],
      [2, 'check-a', '見つかりません（次へ）', 'quiet'], // the outcome's own confirm wording
      [3, 'check-b', null, 'quiet.not-solved'], // no wording of its own: the UI's default
    ]);
    expect(state.status === 'done' ? state.solvedBy.id : null).toBe('check-b');
  });
});

describe('walk: "contact support" from any screen', () => {
  test.each([
    { answers: ['support'], from: 'start' },
    { answers: ['bounce', '5xx', 'support'], from: 'reason' },
    { answers: ['quiet', 'not-solved', 'support'], from: 'check-b' },
  ])('$answers leads to the escalation from $from, with the route in the trail', ({ answers, from }) => {
    const result = walk(tree, answers);
    expect(result.ok).toBe(true);
    expect(result.state.nodeId).toBe('support');
    expect(result.state.trail.at(-1)).toMatchObject({ nodeId: from, answer: 'support', answerLabel: null }); // the UI words it (features/troubleshoot/confirm.ts)
    expect(result.state.trail).toHaveLength(answers.length);
  });

  test('an outcome left for support is not counted as tried', () => {
    expect(walk(tree, ['quiet', 'not-solved', 'support']).state.outcomesTried).toEqual(['check-a']);
  });

  test('nothing follows support', () => {
    const result = walk(tree, ['quiet', 'support', 'support']);
    expect(result.ok ? null : result.error).toEqual({ kind: 'past-end', index: 2, nodeId: 'support' });
  });
});

describe('walk: paths that do not match the tree stop at the longest valid prefix', () => {
  test.each([
    { answers: ['nope'], error: 'unknown-answer', at: 0, nodeId: 'start' },
    { answers: ['bounce', 'solved'], error: 'unknown-answer', at: 1, nodeId: 'code' }, // "solved" is not an answer of a question
    { answers: ['quiet', 'maybe'], error: 'unknown-answer', at: 1, nodeId: 'check-a' },
    { answers: ['quiet', 'no-user'], error: 'unknown-answer', at: 1, nodeId: 'check-a' },
    { answers: ['quiet', 'solved', 'quiet'], error: 'past-end', at: 2, nodeId: 'done' },
    { answers: ['quiet', 'not-solved', 'not-solved', 'not-solved', 'bounce'], error: 'past-end', at: 4, nodeId: 'support' },
    { answers: ['BOUNCE'], error: 'unknown-answer', at: 0, nodeId: 'start' },
    { answers: [''], error: 'unknown-answer', at: 0, nodeId: 'start' },
  ])('$answers → $error at $at, state $nodeId', ({ answers, error, at, nodeId }) => {
    const result = walk(tree, answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(error);
    expect(result.error.index).toBe(at);
    expect(result.state.nodeId).toBe(nodeId);
    expect(result.state.answers).toEqual(answers.slice(0, at));
  });

  test.each([
    { fixture: 'unknown-start', answers: [], error: 'missing-node', nodeId: 'contact-support' },
    { fixture: 'unknown-next', answers: ['bounce', '5xx', 'other'], error: 'missing-node', nodeId: 'reason' },
    { fixture: 'unknown-if-not-solved', answers: ['bounce', '4xx', 'retrying', 'not-solved'], error: 'missing-node', nodeId: 'wait-out' },
  ])('broken tree $fixture: stops before the missing node', ({ fixture, answers, error, nodeId }) => {
    const result = walk(loadTreeFixture(fixture), answers);
    expect(result.ok ? null : result.error.kind).toBe(error);
    expect(result.state.nodeId).toBe(nodeId);
  });

  test('more than 100 answers are refused, keeping the first 100', () => {
    const loop = loadTreeFixture('cycle');
    const answers = ['bounce', '5xx', 'no-user', ...Array.from({ length: 120 }, () => 'not-solved')];
    const result = walk(loop, answers);
    expect(result.ok ? null : result.error).toEqual({ kind: 'too-many-answers', index: 100 });
    expect(result.state.answers).toHaveLength(100);
  });
});
