import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeShared, encodeShared, fitShareableHeaders, shareableHeaders } from '../../../src/engine/headers/share';
import { MAX_URL_LENGTH } from '../../../src/engine/tree/step-url';
import { fitsLookupLink, planShare } from '../../../src/features/smtp/share-query';
import { analyse } from '../../../src/engine/smtp/analyse';
import { MAX_LINK_LENGTH, paths } from '../../../src/routes';
import { loadRealDb } from '../engine/smtp/helpers';

// Every link the app hands out stays within MAX_LINK_LENGTH (src/routes.ts), which deploy/nginx.conf's
// request-line limit holds with room to spare.
const HEADER_FORMS = join('test', 'fixtures', 'headers', 'forms');
const BOUNCES = join('test', 'fixtures', 'bounces');
const db = loadRealDb();
const maxFragment = MAX_LINK_LENGTH - paths.headers.href('x').length + 1;

describe('the link limit', () => {
  test('the nginx request line holds the longest link with room for a base path', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const sizes = [...conf.matchAll(/large_client_header_buffers\s+\d+\s+(\d+)k;/g)].map((m) => Number(m[1]) * 1024);
    expect(sizes.length).toBe(2); // the HTTPS server and the redirect server
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(2 * (MAX_LINK_LENGTH + '/help/'.length + 'GET  HTTP/1.1'.length));
  });

  test('every search box caps its query so that /search?q= fits, even in Japanese (nine characters each once encoded)', () => {
    const caps = ['header-search.tsx', 'search-box.tsx', 'search-page.tsx'].map((f) => {
      const source = readFileSync(join('src', 'features', 'search', f), 'utf8');
      return Number(/name=\{queryParams\.text\}[^>]*?maxLength=\{(\d+)\}/s.exec(source)?.[1] ?? Number.NaN);
    });
    for (const cap of caps) expect(paths.search.href('検'.repeat(cap)).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });

  test('the troubleshooter never needs a longer link (its tree check allows MAX_URL_LENGTH)', () => {
    expect(MAX_URL_LENGTH).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });

  test('a full-text lookup link: Japanese, ASCII and line-heavy text are cut at the encoded length, not the character count', async () => {
    for (const unit of ['宛先不明', 'x', ' \n', '𠮷']) {
      // The longest text of this kind that still fits, found by growing it one unit at a time.
      let text = '550 5.1.1 ';
      while (fitsLookupLink(text + unit)) text += unit;
      const analysis = await analyse(text, db);
      const fits = planShare(text, analysis.results, db, true);
      expect(fits.kind, unit).toBe('full');
      expect(paths.smtp.href(fits.query).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
      expect(paths.smtp.href(fits.query).length).toBeGreaterThan(MAX_LINK_LENGTH - 12);
      const over = planShare(text + unit, analysis.results, db, true);
      expect(over).toMatchObject({ kind: 'codes', fullTooLong: true });
      expect(paths.smtp.href(over.query).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    }
  });

  test('a codes-only link with hundreds of recipients keeps as many codes as fit', async () => {
    const input = Array.from({ length: 800 }, (_, k) => `550 5.1.1 <user${k}@example.jp>: Recipient address rejected: User unknown [TSS0${k % 10}]`).join('\n');
    const analysis = await analyse(input, db);
    const plan = planShare(input, analysis.results, db, false);
    expect(paths.smtp.href(plan.query).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });

  test('a header share of every real header form, with and without host names, fits; a huge one drops the oldest hops first', () => {
    for (const file of readdirSync(HEADER_FORMS).filter((f) => f.endsWith('.txt'))) {
      const input = readFileSync(join(HEADER_FORMS, file), 'utf8');
      for (const hosts of [false, true]) {
        const share = fitShareableHeaders(input, hosts, maxFragment);
        expect(paths.headers.href(share.encoded).length, file).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        expect(share.encoded).toBe(encodeShared(share.text));
        // Real headers fit whole: nothing is left out.
        expect(share, file).toMatchObject({ omittedHops: 0, omittedFields: 0, text: shareableHeaders(input, hosts) });
      }
    }
    const hops = Array.from({ length: 60 }, (_, k) => `Received: from relay${k}.sender-${'long'.repeat(30)}.example.jp (relay${k}.example.jp [192.0.2.${k}])\n by mx${k}.example.net with ESMTPS id ${'A'.repeat(40)}${k}\n for <someone@example.net>; Tue, 1 Dec 2026 10:${String(k).padStart(2, '0')}:00 +0900`);
    const huge = `${hops.join('\n')}\nAuthentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.jp; dkim=pass header.d=example.jp\nFrom: <a@example.jp>\n\nbody`;
    const share = fitShareableHeaders(huge, true, maxFragment);
    expect(paths.headers.href(share.encoded).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(paths.headers.href(share.encoded).length).toBeGreaterThan(MAX_LINK_LENGTH - 400);
    expect(share.omittedHops).toBeGreaterThan(0);
    expect(share.omittedFields).toBe(0);
    // The newest hop (the first Received) is kept, and the link decodes to the text shown.
    expect(decodeShared(share.encoded)?.split('\n')[0]).toContain('relay0');
    expect(decodeShared(share.encoded)).toBe(share.text);
  });

  test('every bounce fixture, shared as full text or codes, fits', async () => {
    for (const file of readdirSync(BOUNCES).filter((f) => /\.(eml|txt)$/.test(f))) {
      const input = readFileSync(join(BOUNCES, file), 'utf8');
      const analysis = await analyse(input, db);
      for (const full of [false, true]) expect(paths.smtp.href(planShare(input, analysis.results, db, full).query).length, file).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    }
  });
});
