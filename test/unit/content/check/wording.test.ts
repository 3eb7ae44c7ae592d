// The wording rules (content/check/wording.ts) and the database facts (content/check/smtp-db.ts) catch each
// kind of damage: the shipped files with one thing broken, and the problem named with its place.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkSmtpDb } from '../../../../src/content/check/smtp-db';
import { checkSmtpWording, checkTreeWording } from '../../../../src/content/check/wording';
import { formatProblem } from '../../../../src/content/check';
import type { SmtpDb } from '../../../../src/content/schemas/smtp-db';
import { smtpDb } from '../../../../src/content/schemas/smtp-db';
import type { DecisionTree } from '../../../../src/content/schemas/tree';
import { decisionTree } from '../../../../src/content/schemas/tree';

const publicDir = fileURLToPath(new URL('../../../../public/', import.meta.url));
const read = (file: string) => readFileSync(publicDir + file, 'utf8');
const shippedTree = decisionTree.parse(JSON.parse(read('content/ja/tree.json')));
const shippedDb = smtpDb.parse(JSON.parse(read('data/smtp-codes.json')));

function treeProblems(change: (tree: DecisionTree) => void): string[] {
  const tree = structuredClone(shippedTree);
  change(tree);
  const out: string[] = [];
  checkTreeWording(tree, (path, message) => out.push(`${path}: ${message}`));
  return out;
}

function dbProblems(change: (db: SmtpDb) => void): string[] {
  const db = structuredClone(shippedDb);
  change(db);
  const out: string[] = [];
  checkSmtpWording(db, (path, message) => out.push(`${path}: ${message}`));
  const sections = new Map([['error-codes', new Set<string>()]]);
  // The facts run through the whole database check; its links are someone else's test, so only facts are kept.
  const facts = checkSmtpDb((file) => (file === 'data/smtp-codes.json' ? JSON.stringify(db) : null), sections).problems.filter((p) => !p.path.includes('.topics.'));
  return [...out, ...facts.map(formatProblem).map((line) => line.replace(/^data\/smtp-codes\.json: /, ''))];
}

