// Spam-filter verdicts: Microsoft (X-Forefront-Antispam-Report, X-Microsoft-Antispam,
// X-MS-Exchange-Organization-SCL, X-Microsoft-Antispam-Mailbox-Delivery), SpamAssassin (X-Spam-Status,
// -Score, -Flag, -Level, -Report), Rspamd (X-Spamd-Result, X-Rspamd-Action, X-Spam-Action, X-Spam) and a
// spam tag in the Subject. Each value gets a code (see features/headers for the words).

import { fieldsNamed } from './fields';
import type { HeaderField } from './fields';
import type { SpamItem, SpamLevel, SpamSummary, SpamVerdict } from './types';

const MAX_SPAM_CHARS = 8192;

/** Microsoft's documented values (learn.microsoft.com, "Anti-spam message headers"). */
const SFV: Record<string, SpamLevel> = { BLK: 'bad', NSPM: 'good', SFE: 'good', SKA: 'good', SKB: 'bad', SKI: 'neutral', SKN: 'good', SKQ: 'neutral', SKS: 'bad', SPM: 'bad' };
const CAT: Record<string, SpamLevel> = {
  NONE: 'good', BULK: 'warn', DIMP: 'bad', GIMP: 'bad', HPHSH: 'bad', HPHISH: 'bad', HSPM: 'bad', MALW: 'bad', PHSH: 'bad', SPM: 'bad', SPOOF: 'bad', UIMP: 'bad',
  AMP: 'bad', SAP: 'bad', FTBP: 'bad', INTOS: 'bad', OSPM: 'bad',
};

function sclLevel(scl: number): { code: string; level: SpamLevel } {
  if (scl === -1) return { code: 'scl.skipped', level: 'good' };
  if (scl <= 1) return { code: 'scl.not-spam', level: 'good' };
  if (scl <= 4) return { code: 'scl.low', level: 'neutral' };
  if (scl <= 6) return { code: 'scl.spam', level: 'bad' };
  return { code: 'scl.high', level: 'bad' };
}

function bclLevel(bcl: number): { code: string; level: SpamLevel } {
  if (bcl === 0) return { code: 'bcl.none', level: 'good' };
  if (bcl <= 3) return { code: 'bcl.few-complaints', level: 'neutral' };
  if (bcl <= 7) return { code: 'bcl.mixed', level: 'warn' };
  return { code: 'bcl.many-complaints', level: 'bad' };
}

function pairs(value: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of value.slice(0, MAX_SPAM_CHARS).split(';')) {
    const c = part.indexOf(':');
    if (c > 0) out.push([part.slice(0, c).trim().toUpperCase(), part.slice(c + 1).trim()]);
  }
  return out;
}

function num(text: string | undefined): number | null {
  if (text === undefined) return null;
  const m = /^[+-]?\d+(?:\.\d+)?$/.exec(text.trim());
  return m ? Number(m[0]) : null;
}

