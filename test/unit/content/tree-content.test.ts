// What the shipped troubleshooter does for its readers: the routes of issue 10, the pasted-bounce lookup,
// the figures of the article on the screens, and links sent before v2. The rules every tree must follow
// (references, links, reachability, one side per route, wording) are content rules: npm run check:content
// (src/content/check/tree.ts, wording.ts), tested in test/unit/content/check/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decisionTree } from '../../../src/content/schemas/tree';
import type { DecisionTree, OutcomeNode, TreeNode } from '../../../src/content/schemas/tree';
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

describe('tree.json: support and escalation', () => {
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

  test('each route of the first step speaks to its side on every screen but the escalation', () => {
    const sides: Record<string, string> = { waiting: 'recipient', 'no-bounce': 'sender', bounced: 'sender', 'many-bounces': 'sender', delayed: 'sender' };
    const wrong = Object.entries(sides).flatMap(([entry, side]) =>
      routeNodes(entry).filter((n) => n.kind !== 'escalation' && n.audience !== side).map((n) => `${entry}: ${n.id} speaks to ${n.audience ?? 'both'}`),
    );
    expect(wrong).toEqual([]);
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
  test('answers lead to the sections of the article', () => {
    const routes: { answers: string[]; link: string }[] = [
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
    ];
    const wrong = routes.flatMap(({ answers, link }) => {
      const result = walk(tree, answers);
      const got = result.ok ? linkOf(result.state.nodeId) : `(stops at ${result.state.nodeId})`;
      return got === link ? [] : [`${answers.join('.')}: ${got}, expected ${link}`];
    });
    expect(wrong).toEqual([]);
  });

  const codeStep = walk(tree, ['bounced']).state;
  test('a pasted bounce lands on the outcome of its class and reason', () => {
    expect(codeStep.nodeId).toBe('bounce-code');
    const cases: { analysis: CodeAnalysis; lands: string }[] = [
      { analysis: { codeClass: 'temporary' }, lands: 'temp-detail' },
      { analysis: { codeClass: 'temporary', reason: 'mailboxfull' }, lands: 'mailbox-full' },
      { analysis: { codeClass: 'temporary', reason: 'speeding' }, lands: 'rate-limits' },
      { analysis: { codeClass: 'expired', reason: 'expired' }, lands: 'expired' },
      { analysis: { codeClass: 'permanent', reason: 'userunknown' }, lands: 'check-address-typo' },
      { analysis: { codeClass: 'permanent', reason: 'blocked' }, lands: 'blocklisted' },
      { analysis: { codeClass: 'permanent', reason: 'authfailure' }, lands: 'auth-spf' },
      { analysis: { codeClass: 'permanent', reason: 'undefined' }, lands: 'bounce-reason' },
    ];
    const wrong = cases.flatMap(({ analysis, lands }) => {
      const got = walk(tree, [...codeStep.answers, ...resolveLookup(tree, 'bounce-code', analysis)]).state.nodeId;
      return got === lands ? [] : [`${JSON.stringify(analysis)}: ${got}, expected ${lands}`];
    });
    expect(wrong).toEqual([]);
  });

  test('outcomes quote the figures of the article and the reference', () => {
    const facts: { id: string; facts: string[] }[] = [
      { id: 'temp-wait', facts: ['5日間'] },
      { id: 'delay-notice', facts: ['4時間', '5日間'] },
      { id: 'wait-and-check', facts: ['数分から数十分'] },
      { id: 'greylisting', facts: ['450', '451 4.7.1'] },
      { id: 'auth-spf', facts: ['5.7.26'] },
      { id: 'auth-bulk', facts: ['5,000通', '5.7.515'] },
    ];
    const missing = facts.flatMap(({ id, facts }) => facts.filter((fact) => !outcome(id).body.includes(fact)).map((fact) => `${id}: ${fact}`));
    expect(missing).toEqual([]);
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
