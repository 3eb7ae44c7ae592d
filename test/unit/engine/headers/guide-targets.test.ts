// Every guide section the header analyser's conclusions link to exists in the content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCLUSION_TARGETS } from '../../../../src/engine/headers/guide-targets';

const PAGES = join(import.meta.dirname, '..', '..', '..', '..', 'public', 'content', 'ja', 'pages');

describe('guide sections the conclusions link to', () => {
  it('each target page has the section', () => {
    const missing = Object.entries(CONCLUSION_TARGETS).filter(([, t]) => {
      let text = '';
      try {
        text = readFileSync(join(PAGES, `${t.page}.md`), 'utf8');
      } catch {
        return true;
      }
      return !text.includes(`{#${t.section}}`);
    });
    expect(missing.map(([code, t]) => `${code} → /guide/${t.page}#${t.section}`)).toEqual([]);
  });
});
