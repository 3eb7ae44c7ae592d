import { basename } from '@/routes';

/** Today's date the way a Japanese reader writes it on paper: 2026年12月2日. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
}

function readable(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/**
 * Just before printing: the print footer (written by the build outside the app) gets the address that is
 * open now and today's date, its QR code shows only on the page it was made for, and each link in the
 * page's text gets its full address to print after it (print CSS: a[data-print-url]::after).
 */
export function preparePrinting(): void {
  window.addEventListener('beforeprint', () => {
    const meta = document.querySelector<HTMLElement>('.print-meta');
    if (meta) {
      const url = meta.querySelector('.print-meta__url');
      if (url) url.textContent = readable(window.location.href.split('#')[0] ?? '');
      const date = meta.querySelector('.print-meta__date');
      if (date) date.textContent = today();
      const path = window.location.pathname.slice(basename().length).replace(/\/+$/, '') || '/';
      meta.classList.toggle('print-meta--moved', meta.dataset.path !== path);
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href], .site-footer a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#') || href.startsWith('mailto:')) continue;
      link.dataset.printUrl = readable(link.href);
    }
  });
}
