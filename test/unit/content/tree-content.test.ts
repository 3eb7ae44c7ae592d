import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decisionTree } from '../../../src/content/schemas/tree';
import type { DecisionTree, OutcomeNode, TreeNode } from '../../../src/content/schemas/tree';
import { checkTree } from '../../../src/content/check/tree';
import { listCanonicalSteps } from '../../../src/engine/tree/canonical-steps';
import { nodeIndex, outgoingEdges } from '../../../src/engine/tree/graph';
import { resolveLookup } from '../../../src/engine/tree/lookup';
import type { CodeAnalysis } from '../../../src/engine/tree/lookup';
import { decodeStepUrl } from '../../../src/engine/tree/step-url';
import { walk } from '../../../src/engine/tree/walk';

const ROOT = resolve(import.meta.dirname, '../../..');
const load = (file: string): DecisionTree => decisionTree.parse(JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')));
const tree = load('public/content/ja/tree.json');
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

const node = (id: string): TreeNode => {
  const found = index.get(id);
  if (!found) throw new Error(`tree.json has no node "${id}"`);
  return found;
};
const outcome = (id: string): OutcomeNode => {
  const found = node(id);
  if (found.kind !== 'outcome') throw new Error(`"${id}" is not an outcome`);
  return found;
};
const linkOf = (id: string) => `${outcome(id).link.page}#${outcome(id).link.section}`;
const start = node(tree.start);
const entries = start.kind === 'question' ? start.answers : [];

/** Every node reachable from a first-step answer (the answer's own route, not the whole tree). */
function routeNodes(answerId: string): TreeNode[] {
  const first = entries.find((a) => a.id === answerId);
  if (!first) throw new Error(`no first-step answer "${answerId}"`);
  const seen = new Set([first.next]);
  const queue = [first.next];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of outgoingEdges(node(queue[i] ?? ''))) {
      if (!seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return queue.map(node);
}
const linksOnRoute = (answerId: string) =>
  new Set(routeNodes(answerId).flatMap((n) => (n.kind === 'outcome' ? [`${n.link.page}#${n.link.section}`] : [])));
const textOf = (n: TreeNode) => (n.kind === 'question' ? [n.question, n.help ?? '', ...n.answers.map((a) => a.label)] : [n.title, n.body, n.kind === 'outcome' ? (n.prevent ?? '') : '']).join('\n');

describe('tree.json against the guide pages', () => {
  test('checkTree finds no problems (references, links, reachability, cycles, entries within 6 questions, escalation, one side per route)', () => {
    expect(pages.size).toBeGreaterThanOrEqual(16);
    expect(checkTree(tree, pages).map((p) => `${p.nodeId}: ${p.message}`)).toEqual([]);
  });

  test('one escalation, and "contact support" on every screen leads to it', () => {
    expect(tree.nodes.filter((n) => n.kind === 'escalation').map((n) => n.id)).toEqual([tree.support]);
    for (const step of listCanonicalSteps(tree)) {
      if (step.kind === 'escalation') continue;
      expect(walk(tree, [...step.answers, 'support']).state.nodeId, step.nodeId).toBe(tree.support);
    }
  });
});

describe('the first step: what the reader sees, in their words', () => {
  test('every situation of issue 10 is an entry', () => {
    expect(entries.map((a) => a.id)).toEqual(['waiting', 'no-bounce', 'bounced', 'many-bounces', 'delayed', 'late', 'in-spam', 'staff']);
  });

  test.each([
    { entry: 'waiting', side: 'recipient' },
    { entry: 'no-bounce', side: 'sender' },
    { entry: 'bounced', side: 'sender' },
    { entry: 'many-bounces', side: 'sender' },
    { entry: 'delayed', side: 'sender' },
  ])('$entry speaks to the $side on every screen but the escalation', ({ entry, side }) => {
    for (const n of routeNodes(entry)) if (n.kind !== 'escalation') expect(n.audience, n.id).toBe(side);
  });

  test('a recipient is never told to ask "the recipient", a sender never to look in their own mailbox', () => {
    for (const n of tree.nodes) {
      if (n.audience === 'recipient') expect(textOf(n), n.id).not.toMatch(/受信者に|受信者の|相手の方に/);
      if (n.audience === 'sender') expect(textOf(n), n.id).not.toMatch(/あなたの(迷惑メール|受信トレイ|メールボックス)/);
    }
  });
});

describe('recipient routes: where to look, then the cheapest checks, then the sending service', () => {
  test('each common mail app has its own place to look, and carrier mail its receive settings', () => {
    const app = node('mail-app');
    const where = app.kind === 'question' ? Object.fromEntries(app.answers.map((a) => [a.id, linkOf(a.next)])) : {};
    expect(where).toEqual({
      gmail: 'spam-folder#gmail',
      outlook: 'spam-folder#outlook',
      iphone: 'spam-folder#iphone-mail',
      yahoo: 'spam-folder#yahoo-japan',
      carrier: 'mobile-carriers#what-to-register',
      company: 'firewall#corporate-filters',
      other: 'spam-folder#where-to-look',
    });
    expect(outcome('where-gmail').body).toMatch(/プロモーション.*ソーシャル/);
    expect(outcome('where-outlook').body).toContain('その他');
    expect(outcome('carrier-filter').ifNotSolved).toBe('where-carrier');
  });

  test('after the app, the checks come in order and end with the sending service, then support', () => {
    const chain: string[] = [];
    for (let id: string | undefined = 'self-filters'; id !== undefined; ) {
      chain.push(id);
      const n = node(id);
      id = n.kind === 'outcome' ? n.ifNotSolved : undefined;
    }
    expect(chain).toEqual(['self-filters', 'self-blocked', 'self-trash', 'self-forwarding', 'self-mailbox-full', 'self-address-typo', 'contact-sending-service', 'contact-support']);
    expect(linksOnRoute('waiting')).toEqual(expect.any(Set));
    for (const link of ['forwarding#fixes', 'quarantine#mailbox-full', 'for-recipients#tell-sender', 'pop-imap#app-passwords']) expect(linksOnRoute('waiting')).toContain(link);
  });

  test('a confirmation code: wait and check the typed address first', () => {
    expect(walk(tree, ['waiting', 'code']).state.nodeId).toBe('code-first-checks');
    expect(outcome('code-first-checks').body).toMatch(/数分/);
  });

  test('"found it" outcomes say how to keep it from happening again (mark as not spam, add to contacts)', () => {
    for (const id of ['where-gmail', 'where-outlook', 'where-iphone', 'where-yahoo', 'where-carrier', 'where-company', 'where-other', 'spam-found-recipient', 'check-spam-folder']) {
      const prevent = outcome(id).prevent ?? '';
      expect(prevent, id).toMatch(/迷惑メールではない|受信トレイ/);
      expect(prevent, id).toMatch(/連絡先|アドレス帳|信頼できる差出人|受信リスト/);
    }
  });
});

describe('late mail and spam placement', () => {
  test('late mail covers greylisting, fetch intervals, scanning, throttling, the clock and the Received headers', () => {
    expect(linksOnRoute('late')).toEqual(
      new Set(['error-codes#greylisting', 'recipient-checks#pop-imap-settings', 'firewall#corporate-filters', 'sending-frequency#rate-limits', 'reading-headers#received']),
    );
    expect(tree.nodes.filter((n) => n.kind === 'outcome' && n.link.section === 'received').length).toBeGreaterThanOrEqual(2);
  });

  test('spam placement: not spam and contacts for recipients; authentication, bulk rules and web forms for senders', () => {
    const links = linksOnRoute('in-spam');
    for (const link of ['spam-folder#not-spam', 'authentication#bulk-sender-requirements', 'web-forms#from-and-reply-to', 'reading-headers#authentication-results']) expect(links).toContain(link);
    const bulk = outcome('bulk-requirements').body;
    for (const fact of ['2024年2月', '5,000通', 'SPF', 'DKIM', 'DMARC', 'RFC 8058', '0.3%']) expect(bulk).toContain(fact);
    expect(outcome('web-form-from').body).toMatch(/Reply-To/);
    expect(outcome('spam-auth-alignment').body).toMatch(/From/);
  });
});

describe('routes keep the article and the code lookup', () => {
  test.each([
    { answers: ['bounced', '4xx', 'retrying'], link: 'error-codes#temporary-4xx' },
    { answers: ['bounced', '4xx', 'greylisted'], link: 'error-codes#greylisting' },
    { answers: ['bounced', '4xx', 'gave-up'], link: 'error-codes#expired' },
    { answers: ['bounced', '5xx', 'user-unknown'], link: 'bounces#address-verification' },
    { answers: ['bounced', '5xx', 'blocklist'], link: 'error-codes#permanent-reasons' },
    { answers: ['bounced', '5xx', 'auth', 'unknown'], link: 'authentication#spf' },
    { answers: ['many-bounces', 'user-unknown'], link: 'bounces#list-hygiene' },
    { answers: ['delayed'], link: 'timing#delay-notice' },
    { answers: ['no-bounce', 'minutes'], link: 'timing#wait-and-check' },
    { answers: ['no-bounce', 'hours', 'not-solved', 'company'], link: 'firewall#corporate-filters' },
    { answers: ['no-bounce', 'hours', 'not-solved', 'carrier'], link: 'mobile-carriers#what-to-register' },
    { answers: ['no-bounce', 'hours', 'not-solved', 'personal'], link: 'spam-folder#where-to-look' },
    { answers: ['no-bounce', 'hours', 'not-solved', 'personal', 'not-solved', 'not-solved', 'not-solved', 'not-solved'], link: 'recipient-checks#trusted-contacts' },
    { answers: ['staff', 'recipient', 'newsletter', 'gmail'], link: 'spam-folder#gmail' },
    { answers: ['staff', 'unclear'], link: 'recipient-checks#both-sides' },
  ])('$answers → $link', ({ answers, link }) => {
    const result = walk(tree, answers);
    expect(result.ok).toBe(true);
    expect(linkOf(result.state.nodeId)).toBe(link);
  });

  const codeStep = walk(tree, ['bounced']).state;
  test.each<{ analysis: CodeAnalysis; lands: string }>([
    { analysis: { codeClass: 'temporary' }, lands: 'temp-detail' },
    { analysis: { codeClass: 'temporary', reason: 'mailboxfull' }, lands: 'mailbox-full' },
    { analysis: { codeClass: 'temporary', reason: 'speeding' }, lands: 'rate-limits' },
    { analysis: { codeClass: 'expired', reason: 'expired' }, lands: 'expired' },
    { analysis: { codeClass: 'permanent', reason: 'userunknown' }, lands: 'check-address-typo' },
    { analysis: { codeClass: 'permanent', reason: 'blocked' }, lands: 'blocklisted' },
    { analysis: { codeClass: 'permanent', reason: 'authfailure' }, lands: 'auth-spf' },
    { analysis: { codeClass: 'permanent', reason: 'undefined' }, lands: 'bounce-reason' },
  ])('a pasted bounce $analysis → $lands', ({ analysis, lands }) => {
    expect(codeStep.nodeId).toBe('bounce-code');
    expect(walk(tree, [...codeStep.answers, ...resolveLookup(tree, 'bounce-code', analysis)]).state.nodeId).toBe(lands);
  });

  test.each([
    { id: 'temp-wait', facts: ['5日間'] },
    { id: 'delay-notice', facts: ['4時間', '5日間'] },
    { id: 'wait-and-check', facts: ['数分から数十分'] },
    { id: 'greylisting', facts: ['450', '451 4.7.1'] },
    { id: 'auth-spf', facts: ['5.7.26'] },
    { id: 'auth-bulk', facts: ['5,000通', '5.7.515'] },
  ])('$id quotes the figures of the article and the reference', ({ id, facts }) => {
    for (const fact of facts) expect(outcome(id).body).toContain(fact);
  });

  test('a campaign sender can paste one bounce too', () => {
    const campaign = walk(tree, ['many-bounces']).state;
    expect(walk(tree, [...campaign.answers, ...resolveLookup(tree, 'campaign-bounces', { codeClass: 'permanent', reason: 'userunknown' })]).state.nodeId).toBe('list-hygiene');
  });
});

describe('links sent before v2 still open', () => {
  // The tree as published before issue 10, kept as a fixture: every step link it could produce.
  const v1 = load('test/fixtures/trees/v1-published.json');
  const oldSteps = listCanonicalSteps(v1);

  test('every old step link opens a screen, most of them the same one without a notice', () => {
    const same = oldSteps.filter((step) => {
      const decoded = decodeStepUrl(tree, step.url);
      return decoded.errors.length === 0 && decoded.state.nodeId === step.nodeId;
    });
    const gone = oldSteps.filter((step) => !index.has(step.nodeId)).map((s) => s.nodeId);
    // Only the screens that no longer exist may land elsewhere (on the nearest step, with a notice).
    expect(gone).toEqual(['choose-protocol']);
    expect(oldSteps.length - same.length).toBe(gone.length);
    for (const step of oldSteps) expect(decodeStepUrl(tree, step.url).state.nodeId).toBeTruthy();
  });

  test('bare old links by node id still name a screen', () => {
    for (const step of oldSteps) {
      if (!index.has(step.nodeId)) continue;
      const decoded = decodeStepUrl(tree, `/troubleshoot/${step.nodeId}`);
      expect(decoded.state.nodeId, step.nodeId).toBe(step.nodeId);
    }
  });
});

describe('wording: short, polite Japanese for a phone screen, one term per concept', () => {
  const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
  const texts = tree.nodes.flatMap((n) => {
    if (n.kind === 'question') {
      return [
        { id: n.id, field: 'question', value: n.question, max: 30 },
        ...(n.help === undefined ? [] : [{ id: n.id, field: 'help', value: n.help, max: 120 }]),
        ...n.answers.map((a) => ({ id: n.id, field: `answer ${a.id}`, value: a.label, max: 36 })),
      ];
    }
    return [
      { id: n.id, field: 'title', value: n.title, max: 24 },
      { id: n.id, field: 'body', value: n.body, max: 160 },
      ...(n.kind === 'outcome' && n.prevent !== undefined ? [{ id: n.id, field: 'body', value: n.prevent, max: 160 }] : []),
    ];
  });

  test('every text is Japanese (an answer may be just an app name), fits its length, and bodies are full です・ます sentences', () => {
    for (const { id, field, value, max } of texts) {
      const where = `${id} ${field}`;
      if (!field.startsWith('answer')) expect(value, where).toMatch(JAPANESE);
      expect(value.length, where).toBeLessThanOrEqual(max);
      if (field === 'body') {
        expect(value, where).toMatch(/。$/);
        for (const sentence of value.split('。').filter(Boolean)) expect(sentence, where).toMatch(/(です|ます|ました|ません|ませんでした|ください|しょう)(（[^）]*）)?$/);
      }
    }
  });

  test('questions end with ？ and offer at most 8 answers', () => {
    for (const n of tree.nodes) {
      if (n.kind !== 'question') continue;
      expect(n.question, n.id).toMatch(/？$/);
      expect(n.answers.length, n.id).toBeLessThanOrEqual(8);
    }
  });

  test('the glossary terms: エラーメール, 迷惑メール, ブロックリスト, 受信者/送信者', () => {
    const all = tree.nodes.map(textOf).join('\n');
    expect(all).not.toMatch(/エラーのメール|要注意リスト|相手のメールボックス/);
    // スパム only as a folder name the reader sees on screen, in 「」.
    expect(all.replace(/「[^」]*」/g, '')).not.toMatch(/スパム/);
  });
});
