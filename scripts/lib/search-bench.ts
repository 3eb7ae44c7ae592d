// Site search figures for `npm run bench`: the index built from public/ (as the build does), its gzip size,
// and the median time of a query over the full index, for queries people type (the unit test's table and
// worse: long, mixed-script, typo'd, hostile).
import { gzipSync } from 'node:zlib';
import { collectRoutes } from './routes';
import { buildSearchIndex, fileSource } from './search-docs';
import { createSearcher } from '../../src/engine/search/search';

export const SEARCH_BUDGETS = { indexKb: 60, queryMs: 5 };

const QUERIES = [
  '迷惑メール', 'めいわくめーる', 'ﾒｲﾜｸﾒｰﾙ', '迷惑メールに入ってないか確認', 'ごみばこ', 'ファイアウォール', '会社のメールに届かない',
  'メールボックスがいっぱい', 'over quota', 'アドレス帳に登録してもらう', 'POPとIMAPの違い', 'ＳＰＦ', 'dkmi', 'dmrac', 'user unknown',
  '550', '５．７．２６', '550 5.1.1', 'TSS04', 'RP-001', 'エラーコードを調べる', 'メールが届かない',
  'gmailに送ったメールが迷惑メールに入ると言われた 5.7.26 認証', 'パスワード再設定のメールが来ない', 'outlok', 'x'.repeat(10_000), '.*+?(a+)+$', '😀📧',
];

export interface SearchBenchRow {
  name: string;
  value: number;
  unit: string;
  budget: number;
}

export function searchBench(publicDir: string): SearchBenchRow[] {
  const index = buildSearchIndex(fileSource(publicDir), collectRoutes(publicDir).map((r) => r.path));
  const gzip = gzipSync(JSON.stringify(index), { level: 9 }).length;
  const searcher = createSearcher(index);
  for (let k = 0; k < 5; k++) for (const q of QUERIES) searcher.search(q);
  const times: number[] = [];
  for (let k = 0; k < 20; k++) {
    for (const q of QUERIES) {
      const start = performance.now();
      searcher.search(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? Number.NaN;
  const loadStart = performance.now();
  createSearcher(index);
  const load = performance.now() - loadStart;
  return [
    { name: `search index (${index.docs.length} documents), gzip`, value: gzip / 1024, unit: 'KB', budget: SEARCH_BUDGETS.indexKb },
    { name: `search query, median of ${times.length} (${QUERIES.length} queries)`, value: at(0.5), unit: 'ms', budget: SEARCH_BUDGETS.queryMs },
    { name: 'search query, p95', value: at(0.95), unit: 'ms', budget: Infinity },
    { name: 'search index preparation (first use)', value: load, unit: 'ms', budget: Infinity },
  ];
}
