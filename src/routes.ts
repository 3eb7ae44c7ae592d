// THE ROUTE MODULE: every URL of the site is spelled here and nowhere else — each route's pattern, its
// href() builder, the query parameters the pages read, the reserved path segments and the lazily loaded
// areas. The route table (app/app-routes.tsx and the areas' route files), link repair, the content and tree
// checkers, the prerender list (scripts/lib/routes.ts), the build's lazy-area list (scripts/build.ts) and
// the troubleshooter's URL codec (engine/tree/step-url.ts) all derive from it, so changing a URL is a
// one-file edit. Pure TypeScript with no imports: every layer may use it (docs/architecture.md).
//
// Paths are relative to the router's basename (the base path the site is hosted under).

/** Query parameters, by page. */
export const queryParams = {
  /** /smtp?q=<pasted text> and /search?q=<words>. */
  text: 'q',
  /** /troubleshoot/<step>?path=<answer>.<answer>… — the answers that lead to the step. */
  stepPath: 'path',
  /** /troubleshoot/<step>?code=550%205.1.1 — the SMTP code entered at the code step. */
  stepCode: 'code',
} as const;

/** Separates the answers in ?path= ("bounced.5xx"). Answer ids are kebab-case, so it never occurs in one. */
export const ANSWER_SEPARATOR = '.';

const TROUBLESHOOT = '/troubleshoot';
const HEADERS = '/headers';
/** The fragment key of a header analyser share link (/headers#h=…). */
export const SHARE_PARAM = 'h';
const SMTP = '/smtp';

/**
 * Path segments under /troubleshoot that are screens of their own rather than steps: a tree node may not
 * use one as its id (the content check says so), or its step would be shadowed.
 */
export const reservedSteps = {
  /** The "solved" screen: a state, not a node. */
  done: 'done',
  /** The support staff's map of the whole tree. */
  map: 'map',
} as const;
export const RESERVED_STEP_IDS: readonly string[] = Object.values(reservedSteps);

const enc = encodeURIComponent;

/**
 * The longest link the app hands out, in characters of path, query and fragment after percent-encoding
 * (ASCII, so characters are bytes), without the origin and base path. Every link builder that can carry
 * text (a full-text lookup share /smtp?q=, a header share /headers#h=, a troubleshooter route ?path=) keeps
 * under it (`href.length <= MAX_LINK_LENGTH`) and says so to the reader when text had to be left out.
 *
 * Why 6,000: with an origin and a base path of up to about 2,000 characters the whole URL stays under
 * 8,192 bytes, the request-line or URL limit of Apache's and nginx's defaults and of CDNs such as
 * CloudFront, so a shared link opens on any host the site may be deployed to. deploy/nginx.conf accepts
 * request lines of up to 16 KB, more than twice this (README "Deploying").
 */
export const MAX_LINK_LENGTH = 6000;

function withQuery(path: string, params: readonly (readonly [string, string | undefined])[]): string {
  const parts = params.filter((p): p is readonly [string, string] => p[1] !== undefined && p[1] !== '').map(([k, v]) => `${k}=${enc(v)}`);
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}

export interface StepHrefOptions {
  /** The answers leading to the step. Absent: a bare link, and the troubleshooter fills in its ?path=. */
  answers?: readonly string[];
  /** An SMTP code such as "550 5.1.1", already normalised. */
  code?: string;
}

