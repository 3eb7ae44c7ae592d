// Builds the site search index (data/search-index.json) from the same content files the pages render:
// every guide section, every troubleshooter step and outcome, every SMTP code and provider rule, and the
// tools. Run by scripts/build.ts, by the dev server and by the tests, so a page or step added to the
// content is searchable after the next build without touching this file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineText } from '../../src/content/markdown/ast';
import type { Block } from '../../src/content/markdown/ast';
import { parseMarkdown } from '../../src/content/markdown/parse';
import { parseInline } from '../../src/content/markdown/inline';
import { siteSettings } from '../../src/content/schemas/site';
import { searchSynonyms } from '../../src/content/schemas/search';
import { smtpDb } from '../../src/content/schemas/smtp-db';
import { decisionTree } from '../../src/content/schemas/tree';
import { listCanonicalSteps } from '../../src/engine/tree/canonical-steps';
import type { SearchDocTuple, SearchIndexData } from '../../src/engine/search/types';
import { paths } from '../../src/routes';

/** File names under the content root (public/ or dist/). */
export const SEARCH_INDEX_FILE = 'data/search-index.json';
export const SYNONYMS_FILE = 'content/ja/search-synonyms.json';

// Cap on the body text kept per document: enough for a snippet and for matching what a section is about.
const BODY_CHARS = 420;

function clip(text: string, max = BODY_CHARS): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.children);
    case 'list':
      return block.items.map((item) => inlineText(item)).join(' ');
    case 'checklist':
      return block.items.map((item) => inlineText(item.children)).join(' ');
    case 'callout':
      return block.children.map(blockText).join(' ');
  }
}

/** One document per page (its title, description and intro) and one per heading (its text until the next heading). */
function markdownDocs(url: (section?: string) => string, pageTitle: string, lead: string, source: string): SearchDocTuple[] {
  const doc = parseMarkdown(source);
  const sections: { id: string; heading: string; text: string[] }[] = [];
  const intro: string[] = [lead];
  const visit = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'heading') sections.push({ id: block.id, heading: inlineText(block.children), text: [] });
      else if (block.type === 'callout' && block.children.some((b) => b.type === 'heading')) visit(block.children);
      else (sections[sections.length - 1]?.text ?? intro).push(blockText(block));
    }
  };
  visit(doc.blocks);
  return [
    [url(), 'page', pageTitle, pageTitle, clip(intro.join(' ')), sections.map((s) => s.heading).join(' '), ''],
    ...sections.map((s): SearchDocTuple => [url(s.id), 'section', pageTitle, s.heading, clip(s.text.join(' ')), '', '']),
  ];
}

