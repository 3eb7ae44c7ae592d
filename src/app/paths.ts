// Every URL of the site is built here, so a URL change is a one-file edit. Paths are relative to the
// router's basename (the base path the site is hosted under).
export const paths = {
  home: { path: '/', href: () => '/' },
  guide: { path: '/guide', href: () => '/guide' },
  guidePage: {
    path: '/guide/:slug',
    href: (slug: string, section?: string) => `/guide/${encodeURIComponent(slug)}${section ? `#${encodeURIComponent(section)}` : ''}`,
  },
  changelog: { path: '/changelog', href: () => '/changelog' },
  troubleshoot: { path: '/troubleshoot', href: () => '/troubleshoot' },
  troubleshootMap: { path: '/troubleshoot/map', href: () => '/troubleshoot/map' },
  // A link into the troubleshooter at one step (optionally with an SMTP code such as "550 5.1.1"). The
  // troubleshooter itself fills in the step's answer path (?path=) when it opens, so this needs no engine.
  troubleshootStep: {
    path: '/troubleshoot/:nodeId',
    href: (nodeId: string, smtpCode?: string) =>
      `/troubleshoot/${encodeURIComponent(nodeId)}${smtpCode ? `?code=${encodeURIComponent(smtpCode)}` : ''}`,
  },
  troubleshootDone: { path: '/troubleshoot/done', href: () => '/troubleshoot/done' },
  smtp: {
    path: '/smtp',
    href: (query?: string) => (query ? `/smtp?q=${encodeURIComponent(query)}` : '/smtp'),
  },
  smtpCodes: { path: '/smtp/codes', href: () => '/smtp/codes' },
  smtpCode: { path: '/smtp/codes/:code', href: (code: string) => `/smtp/codes/${encodeURIComponent(code)}` },
  search: { path: '/search', href: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search') },
} as const;

/** The router's basename: Vite's BASE_URL without its trailing slash ("/help/" → "/help", "/" → ""). */
export function basename(): string {
  return import.meta.env.BASE_URL.replace(/\/+$/, '');
}

/** Absolute URL of an in-app path, for "copy link" buttons and summaries. */
export function absoluteUrl(path: string): string {
  return `${window.location.origin}${basename()}${path}`;
}
