// SVG images in stylesheets (npm run budget and the unit tests). Chromium builds a separate SVG document for
// each one during the first style pass, before anything is on screen: 17 icon masks cost the home page
// 99–133 ms of CPU there (docs/decisions.md, "The first frame"). The budget's Lighthouse runs do not catch
// one, because a task before first paint is not counted as blocking. Icons are drawn inline (`Icon`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from './budget-report';

/** Each `url(…)` in the CSS whose image is an SVG document: a `data:image/svg+xml` URL or a `.svg` file. */
export function svgImagesIn(css: string): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/gis)) {
    const url = (match[2] ?? '').trim();
    if (/^data:image\/svg\+xml[;,]/i.test(url) || /\.svg(?:[?#].*)?$/i.test(url)) found.push(url.length > 60 ? `${url.slice(0, 57)}…` : url);
  }
  return found;
}

/** The built stylesheets (dist/assets/*.css) must draw no SVG image. */
export function cssImageFigures(distDir: string): Figure[] {
  const dir = join(distDir, 'assets');
  const sheets = readdirSync(dir).filter((name) => name.endsWith('.css'));
  const images = sheets.flatMap((name) => svgImagesIn(readFileSync(join(dir, name), 'utf8')).map((url) => `${name}: ${url}`));
  return [
    {
      figure: `SVG images in the stylesheets (${sheets.length} files${images.length ? `: ${images.join(', ')}` : ''})`,
      value: String(images.length),
      budget: '0',
      // No stylesheet found means the build's layout changed: fail rather than pass on nothing.
      pass: sheets.length > 0 && images.length === 0,
    },
  ];
}
