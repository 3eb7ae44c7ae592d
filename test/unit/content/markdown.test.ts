import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { headings, inlineText } from '../../../src/content/markdown/ast';
import { classifyHref, parseInline } from '../../../src/content/markdown/inline';
import { checklistItemId, parseMarkdown } from '../../../src/content/markdown/parse';

describe('parseMarkdown', () => {
  test('headings carry their explicit ids and text', () => {
    const doc = parseMarkdown('## 迷惑メールフォルダー {#spam-folder}\n\n### 詳しく {#details}\n');
    expect(headings(doc)).toEqual([
      { level: 2, id: 'spam-folder', text: '迷惑メールフォルダー' },
      { level: 3, id: 'details', text: '詳しく' },
    ]);
    expect(doc.problems).toEqual([]);
  });

  test.each([
    ['## 見出し', 'heading needs an id'],
    ['## 見出し {#Bad_Id}', 'must be lowercase kebab-case'],
    ['# タイトル {#title}', 'only "##" and "###"'],
    ['## A {#a}\n\n## B {#a}', 'used twice'],
    [':::added\n本文\n:::', 'needs its source'],
    [':::note\n本文', 'never closed'],
    [':::\n', 'never opened'],
    [':::warning\n本文\n:::', 'unknown block'],
    ['本文 <script>alert(1)</script>', 'HTML is not allowed'],
    ['[押す](javascript:alert(1))', 'is not allowed'],
    [':::note\na\n:::added 出典: x\nb\n:::', 'do not nest'],
  ])('reports a problem for %j', (source, message) => {
    const doc = parseMarkdown(source);
    expect(doc.problems.map((p) => p.message).join('\n')).toContain(message);
  });

  test('lists, checklists, paragraphs and callouts become their own blocks', () => {
    const doc = parseMarkdown(
      [
        '最初の段落です。',
        '続きの行です。',
        '',
        '- 項目1',
        '- 項目2',
        '  続き',
        '',
        '1. 手順1',
        '2. 手順2',
        '',
        '- [ ] 迷惑メールフォルダーを確認した',
        '- [x] ごみ箱を確認した',
        '',
        ':::added 出典: RFC 5321 §4.5.4.1',
        '再送の間隔は**30分以上**です。',
        ':::',
      ].join('\n'),
    );
    expect(doc.problems).toEqual([]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'list', 'checklist', 'callout']);
    const [para, bullets, ordered, checklist, callout] = doc.blocks;
    expect(para?.type === 'paragraph' && inlineText(para.children)).toBe('最初の段落です。\n続きの行です。');
    expect(bullets?.type === 'list' && bullets.items.map(inlineText)).toEqual(['項目1', '項目2 続き']);
    expect(ordered?.type === 'list' && ordered.ordered).toBe(true);
    expect(checklist?.type === 'checklist' && checklist.items.map((i) => inlineText(i.children))).toEqual([
      '迷惑メールフォルダーを確認した',
      'ごみ箱を確認した',
    ]);
    expect(callout?.type === 'callout' && [callout.kind, callout.label]).toEqual(['added', '出典: RFC 5321 §4.5.4.1']);
  });

  test('CRLF line endings parse like LF', () => {
    expect(parseMarkdown('## A {#a}\r\n\r\n本文\r\n')).toEqual(parseMarkdown('## A {#a}\n\n本文\n'));
  });

  test('checklist ids depend on the item text only', () => {
    expect(checklistItemId('ごみ箱')).toBe(checklistItemId('ごみ箱'));
    expect(checklistItemId('ごみ箱')).not.toBe(checklistItemId('迷惑メール'));
  });

  test('never throws and never yields HTML for arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (source) => {
        const doc = parseMarkdown(source);
        expect(Array.isArray(doc.blocks)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseInline', () => {
  test('strong, code and links', () => {
    expect(parseInline('**太字** と `550` と [バウンス](/guide/bounces#list-hygiene)')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: '太字' }] },
      { type: 'text', value: ' と ' },
      { type: 'code', value: '550' },
      { type: 'text', value: ' と ' },
      { type: 'link', href: '/guide/bounces#list-hygiene', children: [{ type: 'text', value: 'バウンス' }] },
    ]);
  });

  test('unmatched markers stay literal', () => {
    expect(inlineText(parseInline('5 ** 2 と `未完 と [リンク'))).toBe('5 ** 2 と `未完 と [リンク');
  });

  test('a refused link keeps its text and drops the target', () => {
    const problems: string[] = [];
    const nodes = parseInline('[ここ](javascript:alert(1))を押す', (m) => problems.push(m));
    expect(nodes.some((n) => n.type === 'link')).toBe(false);
    expect(inlineText(nodes)).toContain('ここ');
    expect(problems).toHaveLength(1);
  });
});

describe('classifyHref', () => {
  test.each([
    ['/guide/bounces', 'internal'],
    ['#spam-folder', 'anchor'],
    ['https://example.com/a', 'external'],
    ['mailto:support@example.com', 'mailto'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['vbscript:msgbox', null],
    ['#<img>', null],
    ['', null],
  ])('%j → %s', (href, kind) => {
    expect(classifyHref(href)).toBe(kind);
  });
});