function stepQuery(options: StepHrefOptions): string {
  const answers = options.answers ?? [];
  // ?path= keeps its separators readable: each answer is encoded on its own.
  const params = [
    answers.length > 0 ? `${queryParams.stepPath}=${answers.map(enc).join(ANSWER_SEPARATOR)}` : undefined,
    options.code ? `${queryParams.stepCode}=${enc(options.code)}` : undefined,
  ].filter((p) => p !== undefined);
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/** Every route: `path` is the React Router pattern, `href` builds a link to it. */
export const paths = {
  home: { path: '/', href: () => '/' },
  guide: { path: '/guide', href: () => '/guide' },
  guidePage: {
    path: '/guide/:slug',
    href: (slug: string, section?: string) => `/guide/${enc(slug)}${section ? `#${enc(section)}` : ''}`,
  },
  changelog: { path: '/changelog', href: () => '/changelog' },
  /** The first question (optionally with a code already entered). */
  troubleshoot: { path: TROUBLESHOOT, href: (options: { code?: string } = {}) => `${TROUBLESHOOT}${stepQuery(options)}` },
  troubleshootMap: { path: `${TROUBLESHOOT}/${reservedSteps.map}`, href: () => `${TROUBLESHOOT}/${reservedSteps.map}` },
  troubleshootDone: {
    path: `${TROUBLESHOOT}/${reservedSteps.done}`,
    href: (options: StepHrefOptions = {}) => `${TROUBLESHOOT}/${reservedSteps.done}${stepQuery(options)}`,
  },
  /**
   * A link into the troubleshooter at one step. Without `answers` it is a bare link such as
   * /troubleshoot/bounce-reason?code=550%205.1.1: the troubleshooter fills in the step's answer path (?path=)
   * when it opens, so building one needs no engine.
   */
  troubleshootStep: {
    path: `${TROUBLESHOOT}/:nodeId`,
    href: (nodeId: string, options: StepHrefOptions = {}) => `${TROUBLESHOOT}/${enc(nodeId)}${stepQuery(options)}`,
  },
  smtp: { path: SMTP, href: (text?: string) => withQuery(SMTP, [[queryParams.text, text]]) },
  smtpCodes: { path: `${SMTP}/codes`, href: () => `${SMTP}/codes` },
  smtpCode: { path: `${SMTP}/codes/:code`, href: (code: string) => `${SMTP}/codes/${enc(code)}` },
  /** Site search (issue 11). */
  search: { path: '/search', href: (words?: string) => withQuery('/search', [[queryParams.text, words]]) },
  /**
   * Message header analyser (issue 12). The pasted headers never go into the URL; a share link carries the
   * headers the analysis reads, rebuilt and by default without host names or addresses, in the #fragment
   * (never sent to the server): /headers#h=<base64url>.
   */
  headers: { path: HEADERS, href: (shared?: string) => (shared ? `${HEADERS}#${SHARE_PARAM}=${shared}` : HEADERS) },
} as const;

export type RouteName = keyof typeof paths;

/**
 * Areas whose code loads on demand: the route table mounts each at `<prefix>/*` and lazily imports `entry`;
 * the build links the area's CSS, preloads its code and its `data` file into its prerendered pages.
 */
export const lazyAreas = {
  troubleshoot: {
    prefix: TROUBLESHOOT,
    entry: 'src/features/troubleshoot/troubleshoot-routes.tsx',
    data: 'content/ja/tree.json',
    routes: ['troubleshoot', 'troubleshootMap', 'troubleshootDone', 'troubleshootStep'],
  },
  smtp: {
    prefix: SMTP,
    entry: 'src/features/smtp/smtp-routes.tsx',
    data: 'data/smtp-codes.json',
    routes: ['smtp', 'smtpCodes', 'smtpCode'],
  },
  search: {
    prefix: '/search',
    entry: 'src/features/search/search-lazy.ts',
    // data/search-index.json is fetched by the search worker, which a page's preload would not serve.
    data: null,
    routes: ['search'],
  },
  headers: {
    prefix: HEADERS,
    entry: 'src/features/headers/headers-routes.tsx',
    // Reads no data file: the analyser is all code.
    data: null,
    routes: ['headers'],
  },
} as const satisfies Record<string, { prefix: string; entry: string; data: string | null; routes: readonly RouteName[] }>;

export type LazyArea = (typeof lazyAreas)[keyof typeof lazyAreas];

/**
 * Routes the top-level route table serves with eagerly loaded pages (app/app-routes.tsx maps each to its
 * page). A new page goes here or into a lazy area; the prerender list and the content checker follow.
 */
export const eagerRoutes = ['home', 'guide', 'guidePage', 'changelog'] as const satisfies readonly RouteName[];

/**
 * Top-level pages whose code is split from the entry all the same: the topic lists, which a guide page (where
 * most shared links land) does not need. The route table imports `entry` lazily; the build preloads it into
 * these routes' prerendered pages.
 */
export const splitPages = {
  entry: 'src/features/guide/split-pages.ts',
  routes: ['home', 'guide'],
} as const satisfies { entry: string; routes: readonly (typeof eagerRoutes)[number][] };

/** Every route the route table serves: what is prerendered and what content may link to. */
export const routedNames: readonly RouteName[] = [...eagerRoutes, ...Object.values(lazyAreas).flatMap((area) => area.routes)];

/** The lazy area a path belongs to, if any. */
export function lazyAreaOf(path: string): LazyArea | undefined {
  return Object.values(lazyAreas).find((area) => path === area.prefix || path.startsWith(`${area.prefix}/`));
}

/** The pattern mounting an area in the top-level route table ("/smtp/*"). */
export function areaPattern(area: LazyArea): string {
  return `${area.prefix}/*`;
}

/** A route's pattern relative to its area, for the area's own <Routes> ("/smtp/codes/:code" → "codes/:code"). */
export function areaRelative(area: LazyArea, name: RouteName): string {
  const path = paths[name].path;
  if (path === area.prefix) return '';
  if (!path.startsWith(`${area.prefix}/`)) throw new Error(`route ${name} (${path}) is not under ${area.prefix}`);
  return path.slice(area.prefix.length + 1);
}

/** The troubleshooter's node segment of a path: "" for the start, null when the path is not the troubleshooter's. */
export function troubleshootSegment(pathname: string): string | null {
  if (pathname !== TROUBLESHOOT && !pathname.startsWith(`${TROUBLESHOOT}/`)) return null;
  return pathname.slice(TROUBLESHOOT.length + 1);
}

/** The code of a code page's path ("/smtp/codes/5.1.1" → "5.1.1", still encoded), or null. */
export function smtpCodeSegment(pathname: string): string | null {
  const prefix = `${paths.smtpCodes.path}/`;
  return pathname.toLowerCase().startsWith(prefix) ? pathname.slice(prefix.length) : null;
}

/** The page slug of a guide path ("/guide/bounces" → "bounces"), or null. */
export function guideSlug(pathname: string): string | null {
  const prefix = `${paths.guide.path}/`;
  if (!pathname.startsWith(prefix)) return null;
  const slug = pathname.slice(prefix.length);
  return slug === '' || slug.includes('/') ? null : slug;
}

/** The longest troubleshooter URL a route of `answerChars` characters and a `codeChars`-long code can need. */
export function maxStepUrlLength(longestNodeId: number, answerChars: number, codeChars: number): number {
  return `${TROUBLESHOOT}/?${queryParams.stepPath}=&${queryParams.stepCode}=`.length + longestNodeId + answerChars + codeChars;
}

/**
 * The routed page a path (without query or hash) shows, or null: ":param" matches one non-empty segment
 * and static patterns win over parameterised ones, as in React Router ("/troubleshoot/map" is the map).
 */
export function matchRoute(path: string, names: readonly RouteName[] = routedNames): RouteName | null {
  const segments = path.split('/');
  const ranked = [...names].sort((a, b) => Number(paths[a].path.includes(':')) - Number(paths[b].path.includes(':')));
  for (const name of ranked) {
    const pattern = paths[name].path.split('/');
    if (pattern.length !== segments.length) continue;
    if (pattern.every((p, i) => (p.startsWith(':') ? (segments[i] ?? '') !== '' : p === segments[i]))) return name;
  }
  return null;
}

/** The router's basename: Vite's BASE_URL without its trailing slash ("/help/" → "/help", "/" → ""). */
export function basename(): string {
  return import.meta.env.BASE_URL.replace(/\/+$/, '');
}

/** Absolute URL of an in-app path, for "copy link" buttons and summaries (browser only). */
export function absoluteUrl(path: string): string {
  return `${window.location.origin}${basename()}${path}`;
}
