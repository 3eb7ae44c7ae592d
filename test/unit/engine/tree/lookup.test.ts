import { describe, expect, test } from 'vitest';
import { resolveLookup } from '../../../../src/engine/tree/lookup';
import { walk } from '../../../../src/engine/tree/walk';
import type { CodeAnalysis } from '../../../../src/engine/tree/lookup';
import { loadTreeFixture } from './tree-fixtures';

const tree = loadTreeFixture('valid');

describe('resolveLookup: an analysed code picks the answers at the code step', () => {
  test.each<{ analysis: CodeAnalysis; answers: string[]; lands: string }>([
    { analysis: { codeClass: 'temporary' }, answers: ['4xx'], lands: 'temp' },
    { analysis: { codeClass: 'temporary', reason: 'mailboxfull' }, answers: ['4xx', 'full'], lands: 'full-out' },
    { analysis: { codeClass: 'temporary', reason: 'userunknown' }, answers: ['4xx'], lands: 'temp' }, // temp has no entry for it
    { analysis: { codeClass: 'expired' }, answers: ['4xx', 'gave-up'], lands: 'expired-out' },
    { analysis: { codeClass: 'expired', reason: 'expired' }, answers: ['4xx', 'gave-up'], lands: 'expired-out' },
    { analysis: { codeClass: 'permanent', reason: 'userunknown' }, answers: ['5xx', 'no-user'], lands: 'typo-out' },
    { analysis: { codeClass: 'permanent', reason: 'undefined' }, answers: ['5xx'], lands: 'reason' },
    { analysis: { reason: 'userunknown' }, answers: [], lands: 'code' }, // no class, and the code step maps no reasons
    { analysis: {}, answers: [], lands: 'code' },
  ])('$analysis → $answers', ({ analysis, answers, lands }) => {
    const picked = resolveLookup(tree, 'code', analysis);
    expect(picked).toEqual(answers);
    const result = walk(tree, ['bounce', ...picked]);
    expect(result.ok).toBe(true);
    expect(result.state.nodeId).toBe(lands);
  });

  test.each([
    { nodeId: 'start', why: 'a question without a lookup' },
    { nodeId: 'typo-out', why: 'an outcome' },
    { nodeId: 'missing', why: 'an unknown node' },
  ])('nothing is picked at $why', ({ nodeId }) => {
    expect(resolveLookup(tree, nodeId, { codeClass: 'permanent', reason: 'userunknown' })).toEqual([]);
  });

  test('a lookup path that leaves the tree stops at its last valid answer', () => {
    const broken = loadTreeFixture('unknown-lookup');
    expect(resolveLookup(broken, 'code', { codeClass: 'expired' })).toEqual(['4xx']);
    expect(resolveLookup(broken, 'code', { codeClass: 'temporary', reason: 'mailboxfull' })).toEqual(['4xx', 'full']);
  });
});
