// The routes every quality check visits: the accessibility and layout e2e tests and the budget script.
// One array per purpose, so a new page type (troubleshooter, SMTP lookup, …) is a one-line addition here.
import { encodeShared, shareableHeaders } from '../../src/engine/headers/share';
import { HEADERS_EXAMPLES } from '../../src/content/text/headers-examples';

// A route that does not exist yet is simply not listed: `shows` makes each check fail loudly when a
// listed route renders something else (for example the not-found page), so nothing is skipped silently.

export interface AuditRoute {
  /** Short name used in test titles and failure messages. */
  name: string;
  /** Path relative to the site's base, with query and hash if the route needs them. */
  path: string;
  /** CSS selector that is visible only once this route has rendered what it is listed for. */
  shows: string;
}

/** One URL per route type, for axe (light and dark) and the layout checks. */
export const AUDIT_ROUTES: readonly AuditRoute[] = [
  { name: 'home', path: '/', shows: '.home h1' },
  { name: 'guide index', path: '/guide', shows: '.guide-index .topic-cards' },
  { name: 'guide page with a checklist', path: '/guide/recipient-checks', shows: '.checklist input[type=checkbox]' },
  { name: 'guide page with callouts', path: '/guide/pop-imap', shows: '.callout--correction' },
  // The send-to-recipient box: its mail link appears once the page is live.
  { name: 'guide page with the send-to-recipient box', path: '/guide/for-recipients', shows: '.share .share__mail' },
  { name: 'changelog', path: '/changelog', shows: '.guide-page h1' },
  // A mistyped link, so the page's suggestions are audited too.
  { name: 'not-found page', path: '/guide/firewal', shows: '.not-found section a' },
  { name: 'troubleshooter first step', path: '/troubleshoot', shows: '.ts-step .ts-answers a' },
  { name: 'troubleshooter deep step', path: '/troubleshoot/bounce-reason?path=bounced.5xx', shows: '.ts-step .ts-answers a' },
  { name: 'troubleshooter outcome', path: '/troubleshoot/expired?path=bounced.4xx.gave-up', shows: '.ts-step .ts-confirm' },
  {
    name: 'troubleshooter escalation',
    path: '/troubleshoot/contact-support?path=bounced.5xx.domain-not-found.not-solved.not-solved',
    shows: '.ts-step .ts-summary',
  },
  { name: 'troubleshooter map', path: '/troubleshoot/map', shows: '.ts-map' },
  { name: 'SMTP lookup with a result', path: '/smtp?q=550%205.1.1', shows: '.smtp-lookup .smtp-result' },
  { name: 'SMTP code list', path: '/smtp/codes', shows: '.smtp-codes .smtp-code-list' },
  { name: 'SMTP code page', path: '/smtp/codes/5.7.26', shows: '.smtp-code .smtp-registry' },
  { name: 'search results', path: '/search?q=%E8%BF%B7%E6%83%91%E3%83%A1%E3%83%BC%E3%83%AB', shows: '.search-page .search-results mark' },
  { name: 'search with nothing found', path: '/search?q=zzqqxx', shows: '.search-page .search-suggestions a' },
  // A shared header analysis (stand-in host names), so the hop table, cards and conclusion are audited.
  {
    name: 'header analyser with a result',
    path: `/headers#h=${encodeShared(shareableHeaders(HEADERS_EXAMPLES[0]?.text ?? '', false))}`,
    shows: '.headers-results .headers-table',
  },
];

/** The page whose first-visit transfer and JavaScript size are budgeted. */
export const SIZE_ROUTE = '/guide/bounces';

/** Lighthouse runs (mobile preset): the home page, a guide page, the troubleshooter, the lookup, the header analyser and search. */
export const LIGHTHOUSE_ROUTES: readonly string[] = ['/', '/guide/bounces', '/troubleshoot', '/smtp', '/headers', '/search?q=%E8%BF%B7%E6%83%91%E3%83%A1%E3%83%BC%E3%83%AB'];
