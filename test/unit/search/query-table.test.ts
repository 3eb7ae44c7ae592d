// What support staff and customers type, and the page each of them should get first. The index is built
// from the real content under public/ (the same function the build uses), so new pages and steps change
// the index, and a content change that buries an answer shows up here.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, fileSource } from '../../../scripts/lib/search-docs';
import { collectRoutes } from '../../../scripts/lib/routes';
import { createSearcher } from '../../../src/engine/search/search';
import { CODE_QUERIES, TABLE } from './query-table-data';

const PUBLIC = join(import.meta.dirname, '..', '..', '..', 'public');
const searcher = createSearcher(buildSearchIndex(fileSource(PUBLIC), collectRoutes(PUBLIC).map((r) => r.path)));


describe(`site search: ${TABLE.length} real queries and the result they should put first`, () => {
  const outcomes = TABLE.map(([query, expected]) => {
    const first = searcher.search(query, 5)[0]?.url.split('?')[0];
    return { query, expected, first, hit: first !== undefined && expected.includes(first) };
  });
  const hits = outcomes.filter((o) => o.hit).length;
  const misses = outcomes.filter((o) => !o.hit).map((o) => `"${o.query}" → ${o.first ?? '(nothing)'} (expected ${o.expected.join(' or ')})`);
  console.log(`search query table: ${hits}/${outcomes.length} first results as expected (${((100 * hits) / outcomes.length).toFixed(1)} %)${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`);

  test('at least 95 % of the queries get the expected first result', () => {
    expect(hits / outcomes.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  test('every code and provider tag puts its own page first (no exceptions)', () => {
    const codeMisses = outcomes.filter((o) => CODE_QUERIES.has(o.query) && !o.hit);
    expect(codeMisses).toEqual([]);
    expect(CODE_QUERIES.size).toBe(outcomes.filter((o) => CODE_QUERIES.has(o.query)).length);
  });
});