/** SpamAssassin/Rspamd rule names → a category the UI explains. */
export function ruleCategory(name: string): string {
  const n = name.toUpperCase();
  if (n.startsWith('BAYES_')) return 'bayes';
  if (/^(RCVD_IN_DNSWL|RCVD_IN_VALIDITY|RCVD_IN_MSPIKE_H|DKIMWL|RWL_|DNSWL_|DWL_)/.test(n)) return 'allowlist';
  if (/^(RCVD_IN_|URIBL_|URI_|RBL_|SURBL|DBL_|MSBL|SEM_|SPAMHAUS|BLOCKLIST|RSPAMD_URIBL|DNSBL)/.test(n)) return 'blocklist';
  if (/^(SPF_|R_SPF_)/.test(n)) return 'spf';
  if (/^(DKIM_|R_DKIM_)/.test(n)) return 'dkim';
  if (/^(DMARC_|ARC_)/.test(n)) return 'dmarc';
  if (/^(RDNS_|HELO_|FSL_HELO|RCVD_NO_TLS|KHOP_|DYN_)/.test(n)) return 'sending-server';
  if (/^(FORGED_|FAKE_|SPOOF|FROM_NEQ|FROM_EXCESS|FREEMAIL_FORGED|MISSING_|INVALID_|HEADER_|MSGID_|DATE_IN_)/.test(n)) return 'header-forgery';
  if (/^(HTML_|MIME_HTML|MPART_|T_REMOTE_IMAGE|HTML_IMAGE|R_PARTS|CTE_|MIME_)/.test(n)) return 'html';
  if (/^(FREEMAIL_)/.test(n)) return 'freemail';
  if (/^(PHISH|SUSPICIOUS_URL|ABUSE_SURBL|PH_)/.test(n)) return 'phish';
  if (/^(SUBJ_|SUBJECT_)/.test(n)) return 'subject';
  if (/^(ALL_TRUSTED|USER_IN_|WHITELIST|WELCOMELIST|TXREP)/.test(n)) return 'allowlist';
  return 'other';
}

function readSpamAssassinStatus(value: string): { flag: boolean | null; score: number | null; required: number | null; tests: string[] } {
  const v = value.slice(0, MAX_SPAM_CHARS);
  const flag = /^\s*yes\b/i.test(v) ? true : /^\s*no\b/i.test(v) ? false : null;
  const score = /\b(?:score|hits)=(-?\d+(?:\.\d+)?)/i.exec(v);
  const required = /\brequired=(-?\d+(?:\.\d+)?)/i.exec(v);
  const tests: string[] = [];
  const t = /\btests=/i.exec(v);
  if (t) {
    const rest = v.slice(t.index + t[0].length);
    // amavis: tests=[NAME=score, NAME=score]
    const bracket = rest.startsWith('[') ? rest.slice(1, Math.max(1, rest.indexOf(']'))) : null;
    if (bracket !== null) {
      for (const w of bracket.split(/[\s,]+/)) {
        const name = w.split('=')[0] ?? '';
        if (/^[A-Za-z0-9_]+$/.test(name)) tests.push(name);
      }
      return { flag, score: score ? Number(score[1]) : null, required: required ? Number(required[1]) : null, tests };
    }
    const after = rest.split(/[\s,]+/);
    for (const w of after) {
      if (w === '') continue;
      if (w.includes('=')) break; // autolearn=, version=, …
      if (/^[A-Za-z0-9_]+$/.test(w)) tests.push(w);
    }
  }
  return { flag, score: score ? Number(score[1]) : null, required: required ? Number(required[1]) : null, tests };
}

function first(fields: readonly HeaderField[], name: string): string | undefined {
  return fieldsNamed(fields, name)[0]?.value;
}

