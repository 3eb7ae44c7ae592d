import { describe, expect, test } from 'vitest';
import { listCanonicalSteps } from '../../../../src/engine/tree/canonical-steps';
import { decodeStepUrl, encodeStepUrl } from '../../../../src/engine/tree/step-url';
import { walk } from '../../../../src/engine/tree/walk';
import { loadTreeFixture } from './tree-fixtures';

const tree = loadTreeFixture('valid');

describe('encodeStepUrl', () => {
  test.each([
    { step: { nodeId: 'start', answers: [] }, url: '/troubleshoot' },
    { step: { nodeId: 'anything', answers: [] }, url: '/troubleshoot' }, // an empty path is always the start
    { step: { nodeId: 'code', answers: ['bounce'] }, url: '/troubleshoot/code?path=bounce' },
    { step: { nodeId: 'typo-out', answers: ['bounce', '5xx', 'no-user'], smtpCode: '550  5.1.1' }, url: '/troubleshoot/typo-out?path=bounce.5xx.no-user&code=550%205.1.1' },
    { step: { nodeId: 'done', answers: ['quiet', 'solved'] }, url: '/troubleshoot/done?path=quiet.solved' },
    { step: { nodeId: 'start', answers: [], smtpCode: '421' }, url: '/troubleshoot?code=421' },
    { step: { nodeId: 'code', answers: ['bounce'], smtpCode: 'taro@example.com' }, url: '/troubleshoot/code?path=bounce' }, // not a code: dropped
  ])('$url', ({ step, url }) => {
    expect(encodeStepUrl(step)).toBe(url);
  });
});

