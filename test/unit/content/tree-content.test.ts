import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decisionTree } from '../../../src/content/schemas/tree';
import type { OutcomeNode } from '../../../src/content/schemas/tree';
import { checkTree } from '../../../src/engine/tree/check-tree';
import { nodeIndex, outgoingEdges } from '../../../src/engine/tree/graph';
import { resolveLookup } from '../../../src/engine/tree/lookup';
import type { CodeAnalysis } from '../../../src/engine/tree/lookup';
import { treeStats } from '../../../src/engine/tree/tree-stats';
import { walk } from '../../../src/engine/tree/walk';

const ROOT = resolve(import.meta.dirname, '../../..');
const tree = decisionTree.parse(JSON.parse(readFileSync(resolve(ROOT, 'public/content/ja/tree.json'), 'utf8')));
const index = nodeIndex(tree);

// The guide pages as they are written: section ids from headings such as "## 見出し {#section-id}".
const PAGES_DIR = resolve(ROOT, 'public/content/ja/pages');
const pages = new Map(
  readdirSync(PAGES_DIR)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const markdown = readFileSync(resolve(PAGES_DIR, file), 'utf8');
      const ids = [...markdown.matchAll(/^#{2,3} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1] ?? '');
      return [file.replace(/\.md$/, ''), new Set(ids)] as const;
    }),
);

const outcomes = tree.nodes.filter((n): n is OutcomeNode => n.kind === 'outcome');
const linkOf = (id: string) => {
  const node = index.get(id);
  return node?.kind === 'outcome' ? `${node.link.page}#${node.link.section}` : node?.kind;
};

describe('tree.json against the guide pages', () => {
  test('the guide pages are there to check against', () => {
    expect(pages.size).toBeGreaterThanOrEqual(10);
  });

  test('checkTree finds no problems (references, links, reachability, cycles, every page reached)', () => {
    expect(checkTree(tree, pages).map((p) => `${p.nodeId}: ${p.message}`)).toEqual([]);
  });

  test('the tree is rich but sane: 40–70 nodes, one escalation, routes short enough for a phone', () => {
    const stats = treeStats(tree);
    expect(stats.nodes).toBeGreaterThanOrEqual(40);
    expect(stats.nodes).toBeLessThanOrEqual(70);
    expect(stats.escalations).toBe(1);
    expect(stats.reachable).toBe(stats.nodes);
    expect(stats.longestPath.steps).toBeLessThanOrEqual(20);
  });

  test('every unresolved route ends with the one-stop solution, then the escalation', () => {
    const intoEscalation = tree.nodes.filter((node) =>
      outgoingEdges(node).some((edge) => index.get(edge.to)?.kind === 'escalation'),
    );
    expect(intoEscalation.map((n) => n.id)).toEqual(['one-stop']);
    expect(linkOf('one-stop')).toBe('safe-senders#one-stop');
  });
});

describe('routes follow the article', () => {
  test.each([
    { answers: ['bounced', '4xx', 'retrying'], link: 'error-codes#temporary-4xx' },
    { answers: ['bounced', '4xx', 'gave-up'], link: 'error-codes#expired' },
    { answers: ['bounced', '5xx', 'user-unknown'], link: 'bounces#address-verification' },
    { answers: ['bounced', '5xx', 'account-disabled'], link: 'error-codes#permanent-reasons' },
    { answers: ['bounced', '5xx', 'domain-not-found'], link: 'error-codes#permanent-reasons' },
    { answers: ['bounced', '5xx', 'spam'], link: 'error-codes#permanent-reasons' },
    { answers: ['bounced', '5xx', 'blocklist'], link: 'error-codes#permanent-reasons' },
    { answers: ['bounced', '5xx', 'auth', 'unknown'], link: 'authentication#spf' },
    { answers: ['bounced', '5xx', 'other'], link: 'error-codes#permanent-5xx' },
    { answers: ['many-bounces'], link: 'bounces#list-hygiene' },
    { answers: ['delayed'], link: 'timing#delay-notice' },
    { answers: ['just-sent'], link: 'timing#wait-and-check' },
    { answers: ['no-bounce', 'hours', 'company'], link: 'firewall#corporate-filters' },
    { answers: ['no-bounce', 'hours', 'company', 'not-solved'], link: 'firewall#contact-company' },
    { answers: ['no-bounce', 'hours', 'personal'], link: 'recipient-checks#spam-folder' },
    { answers: ['no-bounce', 'hours', 'personal', 'not-solved'], link: 'recipient-checks#filters' },
    { answers: ['no-bounce', 'hours', 'personal', 'not-solved', 'not-solved'], link: 'recipient-checks#trash' },
    { answers: ['no-bounce', 'hours', 'personal', 'not-solved', 'not-solved', 'not-solved'], link: 'recipient-checks#anti-spam-software' },
    { answers: ['no-bounce', 'hours', 'personal', 'not-solved', 'not-solved', 'not-solved', 'not-solved'], link: 'recipient-checks#trusted-contacts' },
    { answers: ['app-only'], link: 'pop-imap#protocols' },
    { answers: ['app-only', 'not-solved', 'not-solved'], link: 'recipient-checks#pop-imap-settings' },
  ])('$answers → $link', ({ answers, link }) => {
    const result = walk(tree, answers);
    expect(result.ok).toBe(true);
    expect(linkOf(result.state.nodeId)).toBe(link);
  });

  const signs = walk(tree, ['no-bounce', 'hours', 'personal', ...Array.from({ length: 5 }, () => 'not-solved')]).state;
  test.each([
    { answer: 'mailbox-full', link: 'quarantine#mailbox-full' },
    { answer: 'new-address', link: 'quarantine#unverified-sender' },
    { answer: 'complaints', link: 'quarantine#spam-complaints' },
    { answer: 'frequency', link: 'sending-frequency#frequency-risk' },
    { answer: 'none', link: 'safe-senders#one-stop' },
  ])('after the recipient checks, signs of quarantine: $answer → $link', ({ answer, link }) => {
    expect(signs.nodeId).toBe('quarantine-signs');
    expect(linkOf(walk(tree, [...signs.answers, answer]).state.nodeId)).toBe(link);
  });

  test.each([
    { id: 'temp-wait', facts: ['5日間'] },
    { id: 'delay-notice', facts: ['4時間', '5日間'] },
    { id: 'wait-and-check', facts: ['数分から数十分'] },
    { id: 'auth-spf', facts: ['5.7.26'] },
    { id: 'auth-bulk', facts: ['5,000通', '5.7.515'] },
  ])('$id quotes the figures of the article and the reference', ({ id, facts }) => {
    const node = index.get(id);
    for (const fact of facts) expect(node?.kind === 'outcome' ? node.body : '').toContain(fact);
  });

  test('the recipient checks ask "found it?" rather than "solved?"', () => {
    const checks = outcomes.filter((o) => o.link.page === 'recipient-checks' && o.link.section !== 'trusted-contacts' && o.link.section !== 'pop-imap-settings');
    expect(checks.map((o) => o.link.section).sort()).toEqual(['anti-spam-software', 'filters', 'spam-folder', 'trash']);
    for (const check of checks) expect(check.confirm).toMatchObject({ yes: '見つかりました', no: '見つかりません（次へ）' });
  });
});

