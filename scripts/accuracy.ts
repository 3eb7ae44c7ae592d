/**
 * Accuracy of the bounce analyser on the labelled development corpus (test/fixtures/corpus/):
 * status (exact, records whose message states one) / class / reason / recipient, per source and per
 * expected reason.
 *
 *   npm run accuracy [-- --misses] [-- --db FILE]
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { smtpDb } from '../src/content/schemas/smtp-db';
import { TALLY_HEADER, measure, table, tallyRow } from './lib/corpus-accuracy';

const CORPUS = fileURLToPath(new URL('../test/fixtures/corpus/', import.meta.url));
const DEFAULT_DB = fileURLToPath(new URL('../public/data/smtp-codes.json', import.meta.url));

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const k = argv.indexOf('--db');
  const db = smtpDb.parse(JSON.parse(await readFile(k >= 0 ? (argv[k + 1] ?? DEFAULT_DB) : DEFAULT_DB, 'utf8')));
  const report = await measure(CORPUS, db);
  console.log(`${report.files} files, ${report.total.records} labelled records, ${report.extra} extra results\n`);
  console.log(table([TALLY_HEADER, tallyRow('all', report.total), ...[...report.bySource].map(([s, t]) => tallyRow(s, t))]));
  console.log('\nper expected reason:');
  const reasons = [...report.byReason].sort((a, b) => b[1].records - a[1].records);
  console.log(table([TALLY_HEADER, ...reasons.map(([r, t]) => tallyRow(r, t))]));
  if (argv.includes('--misses')) {
    console.log('\nmisses (expected → got):');
    for (const m of report.misses) {
      const e = m.expected;
      const g = m.got;
      console.log(`${m.file}: ${e.status ?? '-'} ${e.class} ${e.reason} ${e.recipient ?? '-'} → ${g ? `${g.status ?? '-'} ${g.class} ${g.reason} ${g.recipient ?? '-'}` : 'nothing'}`);
    }
  }
}

await main();
