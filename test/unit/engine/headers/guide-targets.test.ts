// Every guide section the header analyser links to must exist. Some are being written by the guide's
// rewrite (issue 10) at the same time: those are listed here, by name, as the sections PROTOCOL.md fixes;
// once a page lands, its sections are checked against the content like the rest.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCLUSION_TARGETS } from '../../../../src/engine/headers/guide-targets';

const PAGES = join(import.meta.dirname, '..', '..', '..', '..', 'public', 'content', 'ja', 'pages');

/** Sections fixed by PROTOCOL.md that issue 10 creates. */
const PROMISED: Record<string, readonly string[]> = {
  'reading-headers': ['open-headers', 'received', 'authentication-results', 'spam-verdicts'],
  'spam-folder': ['where-to-look', 'gmail', 'outlook', 'iphone-mail', 'yahoo-japan', 'carrier-mail', 'not-spam'],
  forwarding: ['why-forwarding-fails', 'arc', 'microsoft-365-external-forwarding', 'fixes'],
  'web-forms': ['from-and-reply-to', 'sending-service', 'dmarc'],
  timing: ['late-mail'],
  'error-codes': ['greylisting'],
};

function sectionIds(page: string): string[] | null {
  const file = join(PAGES, `${page}.md`);
  if (!existsSync(file)) return null;
  return [...readFileSync(file, 'utf8').matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1] ?? '');
}

describe('guide sections the conclusions link to', () => {
  for (const [code, target] of Object.entries(CONCLUSION_TARGETS)) {
    it(`${code} → /guide/${target.page}#${target.section}`, () => {
      const ids = sectionIds(target.page);
      const promised = PROMISED[target.page]?.includes(target.section) ?? false;
      // A page that exists must have the section, unless the section is one issue 10 is still adding to it.
      if (ids !== null && !(promised && !ids.includes(target.section))) expect(ids).toContain(target.section);
      else expect(promised, `/guide/${target.page}#${target.section} exists neither in the content nor in PROTOCOL's list`).toBe(true);
    });
  }
});