describe('the code step: an analysed SMTP code picks the answers', () => {
  const codeStep = walk(tree, ['bounced']).state;
  test.each<{ analysis: CodeAnalysis; lands: string }>([
    { analysis: { codeClass: 'temporary' }, lands: 'temp-detail' },
    { analysis: { codeClass: 'temporary', reason: 'mailboxfull' }, lands: 'mailbox-full' },
    { analysis: { codeClass: 'temporary', reason: 'speeding' }, lands: 'rate-limits' },
    { analysis: { codeClass: 'temporary', reason: 'requireptr' }, lands: 'auth-reverse-dns' },
    { analysis: { codeClass: 'expired', reason: 'expired' }, lands: 'expired' },
    { analysis: { codeClass: 'permanent', reason: 'userunknown' }, lands: 'check-address-typo' },
    { analysis: { codeClass: 'permanent', reason: 'suspend' }, lands: 'account-closed' },
    { analysis: { codeClass: 'permanent', reason: 'hostunknown' }, lands: 'domain-moved' },
    { analysis: { codeClass: 'permanent', reason: 'spamdetected' }, lands: 'spam-rejected' },
    { analysis: { codeClass: 'permanent', reason: 'blocked' }, lands: 'blocklisted' },
    { analysis: { codeClass: 'permanent', reason: 'authfailure' }, lands: 'auth-spf' },
    { analysis: { codeClass: 'permanent', reason: 'failedstarttls' }, lands: 'auth-tls' },
    { analysis: { codeClass: 'permanent', reason: 'undefined' }, lands: 'bounce-reason' },
  ])('$analysis → $lands', ({ analysis, lands }) => {
    expect(codeStep.nodeId).toBe('bounce-code');
    const result = walk(tree, [...codeStep.answers, ...resolveLookup(tree, 'bounce-code', analysis)]);
    expect(result.ok).toBe(true);
    expect(result.state.nodeId).toBe(lands);
  });
});

describe('wording: short, polite Japanese for a phone screen', () => {
  const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
  const texts = tree.nodes.flatMap((node) => {
    if (node.kind === 'question') {
      return [
        { id: node.id, field: 'question', value: node.question, max: 30 },
        ...(node.help === undefined ? [] : [{ id: node.id, field: 'help', value: node.help, max: 120 }]),
        ...node.answers.map((a) => ({ id: node.id, field: `answer ${a.id}`, value: a.label, max: 36 })),
      ];
    }
    return [
      { id: node.id, field: 'title', value: node.title, max: 24 },
      { id: node.id, field: 'body', value: node.body, max: 160 },
    ];
  });
  test.each(texts)('$id $field', ({ value, max, field }) => {
    expect(value).toMatch(JAPANESE);
    expect(value.length).toBeLessThanOrEqual(max);
    // です・ます調: every body is made of full, polite sentences.
    if (field === 'body') {
      expect(value).toMatch(/。$/);
      for (const sentence of value.split('。').filter(Boolean)) expect(sentence).toMatch(/(です|ます|ました|ません|ませんでした|ください|しょう)(（[^）]*）)?$/);
    }
  });

  test.each(tree.nodes.filter((n) => n.kind === 'question'))('$id asks a question and offers at most 8 answers', (node) => {
    if (node.kind !== 'question') return;
    expect(node.question).toMatch(/？$/);
    expect(node.answers.length).toBeLessThanOrEqual(8);
  });
});