const node = (tree: DecisionTree, id: string) => {
  const found = tree.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const question = (tree: DecisionTree) => {
  const found = tree.nodes.find((n) => n.kind === 'question' && n.answers.length < 8);
  if (found?.kind !== 'question') throw new Error('no question');
  return found;
};
const outcome = (tree: DecisionTree) => {
  const found = tree.nodes.find((n) => n.kind === 'outcome' && n.audience === 'recipient');
  if (found?.kind !== 'outcome') throw new Error('no recipient outcome');
  return found;
};

describe('tree wording', () => {
  test('the shipped tree passes', () => {
    expect(treeProblems(() => {})).toEqual([]);
  });

  test.each<[string, (t: DecisionTree) => void, RegExp]>([
    ['a question without ？', (t) => (question(t).question = 'どこで見ますか'), /^[\w-]+: question: must end with ？$/],
    ['nine answers', (t) => { const q = question(t); while (q.answers.length < 9) q.answers.push({ ...q.answers[0]!, id: `x${q.answers.length}` }); }, /offers 9 answers; a phone screen fits at most 8/],
    ['an English title', (t) => (outcome(t).title = 'Check the spam folder'), /title: is not Japanese/],
    ['a body too long for a phone', (t) => (outcome(t).body = `${'確認してください。'.repeat(20)}`), /body: is 180 characters; at most 160 fit the screen/],
    ['a body without 。', (t) => (outcome(t).body = '迷惑メールフォルダーを確認してください'), /body: must end with 。/],
    ['a plain-form sentence', (t) => (outcome(t).body = '迷惑メールフォルダーを確認する。'), /body: "迷惑メールフォルダーを確認する。" is not a polite です・ます sentence/],
    ['a recipient told to ask the recipient', (t) => (outcome(t).body = '受信者に連絡してください。'), /this recipient screen says "受信者に", which speaks to the other side/],
    ['a sender told to look in their own spam folder', (t) => { const n = t.nodes.find((x) => x.kind === 'outcome' && x.audience === 'sender'); if (n?.kind === 'outcome') n.body = 'あなたの迷惑メールフォルダーを確認してください。'; }, /this sender screen says "あなたの迷惑メール"/],
  ])('reports %s', (_name, change, expected) => {
    expect(treeProblems(change)).toContainEqual(expect.stringMatching(expected));
  });

  test('link targets do not count towards the length', () => {
    const link = `[迷惑メールフォルダー](/guide/spam-folder#where-to-look)`;
    expect(treeProblems((t) => (outcome(t).body = `${'確'.repeat(140)}${link}を確認してください。`))).toEqual([]);
  });

  test('an answer may be an app name', () => {
    expect(treeProblems((t) => (question(t).answers[0]!.label = 'Gmail'))).toEqual([]);
    expect(node(shippedTree, shippedTree.start).kind).toBe('question');
  });
});

describe('code database wording and facts', () => {
  test('the shipped database passes', () => {
    expect(dbProblems(() => {})).toEqual([]);
  });

  const basic = (db: SmtpDb, cls: string) => {
    const i = db.basic.findIndex((e) => e.class === cls);
    return { i, e: db.basic[i]! };
  };
  test.each<[string, (db: SmtpDb) => void, RegExp]>([
    ['markup in a text', (db) => (db.basic[0]!.action = '<b>確認してください。</b>'), /^basic\.0\.action: contains markup/],
    ['a sentence left in English', (db) => (db.reasons[0]!.why = 'The mailbox is full.'), /^reasons\.0\.why: is not Japanese/],
    ['a sentence without 。', (db) => (db.enhanced[0]!.action = '確認してください'), /^enhanced\.0\.action: must end with 。/],
    ['a permanent code that does not say it is not retried', (db) => { const { e } = basic(db, 'permanent'); e.summary = '宛先に届きませんでした。'; }, /^basic\.\d+\.summary: must tell the reader what happens to the mail \(e\.g\. "再送されず"\)/],
    ['a success status that does not say so', (db) => { const e = db.enhanced.find((x) => x.code === 'X.1.5')!; e.summary = '宛先を確認しました。'; }, /^enhanced\.\d+\.summary: must tell the reader what happens to the mail \(e\.g\. "エラーではありません" or "再送"\)/],
    ['a class summary that says nothing', (db) => (db.classes.find((c) => c.class === '4')!.summary = '一時的な問題です。'), /^classes\.\d+\.summary: must tell the reader/],
    ['a status no one defines', (db) => (db.basic[0]!.action = '5.9.99 を確認してください。'), /^basic\.0\.action: names 5\.9\.99, which is neither an IANA code nor a provider's code/],
    ['a reply code no one defines', (db) => (db.basic[0]!.action = '599 を確認してください。'), /^basic\.0\.action: names reply code 599, which is not a code of this database/],
    ['a range that runs backwards', (db) => (db.providers[0]!.rules[0]!.statuses = ['5.7.9-5.7.3']), /^providers\.0\.rules\.0\.statuses\.0: range "5\.7\.9-5\.7\.3" must run low to high within one class and subject/],
    ['a range across subjects', (db) => (db.providers[0]!.rules[0]!.statuses = ['5.7.1-5.8.3']), /range "5\.7\.1-5\.8\.3" must run low to high within one class and subject/],
    ['an IANA note that does not say IANA', (db) => { const r = db.providers.flatMap((p) => p.rules).find((x) => x.differsFromIana !== undefined)!; r.differsFromIana = '意味が違います。'; }, /differsFromIana: must say that IANA registers the code with another meaning/],
    ['< in an English reference field', (db) => (db.providers[0]!.clues[0] = '<gsmtp>'), /^providers\.0\.clues\.0: contains < or >/],
  ])('reports %s', (_name, change, expected) => {
    expect(dbProblems(change)).toContainEqual(expect.stringMatching(expected));
  });
});
