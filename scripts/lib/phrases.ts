// Build-time Japanese phrase breaking for browsers without CSS `word-break: auto-phrase`: BudouX finds the
// phrase boundaries and a <wbr> goes at each one, in headings and in elements with class "phrase".
//
// Only elements whose whole content is one text run are touched. React renders such an element with its
// text as a single string child and, when hydrating, compares only the element's textContent (which
// <wbr> does not change) without walking its DOM children, so the server's <wbr>s survive hydration with no
// mismatch, and the client bundle carries no segmenter and no data for it.
import { loadDefaultJapaneseParser } from 'budoux';

const parser = loadDefaultJapaneseParser();

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITY[name.toLowerCase()] ?? whole;
  });
}

function encode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Japanese text worth segmenting: it has kana or kanji. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** The phrases of a text joined with <wbr> (HTML), or null when there is nothing to break. */
export function phraseHtml(text: string): string | null {
  if (!JAPANESE.test(text)) return null;
  const phrases = parser.parse(text);
  if (phrases.length < 2) return null;
  return phrases.map(encode).join('<wbr>');
}

// An element with only text inside: <tag attrs>text</tag>. React escapes ">" in attribute values, so an
// attribute never contains one.
const TEXT_ELEMENT = /<([a-z][a-z0-9]*)(\s[^>]*)?>([^<]+)<\/\1>/g;
const PHRASE_CLASS = /\sclass="(?:[^"]*\s)?phrase(?:\s[^"]*)?"/;

/** Adds phrase breaks to the headings and .phrase elements of prerendered markup. */
export function addPhraseBreaks(html: string): string {
  return html.replace(TEXT_ELEMENT, (whole, tag: string, attrs: string | undefined, text: string) => {
    if (!/^h[1-4]$/.test(tag) && !PHRASE_CLASS.test(attrs ?? '')) return whole;
    const broken = phraseHtml(decode(text));
    return broken === null ? whole : `<${tag}${attrs ?? ''}>${broken}</${tag}>`;
  });
}
