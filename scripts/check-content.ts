// npm run check:content — validates every content and data file under public/ and prints each problem as
// "file: path.in.json: message". Exit status 1 when there is any problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAllContent, formatProblem } from '../src/content/check';

const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

const read = (file: string): string | null => {
  const full = join(root, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : null;
};
const list = (dir: string): string[] => {
  const full = join(root, dir);
  return existsSync(full) ? readdirSync(full).map((name) => relative(root, join(full, name))) : [];
};

const { problems, summary } = checkAllContent(read, list);
// Paths are printed from the repository root (public/…), as an operator would open them.
const shown = relative(process.cwd(), root) || '.';
for (const problem of problems) console.log(formatProblem({ ...problem, file: join(shown, problem.file) }));
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s) found in ${root}`);
  process.exit(1);
}
console.log(`content OK: ${summary}`);
