import { describe, expect, test } from 'vitest';
import { addPhraseBreaks, phraseHtml } from '../../../scripts/lib/phrases';
import { printMetaHtml, qrSvg } from '../../../scripts/lib/print-meta';
import { robotsTxt, sitemapXml } from '../../../scripts/lib/seo-files';
import { svgImagesIn } from '../../../scripts/lib/css-images';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const textOf = (html: string) => html.replace(/<wbr>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('phrase breaks added to prerendered markup', () => {
  test('a heading gets <wbr> at phrase boundaries and keeps its text', () => {
    const html = addPhraseBreaks('<h1 class="home__title">メールが届かないときのガイド</h1>');
    expect(html).toBe('<h1 class="home__title">メールが<wbr>届かない<wbr>ときの<wbr>ガイド</h1>');
  });

  test('only headings and .phrase elements whose whole content is text; markup and other elements untouched', () => {
    const input = [
      '<p>受信者に確認してもらう</p>',
      '<h2 id="x">送信<code>SMTP</code>確認する</h2>',
      '<a class="card__link phrase" href="/guide/x">しばらく経ってから再確認する</a>',
      '<span class="not-a-phrase">しばらく経ってから再確認する</span>',
      '<textarea>しばらく経ってから再確認する</textarea>',
    ].join('');
    const out = addPhraseBreaks(input);
    expect(out).toContain('<p>受信者に確認してもらう</p>');
    expect(out).toContain('<h2 id="x">送信<code>SMTP</code>確認する</h2>');
    expect(out).toContain('<a class="card__link phrase" href="/guide/x">しばらく<wbr>経ってから<wbr>再確認する</a>');
    expect(out).toContain('<span class="not-a-phrase">しばらく経ってから再確認する</span>');
    expect(out).toContain('<textarea>しばらく経ってから再確認する</textarea>');
  });

  test('escaped text stays escaped (no markup can appear), and the text content is unchanged', () => {
    const heading = '<h3>&lt;script&gt;を貼り付けた場合の確認方法 &amp; 対処</h3>';
    const out = addPhraseBreaks(heading);
    expect(out).not.toContain('<script>');
    expect(textOf(out)).toBe(textOf(heading));
  });

  test('text without Japanese, or a single phrase, is left alone', () => {
    expect(phraseHtml('SMTP 550 5.1.1')).toBeNull();
    expect(phraseHtml('ガイド')).toBeNull();
  });
});

describe('robots.txt and sitemap.xml', () => {
  test('at the root', () => {
    expect(robotsTxt('https://help.example.com', '/')).toBe(
      'User-agent: *\nAllow: /\nDisallow: /app.html\nDisallow: /404.html\n\nSitemap: https://help.example.com/sitemap.xml\n',
    );
    const xml = sitemapXml('https://help.example.com', '/', ['/', '/guide/bounces', '/smtp/codes/5.1.1']);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://help.example.com/',
      'https://help.example.com/guide/bounces',
      'https://help.example.com/smtp/codes/5.1.1',
    ]);
  });

  test('under a base path, with characters XML must escape', () => {
    expect(robotsTxt('https://example.com', '/help/')).toContain('Sitemap: https://example.com/help/sitemap.xml');
    expect(robotsTxt('https://example.com', '/help/')).toContain('Disallow: /help/app.html');
    const xml = sitemapXml('https://example.com', '/help/', ['/', '/a&b']);
    expect(xml).toContain('<loc>https://example.com/help/</loc>');
    expect(xml).toContain('<loc>https://example.com/help/a&amp;b</loc>');
  });
});

describe('print footer', () => {
  test('a handout gets a QR code; other pages only the address and date', () => {
    const built = new Date(2026, 11, 2);
    const handout = printMetaHtml('https://example.com/guide/for-recipients', '/guide/for-recipients', built);
    expect(handout).toContain('<svg class="print-meta__qr"');
    expect(handout).toContain('https://example.com/guide/for-recipients');
    expect(handout).toContain('2026年12月2日');
    const other = printMetaHtml('https://example.com/guide/bounces?x=<y>', '/guide/bounces', built);
    expect(other).not.toContain('<svg');
    expect(other).toContain('?x=&lt;y&gt;');
  });

  test('the QR code is square, has a quiet zone and draws only dark modules', () => {
    const svg = qrSvg('https://example.com/guide/for-recipients', 'QR');
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
    expect(w).toBe(h);
    // Version 3 (29 modules) or larger, plus 4 modules of quiet zone on each side.
    expect(Number(w)).toBeGreaterThanOrEqual(29 + 8);
    const starts = [...svg.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);
    expect(starts.length).toBeGreaterThan(50);
    for (const [x, y, run] of starts) {
      expect(x).toBeGreaterThanOrEqual(4);
      expect(y).toBeGreaterThanOrEqual(4);
      expect(x + run).toBeLessThanOrEqual(Number(w) - 4);
    }
    // The finder pattern's top row: 7 dark modules from the quiet zone's corner.
    expect(svg).toContain('M4 4h7v1h-7z');
  });
});

describe('SVG images in stylesheets (each is an SVG document built before the first paint)', () => {
  test('finds data: SVGs and .svg files in any url() form, and leaves other images alone', () => {
    const css = [
      `.a{mask:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E") no-repeat}`,
      ".b{background-image:url( 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' )}",
      '.c{-webkit-mask-image:url(/icons/mail.SVG?v=2)}',
      '.d{background:url(data:image/png;base64,iVBORw0KGgo=)}',
      '.e{background:url("/img/photo.webp")}',
      '.f{content:"svg"}',
    ].join('\n');
    expect(svgImagesIn(css).map((url) => url.slice(0, 22))).toEqual(['data:image/svg+xml,%3C', 'data:image/svg+xml;bas', '/icons/mail.SVG?v=2']);
  });

  test("the site's stylesheets draw none", () => {
    const sheets = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css')).map((f) => join('src', f));
    expect(sheets.length).toBeGreaterThan(5);
    expect(sheets.flatMap((path) => svgImagesIn(readFileSync(path, 'utf8')).map((url) => `${path}: ${url}`))).toEqual([]);
  });
});