export function readSpam(fields: readonly HeaderField[], subject: string | null): SpamSummary {
  const items: SpamItem[] = [];
  const add = (header: string, field: string, value: string, code: string, level: SpamLevel) => items.push({ header, field, value, code, level });
  let scl: number | null = null;
  let bcl: number | null = null;
  let sfv: string | null = null;
  let cat: string | null = null;
  let score: number | null = null;
  let required: number | null = null;
  let flag: boolean | null = null;
  let junkFolder = false;
  const tests = new Set<string>();

  const forefront = first(fields, 'X-Forefront-Antispam-Report');
  if (forefront !== undefined) {
    const h = 'X-Forefront-Antispam-Report';
    for (const [key, value] of pairs(forefront)) {
      const upper = value.toUpperCase();
      if (key === 'SCL' && num(value) !== null) {
        scl = num(value);
        const l = sclLevel(scl ?? 0);
        add(h, key, value, l.code, l.level);
      } else if (key === 'SFV' && value !== '') {
        sfv = upper;
        add(h, key, value, `sfv.${upper in SFV ? upper : 'other'}`, SFV[upper] ?? 'neutral');
      } else if (key === 'CAT' && value !== '') {
        cat = upper;
        add(h, key, value, `cat.${upper in CAT ? upper : 'other'}`, CAT[upper] ?? 'neutral');
      } else if (key === 'IPV' && value !== '') add(h, key, value, upper === 'CAL' ? 'ipv.CAL' : upper === 'NLI' ? 'ipv.NLI' : 'ipv.other', upper === 'CAL' ? 'good' : 'neutral');
      else if (key === 'SFTY' && value !== '') add(h, key, value, value === '9.19' ? 'sfty.domain-impersonation' : value === '9.20' ? 'sfty.user-impersonation' : 'sfty.other', 'warn');
      else if (key === 'SRV' && upper === 'BULK') add(h, key, value, 'srv.BULK', 'warn');
      else if (key === 'CIP' && value !== '') add(h, key, value, 'cip', 'neutral');
      else if (key === 'CTRY' && value !== '') add(h, key, value, 'ctry', 'neutral');
      else if (key === 'LANG' && value !== '') add(h, key, value, 'lang', 'neutral');
      else if (key === 'PTR' && value !== '') add(h, key, value, 'ptr', 'neutral');
      else if (key === 'H' && value !== '') add(h, key, value, 'helo', 'neutral');
      else if (key === 'DIR' && value !== '') add(h, key, value, `dir.${['INB', 'OUT', 'INT'].includes(upper) ? upper : 'other'}`, 'neutral');
    }
  }
  const msAntispam = first(fields, 'X-Microsoft-Antispam');
  if (msAntispam !== undefined) {
    for (const [key, value] of pairs(msAntispam)) {
      if (key === 'BCL' && num(value) !== null) {
        bcl = num(value);
        const l = bclLevel(bcl ?? 0);
        add('X-Microsoft-Antispam', key, value, l.code, l.level);
      }
    }
  }
  const orgScl = first(fields, 'X-MS-Exchange-Organization-SCL');
  if (orgScl !== undefined && num(orgScl) !== null) {
    const v = num(orgScl) ?? 0;
    scl ??= v;
    const l = sclLevel(v);
    add('X-MS-Exchange-Organization-SCL', 'SCL', orgScl.trim(), l.code, l.level);
  }
  const delivery = first(fields, 'X-Microsoft-Antispam-Mailbox-Delivery');
  if (delivery !== undefined) {
    for (const [key, value] of pairs(delivery)) {
      if (key === 'DEST') {
        const upper = value.toUpperCase();
        junkFolder = upper === 'J';
        add('X-Microsoft-Antispam-Mailbox-Delivery', 'dest', value, upper === 'J' ? 'dest.J' : upper === 'I' ? 'dest.I' : 'dest.other', upper === 'J' ? 'bad' : 'neutral');
      }
    }
  }

  const status = first(fields, 'X-Spam-Status');
  if (status !== undefined) {
    const s = readSpamAssassinStatus(status);
    flag = s.flag;
    score = s.score;
    required = s.required;
    for (const t of s.tests) tests.add(t);
    if (s.flag !== null) add('X-Spam-Status', 'flag', s.flag ? 'Yes' : 'No', s.flag ? 'sa.spam' : 'sa.not-spam', s.flag ? 'bad' : 'good');
    if (s.score !== null) {
      const over = s.required !== null && s.score >= s.required;
      add('X-Spam-Status', 'score', `${s.score}${s.required !== null ? ` / ${s.required}` : ''}`, over ? 'sa.score-over' : 'sa.score-under', over ? 'bad' : 'good');
    }
  }
  const scoreField = first(fields, 'X-Spam-Score');
  if (scoreField !== undefined) {
    const m = /^\s*(-?\d+(?:\.\d+)?)/.exec(scoreField);
    if (m) {
      score ??= Number(m[1]);
      add('X-Spam-Score', 'score', m[1] ?? '', 'sa.score', 'neutral');
    }
  }
  const level = first(fields, 'X-Spam-Level');
  if (level !== undefined) {
    const stars = /^\s*(\*+)/.exec(level)?.[1]?.length ?? 0;
    add('X-Spam-Level', 'level', String(stars), 'sa.level', stars >= 5 ? 'warn' : 'neutral');
  }
  for (const name of ['X-Spam-Flag', 'X-Spam']) {
    const v = first(fields, name);
    if (v === undefined) continue;
    const yes = /^\s*(yes|true)\b/i.test(v);
    const no = /^\s*(no|false)\b/i.test(v);
    if (!yes && !no) continue;
    flag ??= yes;
    add(name, 'flag', v.trim().split(/\s/)[0] ?? '', yes ? 'sa.spam' : 'sa.not-spam', yes ? 'bad' : 'good');
  }
  const rspamd = first(fields, 'X-Spamd-Result');
  if (rspamd !== undefined) {
    const m = /^\s*default:\s*(true|false)\s*\[\s*(-?\d+(?:\.\d+)?)\s*\/\s*(-?\d+(?:\.\d+)?)\s*\]/i.exec(rspamd);
    if (m) {
      const isSpam = (m[1] ?? '').toLowerCase() === 'true';
      flag ??= isSpam;
      score ??= Number(m[2]);
      required ??= Number(m[3]);
      add('X-Spamd-Result', 'score', `${m[2]} / ${m[3]}`, isSpam ? 'rspamd.spam' : 'rspamd.not-spam', isSpam ? 'bad' : 'good');
    }
    for (const sym of rspamd.slice(0, MAX_SPAM_CHARS).matchAll(/([A-Z][A-Z0-9_]{2,60})\(\s*-?\d/g)) if (sym[1]) tests.add(sym[1]);
  }
  for (const name of ['X-Rspamd-Action', 'X-Spam-Action']) {
    const v = first(fields, name);
    if (v === undefined) continue;
    const action = v.trim().toLowerCase();
    const known = ['no action', 'greylist', 'add header', 'rewrite subject', 'soft reject', 'reject'];
    add(name, 'action', v.trim(), `rspamd.action.${known.includes(action) ? action.replace(/\s+/g, '-') : 'other'}`, action === 'no action' ? 'good' : action === 'greylist' ? 'warn' : 'bad');
  }
  let subjectTag = false;
  if (subject !== null && /^\s*(?:\[(?:spam|meiwaku|suspected spam|迷惑メール)\]|\*{3}\s*spam\s*\*{3}|\{spam\??\})/i.test(subject)) {
    subjectTag = true;
    add('Subject', 'tag', subject.trim().slice(0, 40), 'subject.spam-tag', 'bad');
  }

  const testList = [...tests].slice(0, 200).map((name) => ({ name, category: ruleCategory(name) }));
  return { verdict: verdictOf(), scl, bcl, sfv, cat, score, required, tests: testList, items };

  function verdictOf(): SpamVerdict {
    if (cat === 'MALW' || cat === 'AMP') return 'malware';
    if (cat !== null && ['PHSH', 'HPHSH', 'HPHISH', 'SPOOF', 'DIMP', 'UIMP', 'GIMP'].includes(cat)) return 'phish';
    if (sfv === 'BLK') return 'blocked-sender';
    if (cat === 'HSPM' || (scl !== null && scl >= 7)) return 'high-confidence-spam';
    if (sfv === 'SPM' || sfv === 'SKS' || sfv === 'SKB' || cat === 'SPM' || (scl !== null && scl >= 5) || flag === true || subjectTag || junkFolder) return 'spam';
    if (cat === 'BULK') return 'bulk';
    if (sfv === 'SFE' || sfv === 'SKA' || scl === -1) return 'allowed';
    if (items.length === 0) return 'unknown';
    return 'clean';
  }
}
