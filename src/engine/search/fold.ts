// Japanese-aware text folding for search. Pure: no DOM, no app imports.
//
// Both the documents and the query go through the same fold, so matching is a plain substring test on
// folded text:
// - NFKC: full-width Latin and digits become ASCII (ＳＰＦ → SPF, ５５０ → 550), half-width katakana
//   becomes full-width (ﾒｲﾜｸ → メイワク), compatibility forms are unpacked;
// - lower case;
// - katakana → hiragana (メール and めーる are the same word to a reader);
// - small kana → full-size (ッ/っ → つ, ャ → や): typed and autocorrected text disagree on these;
// - the long-vowel mark is dropped (サーバー, サーバ and サバ all fold to さば), as are the voicing marks'
//   spacing forms when they stand alone (・ and 〜 stay: they separate words and numbers).
// The result keeps, for each folded character, the index of the source character it came from, so a
// match in folded text can be highlighted in the original.

const SMALL_TO_FULL: Record<string, string> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
};
const DROPPED = new Set(['ー', '゛', '゜', '\u3099', '\u309a']);

export interface Folded {
  text: string;
  /** map[i] = index in the source string of the character that produced text[i]; map[text.length] = source length. */
  map: number[];
}

function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  // Katakana ァ (30A1) … ヶ (30F6) → hiragana ぁ (3041) … ゖ (3096); ヷ-ヺ have no hiragana twin.
  let out = code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
  out = SMALL_TO_FULL[out] ?? out;
  return DROPPED.has(out) ? '' : out;
}

const COMBINING_VOICING = /[\u3099\u309a\uff9e\uff9f]/;

/** Folds `source` for matching and keeps the position map for highlighting. */
export function foldWithMap(source: string): Folded {
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < source.length) {
    const start = i;
    const c = source.charCodeAt(i);
    const next = source.charCodeAt(i + 1);
    // Fast path for what prose is made of: ASCII, hiragana, katakana and CJK ideographs are their own NFKC
    // form (unless a combining voicing mark follows), so they skip normalisation.
    if ((c < 0x80 || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fc) || (c >= 0x4e00 && c <= 0x9fff)) && !(next >= 0x3099 && next <= 0x309a) && !(next >= 0xff9e && next <= 0xff9f)) {
      i += 1;
      for (const unit of foldChar(c < 0x80 ? source[start]!.toLowerCase() : source[start]!)) {
        text += unit;
        map.push(start);
      }
      continue;
    }
    const cp = source.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    // A base character and the (half-width) voicing marks after it normalise together: ｶﾞ → ガ.
    while (i < source.length && COMBINING_VOICING.test(source[i] ?? '')) i += 1;
    const cluster = source.slice(start, i).normalize('NFKC').toLowerCase();
    for (const ch of cluster) {
      for (const unit of foldChar(ch)) {
        text += unit;
        map.push(start);
      }
    }
  }
  map.push(source.length);
  return { text, map };
}

/** Folded text only (queries, synonyms, documents): the same text as foldWithMap, by native string passes. */
export function fold(source: string): string {
  return source
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(SMALL_KANA, (ch) => SMALL_TO_FULL[ch] ?? ch)
    .replace(DROPPED_CHARS, '');
}

const SMALL_KANA = /[ぁぃぅぇぉっゃゅょゎゕゖ]/g;
// An alternation, not a class: a combining mark in a character class reads as joined to its neighbour.
const DROPPED_CHARS = /ー|゛|゜|\u3099|\u309a/g;
