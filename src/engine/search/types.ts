// The search index as served (data/search-index.json), built at build time from the content the pages
// render (scripts/lib/search-docs.ts). Documents are tuples to keep the file small.

import type { DocKind } from '../../content/schemas/search';

export type { DocKind };

/**
 * One searchable place: [url, kind, page title, heading, body, keywords, code].
 * - url: app path (without the base path), e.g. "/guide/bounces#permanent-reasons";
 * - page title: where it lives ("バウンス事例", "原因を探す", "エラーコード");
 * - heading: the section heading, step question/title, or code title (what the link says);
 * - body: plain text shown in the snippet and matched with a lower weight;
 * - keywords: extra matching text never shown (codes, provider tags, English names);
 * - code: the code a code query should land on ("550", "X.7.26", "tss04"), or "".
 */
export type SearchDocTuple = [url: string, kind: DocKind, page: string, heading: string, body: string, keywords: string, code: string];

export interface SearchIndexData {
  schemaVersion: 1;
  /** Short fingerprint of the content the index was built from. */
  version: string;
  docs: SearchDocTuple[];
  /** Groups of interchangeable terms (public/content/ja/search-synonyms.json). */
  synonyms: string[][];
}

/** A run of text, highlighted or not (rendered as <mark> by the UI: no HTML strings anywhere). */
export interface TextPart {
  text: string;
  hit: boolean;
}

export interface SearchResult {
  url: string;
  kind: DocKind;
  page: string;
  heading: TextPart[];
  snippet: TextPart[];
  score: number;
}
