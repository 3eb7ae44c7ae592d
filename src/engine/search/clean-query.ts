// The query as the search reads it and the UI shows it back: its own small module, so the search UI on the
// main thread can use it without loading the matcher (which runs in the search worker).

/** Longest query looked at: longer input is cut (no hang on a 10,000-character paste). */
export const MAX_QUERY_CHARS = 200;

/** Removes control and format characters and cuts overlong input, before any normalisation. */
export function cleanQuery(query: string): string {
  return query.slice(0, MAX_QUERY_CHARS).replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ');
}
