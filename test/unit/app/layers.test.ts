// The layer rule of docs/architecture.md is enforced by `npm run lint` (import-x/no-restricted-paths zones in
// eslint.config.js). These probes lint one-line modules placed in each layer, through the project's own ESLint
// configuration, and prove a crossing import fails — relative, `@/` and dynamic alike — and an allowed one passes.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The layer-rule messages for a probe module at `file` (relative to the repository) with `code`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('npm run lint enforces the layers', () => {
  test('imports that cross a layer fail', { timeout: 120_000 }, async () => {
    const crossing: [string, string][] = [
      ['src/engine/probe.ts', "import '@/features/guide/guide-page';"],
      ['src/engine/tree/probe.ts', "import '../../content/check';"],
      ['src/engine/probe.ts', "void import('../app/app-routes');"],
      ['src/content/probe.ts', "import '../components/not-found';"],
      ['src/content/schemas/probe.ts', "import '../queries';"],
      ['src/components/probe.ts', "import '@/app/root-layout';"],
      ['src/components/probe.ts', "import '../features/smtp/class-labels';"],
      ['src/features/guide/probe.ts', "import '../smtp/class-labels';"],
      ['src/features/smtp/probe.ts', "import '@/features/troubleshoot/troubleshoot-routes';"],
      ['src/routes.ts', "import './content/queries';"],
      ['scripts/probe.ts', "import '../src/features/smtp/class-labels';"],
    ];
    const passed: string[] = [];
    for (const [file, code] of crossing) {
      const errors = await layerErrors(file, code);
      if (errors.length === 0) passed.push(`${file}: ${code}`);
    }
    expect(passed).toEqual([]);
  });

  test('a Japanese UI sentence in the engine fails; the tables of phrases the analyser matches are data', { timeout: 120_000 }, async () => {
    const [probe] = await eslint.lintText("export const title = (code: string) => `コード ${code} の説明`;\nexport const label = '送信者';\n", {
      filePath: join(ROOT, 'src/engine/probe.ts'),
    });
    // Both lines, the template and the plain string, are reported.
    expect([...new Set((probe?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line))]).toEqual([1, 2]);
    const [data] = await eslint.lintText("export const phrases = ['受信拒否'];\n", { filePath: join(ROOT, 'src/engine/smtp/keywords.ts') });
    expect((data?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
  });

  test('imports a layer may make pass', { timeout: 120_000 }, async () => {
    const allowed: [string, string][] = [
      ['src/engine/probe.ts', "import '@/content/schemas/tree';\nimport '@/routes';"],
      ['src/content/probe.ts', "import '../engine/link-repair';"],
      ['src/components/probe.ts', "import '@/content/queries';"],
      ['src/features/guide/probe.ts', "import '@/components/not-found';"],
      ['scripts/probe.ts', "import '../src/content/check';\nimport '../src/engine/smtp/analyse';"],
    ];
    const failed: string[] = [];
    for (const [file, code] of allowed) {
      const errors = await layerErrors(file, code);
      if (errors.length > 0) failed.push(`${file}: ${errors.join('; ')}`);
    }
    expect(failed).toEqual([]);
  });
});
