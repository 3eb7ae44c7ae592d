// robots.txt and sitemap.xml, made by the build from the list of prerendered routes.

/** The absolute URL of an app path: origin + base path + path ("/" stays the base itself). */
export function pageUrl(siteUrl: string, base: string, path: string): string {
  return `${siteUrl}${base.replace(/\/$/, '')}${path === '/' ? '/' : path}`;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Every page may be crawled except the bare app shell and the not-found page. Crawlers read robots.txt only
 * at the root of a host: under a sub-path (BASE_PATH) the file is a ready-made block for the host's own one.
 */
export function robotsTxt(siteUrl: string, base: string): string {
  return [
    'User-agent: *',
    `Allow: ${base}`,
    `Disallow: ${base}app.html`,
    `Disallow: ${base}404.html`,
    '',
    `Sitemap: ${siteUrl}${base}sitemap.xml`,
    '',
  ].join('\n');
}

export function sitemapXml(siteUrl: string, base: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(pageUrl(siteUrl, base, path))}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
