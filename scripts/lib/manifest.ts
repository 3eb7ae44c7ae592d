import { escapeHtml } from './html';

export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/** Vite's build manifest: source path → emitted chunk. Validated loosely: only the fields used here. */
export function readManifest(raw: string): Map<string, ManifestChunk> {
  const data: unknown = JSON.parse(raw);
  const out = new Map<string, ManifestChunk>();
  if (typeof data !== 'object' || data === null) return out;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'object' || value === null || typeof (value as { file?: unknown }).file !== 'string') continue;
    const chunk = value as { file: string; css?: unknown; imports?: unknown };
    out.set(key, {
      file: chunk.file,
      css: Array.isArray(chunk.css) ? chunk.css.filter((c): c is string => typeof c === 'string') : [],
      imports: Array.isArray(chunk.imports) ? chunk.imports.filter((c): c is string => typeof c === 'string') : [],
    });
  }
  return out;
}

/**
 * <link> tags for lazily loaded entries: their stylesheets and modulepreload for them and their imports
 * (each once), minus what the page's HTML already loads (the main entry, `index.html` in the manifest).
 * The preloads ask for low priority: the page can paint once its HTML and stylesheets are there, and the
 * browser then fetches the stylesheets first and these chunks with the bandwidth left, instead of sharing
 * a phone's slow link between all of them (the area's chunks add 30–45 KB gzip to the entry's 100 KB).
 */
export function chunkTags(manifest: Map<string, ManifestChunk>, entries: string | readonly string[], base: string): string {
  const main = manifest.get('index.html');
  const loaded = new Set([main?.file, ...(main?.css ?? [])]);
  const css = new Set<string>();
  const js = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest.get(key);
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.css?.forEach((c) => css.add(c));
    chunk.imports?.forEach((i) => visit(i));
  };
  for (const entry of typeof entries === 'string' ? [entries] : entries) {
    if (!manifest.has(entry)) throw new Error(`${entry} is not in the build manifest: is the entry in src/routes.ts (lazyAreas, splitPages) still the module the route table imports?`);
    visit(entry);
  }
  const tags = [
    ...[...css].filter((c) => !loaded.has(c)).map((c) => `<link rel="stylesheet" crossorigin href="${escapeHtml(base + c)}">`),
    ...[...js].filter((f) => !loaded.has(f)).map((f) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${escapeHtml(base + f)}">`),
  ];
  return tags.length > 0 ? `  ${tags.join('\n    ')}\n  ` : '';
}
