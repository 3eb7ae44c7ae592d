// What a printed page carries besides its content: the page's address and the date at the end, and on
// handouts a QR code of the address, so a reader of the paper can open the page on a phone. Written into
// each prerendered HTML file outside the app's root (React never sees it; shown only in print).
import { encode } from 'uqr';
import { escapeHtml } from './html';

/** Pages meant to be printed and handed to someone: they get the QR code. */
export const HANDOUT_ROUTES: readonly string[] = ['/guide/for-recipients', '/guide/recipient-checks'];

/** A QR code as a small SVG: one path of horizontal runs, 4 modules of quiet zone, black on white. */
export function qrSvg(text: string, label: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const quiet = 4;
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (x + run < size && row[x + run]) run++;
      d += `M${x + quiet} ${y + quiet}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  const box = size + quiet * 2;
  return `<svg class="print-meta__qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" role="img" aria-label="${escapeHtml(label)}" shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}

function japaneseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/**
 * The print footer of one page. The date is the build's; src/app/print.ts sets today's date and the
 * address actually open (it may have changed by in-app navigation) just before printing.
 */
export function printMetaHtml(url: string, routePath: string, built: Date): string {
  const qr = HANDOUT_ROUTES.includes(routePath) ? qrSvg(url, 'このページのアドレスの QR コード') : '';
  return [
    `<div class="print-meta" data-path="${escapeHtml(routePath)}">`,
    qr,
    `<p class="print-meta__text">このページのアドレス：<span class="print-meta__url">${escapeHtml(url)}</span><br>`,
    `印刷日：<span class="print-meta__date">${japaneseDate(built)}</span>`,
    qr ? '<br>QR コードをスマートフォンのカメラで読み取ると、このページを開けます。' : '',
    '</p></div>',
  ].join('');
}
