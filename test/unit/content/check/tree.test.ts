import { describe, expect, test } from 'vitest';
import type { DecisionTree } from '../../../../src/content/schemas/tree';
import { checkTree } from '../../../../src/content/check/tree';
import { FIXTURE_PAGES, loadTreeFixture } from '../../engine/tree/tree-fixtures';

const lines = (tree: DecisionTree) => checkTree(tree, FIXTURE_PAGES).map((p) => `${p.nodeId}: ${p.message}`);

describe('checkTree on purpose-built broken trees (test/fixtures/trees)', () => {
  test('the valid fixture has no problems', () => {
    expect(lines(loadTreeFixture('valid'))).toEqual([]);
  });

  test.each([
    { fixture: 'unknown-start', problems: [/^begin: start: there is no node/] },
    { fixture: 'unknown-next', problems: [/^reason: answer "other": next "general" is not a node/] },
    { fixture: 'unknown-if-not-solved', problems: [/^wait-out: ifNotSolved "one-stopp" is not a node/] },
    {
      fixture: 'unknown-lookup',
      problems: [
        /^code: lookup byClass\.expired: "4xx\.given-up" does not follow the tree \(stops at "given-up" in temp\)/,
        /^temp: lookup byReason\.mailboxfull: "full\.not-solved" does not follow the tree \(stops at "not-solved" in full-out\)/,
      ],
    },
    { fixture: 'unknown-page', problems: [/^full-out: link \/guide\/gamma#one: links to unknown page "gamma"/] },
    {
      fixture: 'unknown-section',
      problems: [
        /^check-b: text link \/guide\/alpha#zwei: links to unknown section "#zwei" of page "alpha"/,
        /^check-b: text link \/guide\/delta: links to unknown page "delta"/,
        /^full-out: link \/guide\/alpha#four: links to unknown section "#four" of page "alpha"/,
      ],
    },
    { fixture: 'unreachable', problems: [/^orphan: unreachable/] },
    { fixture: 'cycle', problems: [/^typo-out: cycle: typo-out → general-out → typo-out/] },
    { fixture: 'one-answer', problems: [/^reason: a question needs at least two answers \(has 1\)/] },
    { fixture: 'duplicate-answer', problems: [/^reason: answer id "no-user" is used twice/] },
    { fixture: 'missing-if-not-solved', problems: [/^expired-out: outcome has no ifNotSolved/] },
    { fixture: 'page-not-reached', problems: [/^beta: no troubleshooter outcome reachable from the start links to this page/] },
    {
      fixture: 'no-escalation',
      problems: [/^one-stop: outcome has no ifNotSolved/, /^start: no escalation node can be reached/],
    },
    { fixture: 'duplicate-node', problems: [/^wait-out: duplicate node id/] },
    { fixture: 'reserved-id', problems: [/^done: "done" is reserved/] },
  ])('$fixture', ({ fixture, problems }) => {
    const found = lines(loadTreeFixture(fixture));
    expect(found).toHaveLength(problems.length);
    problems.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
  });
});

describe('checkTree: every route must fit in a URL', () => {
  const pages = new Map([['alpha', new Set(['one'])]]);
  const support = { kind: 'escalation' as const, id: 'support', title: 'お問い合わせ', body: 'ご連絡ください。' };
  const tree = (nodes: DecisionTree['nodes']): DecisionTree => ({ schemaVersion: 1, start: nodes[0]?.id ?? '', nodes: [...nodes, support] });

  // n outcomes, each leading to the next: the route has n "not-solved" answers.
  const outcomeChain = (n: number) =>
    tree(
      Array.from({ length: n }, (_, i) => ({
        kind: 'outcome' as const,
        id: `o${i}`,
        title: '対処',
        body: '説明です。',
        link: { page: 'alpha', section: 'one' },
        ifNotSolved: i + 1 < n ? `o${i + 1}` : 'support',
      })),
    );
  // n questions whose first answer has the longest allowed id (24 characters) and leads to the next.
  const questionChain = (n: number) =>
    tree([
      ...Array.from({ length: n }, (_, i) => ({
        kind: 'question' as const,
        id: `q${i}`,
        question: 'どれですか？',
        answers: [
          { id: 'a'.repeat(24), label: 'つぎへ', next: i + 1 < n ? `q${i + 1}` : 'o' },
          { id: 'b', label: 'おわり', next: 'o' },
        ],
      })),
      { kind: 'outcome' as const, id: 'o', title: '対処', body: '説明です。', link: { page: 'alpha', section: 'one' }, ifNotSolved: 'support' },
    ]);

  test.each([
    { name: '60 answers', tree: outcomeChain(60), problems: [] },
    { name: '100 answers (the cap)', tree: outcomeChain(100), problems: [] },
    { name: '101 answers', tree: outcomeChain(101), problems: [/^support: the longest route has 101 answers; a URL holds at most 100/] },
    // Long question chains also break the "outcome within 6 questions" rule; the URL rule is what is tested here.
    { name: '70 long answer ids', tree: questionChain(70), problems: [/^q0: answer "a{24}": a route asks 70 questions/] },
    {
      name: '80 long answer ids',
      tree: questionChain(80),
      problems: [/^support: the longest route needs a URL of about 20\d\d characters; the limit is 2000/, /^q0: answer "a{24}": a route asks 80 questions/],
    },
  ])('$name', ({ tree: t, problems }) => {
    const found = checkTree(t, pages).map((p) => `${p.nodeId}: ${p.message}`);
    expect(found).toHaveLength(problems.length);
    problems.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
  });
});

describe('checkTree: the guarantees of troubleshooter v2', () => {
  const valid = loadTreeFixture('valid');
  const edit = (change: (tree: DecisionTree) => void): DecisionTree => {
    const copy = structuredClone(valid);
    change(copy);
    return copy;
  };
  const node = (tree: DecisionTree, id: string) => {
    const found = tree.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`fixture has no node ${id}`);
    return found;
  };
  const question = (id: string, next: string): DecisionTree['nodes'][number] => ({
    kind: 'question',
    id,
    question: 'どれですか？',
    answers: [
      { id: 'on', label: 'つぎへ', next },
      { id: 'off', label: 'おわり', next: 'one-stop' },
    ],
  });

  test.each([
    {
      name: 'a first-step answer that asks 7 questions before an outcome',
      tree: edit((t) => {
        // start → code → q3 … q6 → temp: 7 questions on the "bounce" route before its first outcome.
        (node(t, 'code') as { answers: { next: string }[]; lookup?: unknown }).answers[0]!.next = 'q3';
        delete (node(t, 'code') as { lookup?: unknown }).lookup;
        t.nodes.push(question('q3', 'q4'), question('q4', 'q5'), question('q5', 'q6'), question('q6', 'temp'));
      }),
      problems: [/^start: answer "bounce": a route asks 7 questions before its first outcome; at most 6/],
    },
    {
      name: 'six questions are fine',
      tree: edit((t) => {
        (node(t, 'code') as { answers: { next: string }[] }).answers[0]!.next = 'q3';
        delete (node(t, 'code') as { lookup?: unknown }).lookup;
        t.nodes.push(question('q3', 'q4'), question('q4', 'q5'), question('q5', 'temp')); // 6 questions
      }),
      problems: [],
    },
    {
      name: 'a route that speaks to the sender, then to the recipient',
      tree: edit((t) => {
        node(t, 'code').audience = 'sender';
        node(t, 'full-out').audience = 'recipient';
        node(t, 'check-a').audience = 'recipient'; // on the other route: fine
      }),
      problems: [/^full-out: this recipient screen follows the sender screen "code" on a route/],
    },
    {
      name: 'an answer id the walk reserves',
      tree: edit((t) => {
        (node(t, 'reason') as { answers: { id: string }[] }).answers[1]!.id = 'support';
      }),
      problems: [/^reason: answer id "support" is reserved/],
    },
    {
      name: 'support names an outcome',
      tree: edit((t) => {
        t.support = 'one-stop';
      }),
      problems: [/^one-stop: support: must name an escalation node, not a outcome/],
    },
    {
      name: 'a moved route whose new place does not exist, and one that changes nothing',
      tree: edit((t) => {
        t.moved = [
          { from: 'old', to: 'bounce.6xx' },
          { from: 'bounce.4xx', to: 'bounce.4xx' },
        ];
      }),
      problems: [/^start: moved: "bounce\.6xx" does not follow the tree \(from "old"\)/, /^start: moved: "bounce\.4xx" → "bounce\.4xx" changes nothing/],
    },
    {
      name: 'links in a text are read as the page renders them: inside bold, to any page of the site, and unsafe targets',
      tree: edit((t) => {
        (node(t, 'check-b') as { body: string }).body = '**[ここ](/guide/alpha#nein)** と [管理](/admin) と [x](javascript:alert(1)) を見てください。';
      }),
      problems: [
        /^check-b: link target "javascript:alert\(1\)" is not allowed/,
        /^check-b: text link \/guide\/alpha#nein: links to unknown section "#nein" of page "alpha"/,
        /^check-b: text link \/admin: links to "\/admin", which is not a page of this site/,
      ],
    },
    {
      name: 'an outcome whose chain runs into a question with a broken answer',
      tree: edit((t) => {
        (node(t, 'check-b') as { ifNotSolved: string }).ifNotSolved = 'q-broken';
        t.nodes.push(question('q-broken', 'nowhere'));
      }),
      problems: [/^q-broken: answer "on": next "nowhere" is not a node/, /^check-b: not every route after this outcome ends at the escalation/],
    },
  ])('$name', ({ tree, problems }) => {
    const found = lines(tree);
    expect(found).toHaveLength(problems.length);
    problems.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
  });
});
