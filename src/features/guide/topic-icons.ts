// The guide topics' icons (components/icon.tsx draws them): an SVG path each on the 24 px grid, and the
// topic each belongs to, by slug. Only the pages that list topics as cards (home, /guide) load this module.

const doc = 'M14 3H6v18h12V7zM14 3v4h4M9 12h6M9 16h6';
const userCheck = 'M5 8a4 4 0 1 0 8 0a4 4 0 1 0 -8 0zM2 21c0-3.9 3.1-7 7-7s7 3.1 7 7M16 11l2 2 4-4';
const shield = 'M12 3l8 3v6c0 5-3.4 8-8 9-4.6-1-8-4-8-9V6zM9 12l2 2 4-4';
const inbox = 'M3 13h5l2 3h4l2-3h5M5.5 5h13L21 13v6H3v-6z';
const reply = 'M9 14L4 9l5-5M4 9h10a6 6 0 010 12h-3';
const lock = 'M7 11h10a2 2 0 0 1 2 2v6a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2v-6a2 2 0 0 1 2 -2zM8 11V7a4 4 0 018 0v4';
const clock = 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0zM12 7v5l3 2';
const chart = 'M3 21h18M6 21v-7M11 21V5M16 21v-11M21 21V9';
const hash = 'M9 3L7 21M17 3l-2 18M4 9h17M3 15h17';
const contacts = 'M6 3h12a2 2 0 0 1 2 2v14a2 2 0 0 1 -2 2h-12a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2zM9.5 10a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0zM8 17a4 4 0 018 0';
const key = 'M4 15a4 4 0 1 0 8 0a4 4 0 1 0 -8 0zM11 12l9-9M16 7l3 3M14 9l2 2';
const phone = 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1 -2 2h-8a2 2 0 0 1 -2 -2v-16a2 2 0 0 1 2 -2zM11 18h2';
const folderAlert = 'M3 6a1 1 0 011-1h5l2 2h9a1 1 0 011 1v10a1 1 0 01-1 1H4a1 1 0 01-1-1zM12 10v3M12 16h.01';
const forward = 'M15 4l5 5-5 5M20 9H10a6 6 0 000 12h3';
const form = 'M5 4h14a2 2 0 0 1 2 2v12a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-12a2 2 0 0 1 2 -2zM7 9h10M7 13h10M7 17h5';
const searchList = 'M4 6h12M4 10h6M4 14h4M11 15a4 4 0 1 0 8 0a4 4 0 1 0 -8 0zM18 18l3 3';
const people = 'M6 8a3 3 0 1 0 6 0a3 3 0 1 0 -6 0zM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 5a3 3 0 010 6M18 14.5c1.8.7 3 2.6 3 5.5';

/** The icon of each guide topic, by slug. */
const TOPIC_ICONS: Readonly<Record<string, string>> = {
  'recipient-checks': userCheck,
  'firewall': shield,
  'pop-imap': inbox,
  'bounces': reply,
  'quarantine': lock,
  'timing': clock,
  'sending-frequency': chart,
  'error-codes': hash,
  'safe-senders': contacts,
  'authentication': key,
  'mobile-carriers': phone,
  'spam-folder': folderAlert,
  'forwarding': forward,
  'web-forms': form,
  'reading-headers': searchList,
  'for-recipients': people,
};

/** A topic's icon; a topic without one (a page an operator added) gets a generic page. */
export function topicIcon(slug: string): string {
  return Object.hasOwn(TOPIC_ICONS, slug) ? (TOPIC_ICONS[slug] as string) : doc;
}
