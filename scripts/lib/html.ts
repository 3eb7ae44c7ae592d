// Small, dependency-free helpers to write the prerendered HTML files safely.

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON that is safe inside <script type="application/json">: no "</script>", no "<!--", no U+2028/9 surprises. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface HeadTags {
  title: string;
  description: string;
  url: string; // absolute
  siteName: string;
}

/** Fills the Vite-built index.html template with one page's head tags, markup and cache state. */
export function fillTemplate(template: string, head: HeadTags, appHtml: string, state: unknown | null, routePath: string): string {
  const tags = [
    `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${escapeHtml(head.siteName)}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(head.url)}" />`,
    `<meta property="og:locale" content="ja_JP" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  let html = template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${escapeHtml(head.description)}" />`)
    .replace('</head>', `    ${tags}\n  </head>`)
    // data-path tells the client which route this markup is for: it hydrates only on that route.
    .replace('<div id="root"></div>', `<div id="root" data-path="${escapeHtml(routePath)}">${appHtml}</div>`);
  if (state !== null) {
    html = html.replace('</body>', `  <script type="application/json" id="app-state">${jsonForScript(state)}</script>\n  </body>`);
  }
  return html;
}
