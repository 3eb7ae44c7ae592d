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
  // Fast path: text whose NFKC form maps character for character (almost all prose: （）→(), ＡＢ→AB)
  // needs no per-cluster normalisation.
  const nfkc = source.normalize('NFKC');
  if (nfkc.length === source.length && !COMBINING_VOICING.test(source)) {
    const lower = nfkc.toLowerCase();
    if (lower.length === source.length) {
      for (let k = 0; k < lower.length; k += 1) {
        for (const unit of foldChar(lower[k]!)) {
          text += unit;
          map.push(k);
        }
      }
      map.push(source.length);
      return { text, map };
    }
  }
  let i = 0;
  while (i < source.length) {
    const start = i;
    const cp = source.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    // A base character and the (half-width) voicing marks after it normalise together: ｶﾞ → ガ.
    while (i < source.length && COMBINING_VOICING.test(source[i] ?? '')) i += 1;
    const cluster = source.slice(start, i).normalize('NFKC').toLowerCase();
    for (const ch of cluster) {
      const folded = foldChar(ch);
      for (const unit of folded) {
        text += unit;
        map.push(start);
      }
    }
  }
  map.push(source.length);
  return { text, map };
}

/** Folded text only (queries, synonyms, build-time terms). */
export function fold(source: string): string {
  let out = '';
  for (const ch of source.normalize('NFKC').toLowerCase()) out += foldChar(ch);
  return out;
}
