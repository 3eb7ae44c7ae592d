import { ContentError } from './content-error';

const MAX_BYTES = 2_000_000;

/** URL of a file under public/, honouring the base path the site was built for (e.g. /help/). */
export function publicUrl(file: string): string {
  return `${import.meta.env.BASE_URL}${file}`;
}

export async function fetchText(file: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(publicUrl(file), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ContentError('network', file, null, 'could not be downloaded (network error)');
  }
  if (!response.ok) {
    throw new ContentError(response.status === 404 ? 'missing' : 'network', file, null, `could not be loaded (HTTP ${response.status})`);
  }
  const body = await response.text();
  // Hosts with an SPA fallback answer a missing file with index.html and status 200.
  const head = body.slice(0, 200).trimStart().toLowerCase();
  if (!file.endsWith('.html') && (head.startsWith('<!doctype html') || head.startsWith('<html'))) {
    throw new ContentError('missing', file, null, 'is missing (the server answered with an HTML page instead)');
  }
  if (body.length > MAX_BYTES) throw new ContentError('invalid', file, null, `is too large (${body.length} characters)`);
  return body;
}

export async function fetchJson(file: string, signal?: AbortSignal): Promise<unknown> {
  return parseJsonText(await fetchText(file, signal), file);
}

/** JSON text of `file` as data, or a ContentError naming the file. */
export function parseJsonText(body: string, file: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ContentError('unparseable', file, null, `is not valid JSON (${detail})`);
  }
}