describe('round trip: every step of every route decodes to the same state', () => {
  // Every canonical step plus the "solved" screen after every outcome, with and without a code.
  const steps = listCanonicalSteps(tree).flatMap((step) =>
    step.kind === 'outcome' ? [step.answers, [...step.answers, 'solved']] : [step.answers],
  );
  test(`all ${steps.length * 2} steps, with and without a code`, () => {
    const wrong: string[] = [];
    for (const answers of steps) {
      for (const code of [undefined, '550 5.1.1']) {
        const state = walk(tree, answers).state;
        const url = encodeStepUrl({ nodeId: state.nodeId, answers: state.answers, smtpCode: code });
        const decoded = decodeStepUrl(tree, url);
        const same =
          decoded.errors.length === 0 && decoded.ok && decoded.state.nodeId === state.nodeId && JSON.stringify(decoded.state.trail) === JSON.stringify(state.trail) &&
          decoded.smtpCode === code && decoded.canonicalUrl === url;
        if (!same) wrong.push(`${url}: ${JSON.stringify({ errors: decoded.errors, nodeId: decoded.state.nodeId, code: decoded.smtpCode, canonical: decoded.canonicalUrl })}`);
      }
    }
    expect(steps.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});

describe('decodeStepUrl: tolerated variations', () => {
  test.each([
    { url: '/troubleshoot/', nodeId: 'start', canonical: '/troubleshoot' },
    { url: '/troubleshoot/start', nodeId: 'start', canonical: '/troubleshoot' },
    { url: '/troubleshoot/code/?path=bounce', nodeId: 'code', canonical: '/troubleshoot/code?path=bounce' },
    { url: '/troubleshoot/code/index.html?path=bounce', nodeId: 'code', canonical: '/troubleshoot/code?path=bounce' },
    { url: '/troubleshoot/code.html?path=bounce', nodeId: 'code', canonical: '/troubleshoot/code?path=bounce' },
    { url: 'https://guide.example.com/troubleshoot/code?path=bounce#main', nodeId: 'code', canonical: '/troubleshoot/code?path=bounce' },
    { url: '/troubleshoot/code?utm_source=mail&path=bounce&path=quiet', nodeId: 'code', canonical: '/troubleshoot/code?path=bounce' },
    { url: '/troubleshoot/code?path=%62ounce', nodeId: 'code', canonical: '/troubleshoot/code?path=bounce' },
    { url: '/troubleshoot/typo-out?path=bounce.5xx.no-user&code=550+5.1.1', nodeId: 'typo-out', canonical: '/troubleshoot/typo-out?path=bounce.5xx.no-user&code=550%205.1.1' },
    // A hand-written link to a node without ?path= gets the node's shortest path and breadcrumbs.
    { url: '/troubleshoot/general-out', nodeId: 'general-out', canonical: '/troubleshoot/general-out?path=bounce.5xx.other' },
    { url: '/troubleshoot/support?path=', nodeId: 'support', canonical: '/troubleshoot/support?path=quiet.not-solved.not-solved.not-solved' },
  ])('$url → $nodeId', ({ url, nodeId, canonical }) => {
    const decoded = decodeStepUrl(tree, url);
    expect(decoded.errors).toEqual([]);
    expect(decoded.state.nodeId).toBe(nodeId);
    expect(decoded.canonicalUrl).toBe(canonical);
  });
});

describe('decodeStepUrl: links from before the tree was reorganised (tree.moved)', () => {
  // "quiet" used to go straight to check-b; "hush" was the old name of the "quiet" answer.
  const moved = { ...tree, moved: [{ from: 'quiet', to: 'quiet.not-solved' }, { from: 'hush', to: 'quiet' }] };
  test.each([
    { name: 'an old link naming its old screen opens it silently', url: '/troubleshoot/check-b?path=quiet', nodeId: 'check-b', canonical: '/troubleshoot/check-b?path=quiet.not-solved', errors: [] },
    { name: 'the rest of an old path continues from the new place', url: '/troubleshoot/one-stop?path=quiet.not-solved', nodeId: 'one-stop', canonical: '/troubleshoot/one-stop?path=quiet.not-solved.not-solved', errors: [] },
    { name: 'a renamed answer', url: '/troubleshoot/check-a?path=hush', nodeId: 'check-a', canonical: '/troubleshoot/check-a?path=quiet', errors: [] },
    { name: 'a current link is never redirected', url: '/troubleshoot/check-a?path=quiet', nodeId: 'check-a', canonical: '/troubleshoot/check-a?path=quiet', errors: [] },
    { name: 'an old link that fits neither place keeps the notice', url: '/troubleshoot/typo-out?path=hush', nodeId: 'check-a', canonical: '/troubleshoot/check-a?path=quiet', errors: ['node-mismatch'] },
  ])('$name', ({ url, nodeId, canonical, errors }) => {
    const decoded = decodeStepUrl(moved, url);
    expect(decoded.errors.map((e) => e.kind)).toEqual(errors);
    expect(decoded.state.nodeId).toBe(nodeId);
    expect(decoded.canonicalUrl).toBe(canonical);
  });
});

describe('decodeStepUrl: malformed and tampered links give a typed error and the nearest valid step', () => {
  const long = `/troubleshoot/code?path=bounce&x=${'a'.repeat(2100)}`;
  test.each([
    { name: 'not a troubleshooter URL', url: '/guide/bounces?path=bounce', errors: ['not-troubleshoot'], nodeId: 'start' },
    { name: 'look-alike prefix', url: '/troubleshooting/code?path=bounce', errors: ['not-troubleshoot'], nodeId: 'start' },
    { name: 'empty string', url: '', errors: ['not-troubleshoot'], nodeId: 'start' },
    { name: 'unknown node, no path', url: '/troubleshoot/nowhere', errors: ['unknown-node'], nodeId: 'start' },
    { name: 'nested segments', url: '/troubleshoot/code/extra', errors: ['unknown-node'], nodeId: 'start' },
    { name: 'done without a path', url: '/troubleshoot/done', errors: ['node-mismatch'], nodeId: 'start' },
    { name: 'unknown answer', url: '/troubleshoot/typo-out?path=bounce.5xx.nobody', errors: ['path-mismatch'], nodeId: 'reason' },
    { name: 'empty segment', url: '/troubleshoot/typo-out?path=bounce..5xx', errors: ['path-mismatch'], nodeId: 'code' },
    { name: 'script in the path', url: '/troubleshoot/code?path=bounce.<script>alert(1)</script>', errors: ['path-mismatch'], nodeId: 'code' },
    { name: 'answers after solved', url: '/troubleshoot/done?path=quiet.solved.bounce', errors: ['path-mismatch'], nodeId: 'done' },
    { name: 'answers after escalation', url: '/troubleshoot/support?path=quiet.not-solved.not-solved.not-solved.quiet', errors: ['path-mismatch'], nodeId: 'support' },
    { name: 'node and path disagree', url: '/troubleshoot/support?path=bounce', errors: ['node-mismatch'], nodeId: 'code' },
    { name: 'path without a node', url: '/troubleshoot?path=bounce', errors: ['node-mismatch'], nodeId: 'code' },
    { name: 'bad percent-encoding in path', url: '/troubleshoot/typo-out?path=%E0%A4%A', errors: ['malformed'], nodeId: 'typo-out' }, // falls back to the node's shortest path
    { name: 'bad percent-encoding in node', url: '/troubleshoot/%E0%A4%A', errors: ['malformed'], nodeId: 'start' },
    { name: 'bad percent-encoding in code', url: '/troubleshoot/code?path=bounce&code=%ZZ', errors: ['malformed'], nodeId: 'code' },
    { name: 'free text as code', url: '/troubleshoot/code?path=bounce&code=taro%40example.com', errors: ['bad-code'], nodeId: 'code' },
    { name: 'over-long code', url: `/troubleshoot/code?path=bounce&code=${'5'.repeat(40)}`, errors: ['bad-code'], nodeId: 'code' },
    { name: 'over-long URL', url: long, errors: ['too-long'], nodeId: 'code' },
  ])('$name', ({ url, errors, nodeId }) => {
    const decoded = decodeStepUrl(tree, url);
    expect(decoded.ok).toBe(false);
    expect(decoded.errors.map((e) => e.kind)).toEqual(errors);
    expect(decoded.state.nodeId).toBe(nodeId);
    // The nearest step is itself a valid, decodable URL.
    expect(decodeStepUrl(tree, decoded.canonicalUrl).ok).toBe(true);
  });

  test('over 100 answers are refused even when the tree would allow them (a looping tree)', () => {
    const answers = ['bounce', '5xx', 'no-user', ...Array.from({ length: 120 }, () => 'not-solved')];
    const decoded = decodeStepUrl(loadTreeFixture('cycle'), `/troubleshoot/typo-out?path=${answers.join('.')}`);
    expect(decoded.errors).toEqual([{ kind: 'path-mismatch', walk: { kind: 'too-many-answers', index: 100 } }]);
    expect(decoded.state.answers).toHaveLength(100);
  });

  test('a path cut off by the length cap keeps the valid prefix', () => {
    const url = `/troubleshoot/code?path=bounce.5xx.no-user.${'x'.repeat(2100)}`;
    const decoded = decodeStepUrl(tree, url);
    expect(decoded.errors.map((e) => e.kind)).toEqual(['too-long', 'path-mismatch']);
    expect(decoded.state.nodeId).toBe('typo-out');
  });

  test('a tampered path reports where it stopped matching', () => {
    const decoded = decodeStepUrl(tree, '/troubleshoot/typo-out?path=bounce.5xx.nobody');
    expect(decoded.errors).toEqual([
      { kind: 'path-mismatch', walk: { kind: 'unknown-answer', index: 2, nodeId: 'reason', answer: 'nobody' } },
    ]);
    expect(decoded.canonicalUrl).toBe('/troubleshoot/reason?path=bounce.5xx');
  });
});
