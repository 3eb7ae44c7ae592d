/**
 * Reads message headers (a pasted header block or a whole .eml) from the command line: the Received
 * chain oldest first with the delay of each hop, authentication, spam verdicts and the conclusion.
 *
 *   npm run headers -- [--json] FILE...     ("-" reads standard input)
 *
 * With --json: one JSON object per line per file,
 *   {"file", "hops": [{"from", "by", "with", "id", "for", "date", "delaySeconds"}], "totalSeconds",
 *    "auth": {"spf", "dkim", "dmarc", "arc"}, "spam": {…}, "conclusion": [...]}
 * Notices about the input (no Received, binary data, …) go to standard error.
 * Exit status: 0 when every file was read, 2 when a file could not be read or the arguments are wrong;
 * 0 as well when the reader of standard output goes away (`… | head`). Only the start of a file is read
 * (scripts/lib/read-input.ts, a hard cap): the analyser looks at the header block alone, so a 20 MB .eml
 * or an endless device costs at most HEADER_READ_BYTES.
 */
import { exitQuietlyOnClosedPipe, readInput } from './lib/read-input';
import { analyseHeaders } from '../src/engine/headers/analyse';
import { MAX_HEADER_CHARS } from '../src/engine/headers/fields';
import { formatJst, formatUtc } from '../src/engine/headers/dates';
import type { HeaderAnalysis } from '../src/engine/headers/types';
import { decodeInputBytes } from '../src/engine/smtp/input-bytes';
import { authResultText, conclusionText, durationText, noticeText, spamItemText } from '../src/content/text/headers';

const USAGE = '使い方: npm run headers -- [--json] ファイル...（「-」で標準入力を読みます）';

function parseArgs(argv: string[]): { json: boolean; files: string[] } | null {
  const options = { json: false, files: [] as string[] };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--') {
      options.files.push(...argv.slice(k + 1));
      break;
    } else if (arg.startsWith('--')) return null;
    else options.files.push(arg);
  }
  return options.files.length > 0 ? options : null;
}

/** Bytes read from each file: enough for the most header text the analyser reads, even in 4-byte UTF-8. */
const HEADER_READ_BYTES = MAX_HEADER_CHARS * 4;

/** The issue's JSON shape, and nothing else. */
export function jsonRecord(file: string, a: HeaderAnalysis) {
  const { spf, dkim, dmarc, arc } = a.auth;
  return {
    file,
    hops: a.hops.map((h) => ({ from: h.from, by: h.by, with: h.with, id: h.id, for: h.for, date: h.date, delaySeconds: h.delaySeconds })),
    totalSeconds: a.totalSeconds,
    auth: {
      spf: { result: spf.result, domain: spf.domain, aligned: spf.aligned },
      dkim: { result: dkim.result, aligned: dkim.aligned, signatures: dkim.signatures },
      dmarc: { result: dmarc.result, fromDomain: dmarc.fromDomain, policy: dmarc.policy, aligned: dmarc.aligned },
      arc: { result: arc.result, instances: arc.instances },
    },
    spam: {
      verdict: a.spam.verdict,
      scl: a.spam.scl,
      bcl: a.spam.bcl,
      sfv: a.spam.sfv,
      cat: a.spam.cat,
      score: a.spam.score,
      required: a.spam.required,
      tests: a.spam.tests.map((t) => t.name),
    },
    conclusion: a.conclusion.map((c) => ({ code: c.code, severity: c.severity, link: `/guide/${c.link.page}#${c.link.section}`, data: c.data })),
  };
}

function humanText(file: string, a: HeaderAnalysis): string {
  const lines = [`== ${file} ==`];
  for (const n of a.notices) lines.push(`注意: ${noticeText(n)}`);
  if (a.hops.length > 0) {
    lines.push(`経路（古い順、${a.hops.length} 区間）:`);
    for (const h of a.hops) {
      const time = h.time === null ? `日時不明${h.dateText ? `（${h.dateText}）` : ''}` : `${formatJst(h.time)} JST / ${formatUtc(h.time)} UTC`;
      const delay = h.delaySeconds === null ? '' : ` +${durationText(h.delaySeconds)}${h.clockSkew ? '（時計のずれ）' : ''}`;
      const slow = h.index === a.slowestHop ? '  ← いちばん時間がかかった区間' : '';
      lines.push(`  ${h.index}. ${h.from ?? '（不明）'}${h.fromIp && h.fromIp !== h.from ? ` [${h.fromIp}]` : ''} → ${h.by ?? '（不明）'}${h.with ? ` (${h.with})` : ''}  ${time}${delay}${slow}`);
    }
    if (a.totalSeconds !== null) lines.push(`  合計: ${durationText(a.totalSeconds)}`);
  }
  const { spf, dkim, dmarc, arc } = a.auth;
  lines.push(
    `認証: SPF ${authResultText(spf.result)}${spf.domain ? `（${spf.domain}）` : ''} / DKIM ${authResultText(dkim.result)}${dkim.signatures.length > 0 ? `（${dkim.signatures.map((s) => s.domain ?? '?').join(', ')}）` : ''} / DMARC ${authResultText(dmarc.result)}${dmarc.fromDomain ? `（差出人 ${dmarc.fromDomain}）` : ''}${arc.instances > 0 ? ` / ARC ${authResultText(arc.result)}` : ''}`,
  );
  for (const item of a.spam.items) lines.push(`迷惑メール判定: ${item.header} ${item.field}=${item.value} — ${spamItemText(item)}`);
  lines.push('結論:');
  for (const c of a.conclusion) {
    const t = conclusionText(c);
    lines.push(`  ・${t.title}`, `    ${t.body}`, `    詳しく: /guide/${c.link.page}#${c.link.section}`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  const options = parseArgs(process.argv.slice(2));
  if (!options) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const file of options.files) {
    let bytes: Uint8Array;
    try {
      // A longer file is a message with a large body: its headers are in the part read.
      const read = await readInput(file, HEADER_READ_BYTES);
      // Cut at the last line break, so no multi-byte character is split (which would fail UTF-8 decoding).
      const lineEnd = read.kind === 'ok' ? -1 : read.head.lastIndexOf(0x0a);
      bytes = read.kind === 'ok' ? read.bytes : lineEnd === -1 ? read.head : read.head.subarray(0, lineEnd + 1);
    } catch (e) {
      process.stderr.write(`読み込めません: ${file} (${e instanceof Error ? e.message : String(e)})\n`);
      status = 2;
      continue;
    }
    const analysis = analyseHeaders(decodeInputBytes(bytes));
    if (options.json) {
      for (const n of analysis.notices) process.stderr.write(`${file}: ${noticeText(n)}\n`);
      process.stdout.write(`${JSON.stringify(jsonRecord(file, analysis))}\n`);
    } else process.stdout.write(humanText(file, analysis));
  }
  return status;
}

process.exitCode = await main();