/** Provider tags that a customer copies from a bounce: "[TSS04]", "S3150", "RP-001". */
function providerTag(clue: string | undefined): string {
  const m = /^\[?([A-Za-z]{1,4}-?[0-9]{1,4})\]?$/.exec(clue?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

export interface SearchSource {
  read(file: string): string;
  exists(file: string): boolean;
}

export function fileSource(root: string): SearchSource {
  return { read: (file) => readFileSync(join(root, file), 'utf8'), exists: (file) => existsSync(join(root, file)) };
}

/**
 * The index for the content under a root (public/ or dist/). `routes` are the app paths that exist (the
 * prerender list); a tool is listed only when its page exists, so /headers appears once it is built.
 */
export function buildSearchIndex(source: SearchSource, routes: readonly string[]): SearchIndexData {
  const docs: SearchDocTuple[] = [];
  const site = siteSettings.parse(JSON.parse(source.read('content/ja/site.json')));

  for (const topic of site.topics) {
    const file = `content/ja/pages/${topic.slug}.md`;
    if (!source.exists(file)) continue;
    docs.push(...markdownDocs((section) => paths.guidePage.href(topic.slug, section), topic.title, topic.description ?? '', source.read(file)));
  }
  docs.push(...markdownDocs((section) => `${paths.changelog.href()}${section ? `#${section}` : ''}`, '変更履歴', '元の記事の訂正と追加した情報', source.read('content/ja/changelog.md')));

  const tree = decisionTree.parse(JSON.parse(source.read('content/ja/tree.json')));
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  for (const step of listCanonicalSteps(tree)) {
    const node = nodes.get(step.nodeId);
    if (!node) continue;
    if (node.kind === 'question') {
      const help = node.help ? `${plainInline(node.help)} ` : '';
      docs.push([step.url, 'step', '原因を探す', node.question, clip(help + node.answers.map((a) => a.label).join(' / ')), '', '']);
    } else {
      docs.push([step.url, node.kind === 'outcome' ? 'outcome' : 'step', '原因を探す', node.title, clip(plainInline(node.body)), '', '']);
    }
  }

  const db = smtpDb.parse(JSON.parse(source.read('data/smtp-codes.json')));
  // The reason's English one-liner ("user unknown", "mailbox full"): words people copy from bounces.
  const reasonWords = new Map(db.reasons.map((r) => [r.reason, r.meaning.replace(/\s*\(.*$/, '')]));
  for (const e of db.basic) {
    docs.push([paths.smtpCode.href(e.code), 'code', 'エラーコード', `${e.code} ${e.title}`, clip(`${e.summary} ${e.action}`, 200), `${e.rfcText} ${reasonWords.get(e.reason) ?? ''}`, e.code]);
  }
  for (const e of db.enhanced) {
    const rest = e.code.slice(1);
    docs.push([
      paths.smtpCode.href(e.code),
      'code',
      'エラーコード',
      `${e.code} ${e.title}`,
      clip(`${e.summary} ${e.action}`, 200),
      `4${rest} 5${rest} ${e.sampleText} ${reasonWords.get(e.reason) ?? ''}`,
      e.code,
    ]);
  }
  for (const provider of db.providers) {
    const shortName = provider.name.replace(/\s*\(.*$/, '').replace(/（.*$/, '');
    for (const rule of provider.rules) {
      const status = rule.statuses[0]?.split('-')[0];
      const reply = rule.replyCodes?.[0];
      const tag = providerTag(rule.textClue);
      const target = status ?? reply;
      if (!target) continue;
      const label = [reply, ...rule.statuses, tag ? rule.textClue : undefined].filter(Boolean).join(' ');
      docs.push([
        paths.smtpCode.href(target),
        'provider',
        `エラーコード（${shortName}）`,
        `${label}: ${rule.meaning.split('。')[0]}`,
        clip(`${rule.meaning} ${rule.action}`, 200),
        `${provider.name} ${provider.clues.slice(0, 3).join(' ')} ${tag ? '' : (rule.textClue ?? '')}`,
        tag,
      ]);
    }
  }

  // The home page: the site's name and lead say what it is for ("メールが届かない…").
  docs.push([paths.home.href(), 'page', site.siteName, site.siteName, clip(`${site.description} ${site.home.lead.join(' ')}`), '', '']);

  const tools: { path: string; page: string; heading: string; body: string; keywords: string }[] = [
    { path: paths.smtp.href(), page: 'ツール', heading: 'エラーコード・バウンスメールを調べる', body: 'エラーコードや返ってきたメール（バウンスメール）を貼り付けると、何が起きたか、まだ届く見込みがあるか、どうすればよいかを説明します。貼り付けた内容はブラウザーの外に送られません。', keywords: 'smtp エラーコード検索 コード検索 bounce ndr 解析 lookup' },
    { path: paths.smtpCodes.href(), page: 'ツール', heading: 'エラーコード一覧', body: 'SMTPの応答コードと拡張ステータスコードの一覧です。', keywords: 'smtp code list 一覧 reply codes enhanced status' },
    { path: paths.troubleshoot.href(), page: 'ツール', heading: '原因を探す（質問に答えて解決）', body: '質問に順に答えると、メールが届かない原因と解決方法にたどり着きます。送ったメールが相手に届かない、エラーのメールが返ってきた、届くはずのメールが見つからないときに。', keywords: 'メールが届かない 届かない原因 troubleshooter トラブルシューティング 診断 チェック' },
    { path: paths.troubleshootMap.href(), page: 'ツール', heading: '原因を探すの全体図', body: 'すべての質問と結果を一覧で見られます。サポート担当者が、お客様に送るリンクを探すときに使えます。', keywords: 'map 地図 全体 一覧' },
    { path: '/headers', page: 'ツール', heading: 'メールヘッダーを解析する', body: '受け取ったメールのヘッダーを貼り付けると、配送経路、遅れた場所、SPF・DKIM・DMARCの結果を読み取ります。', keywords: 'headers header analyzer analyser ヘッダー解析 received authentication-results' },
  ];
  for (const tool of tools) if (routes.includes(tool.path)) docs.push([tool.path, 'tool', tool.page, tool.heading, tool.body, tool.keywords, '']);

  const synonyms = source.exists(SYNONYMS_FILE) ? searchSynonyms.parse(JSON.parse(source.read(SYNONYMS_FILE))).groups : [];
  const version = createHash('sha256').update(JSON.stringify([docs, synonyms])).digest('hex').slice(0, 12);
  return { schemaVersion: 1, version, docs, synonyms };
}

/** Inline Markdown (tree bodies) as plain text. */
function plainInline(text: string): string {
  return inlineText(parseInline(text));
}
