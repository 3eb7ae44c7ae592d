/**
 * The command line's only reading code: the bytes of a file, or of standard input for "-", read as a
 * stream with a hard cap. At most `maxBytes + 1` bytes are ever read from any source (a regular file, a
 * FIFO, a pipe, a device such as /dev/zero): one byte past the cap is enough to know the input is too
 * large, so an endless source cannot make the command read forever or fill memory.
 */
import { open } from 'node:fs/promises';

/** Size of each read; the buffer grows chunk by chunk, so a small file costs a small buffer. */
const CHUNK = 64 * 1024;

export type InputRead =
  /** The whole input, at most `maxBytes` bytes. */
  | { kind: 'ok'; bytes: Uint8Array }
  /** More than `maxBytes` bytes: reading stopped at `bytesRead` (= maxBytes + 1); `head` is the first maxBytes. */
  | { kind: 'too-large'; bytesRead: number; head: Uint8Array };

/** Collects chunks until the source ends or holds more than `maxBytes`. */
class Collector {
  private chunks: Uint8Array[] = [];
  total = 0;
  constructor(private readonly maxBytes: number) {}

  /** How many more bytes to ask for: up to one past the cap. */
  want(): number {
    return Math.min(CHUNK, this.maxBytes + 1 - this.total);
  }

  /** Adds a chunk (cut at one past the cap); true when the input is known to be too large. */
  add(chunk: Uint8Array): boolean {
    const room = this.maxBytes + 1 - this.total;
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
    this.chunks.push(part);
    this.total += part.length;
    return this.total > this.maxBytes;
  }

  result(): InputRead {
    const all = Buffer.concat(this.chunks, this.total);
    if (this.total > this.maxBytes) return { kind: 'too-large', bytesRead: this.total, head: all.subarray(0, this.maxBytes) };
    return { kind: 'ok', bytes: all };
  }
}

async function readFileCapped(file: string, maxBytes: number): Promise<InputRead> {
  const collector = new Collector(maxBytes);
  // open() also works for FIFOs (it waits for a writer) and devices; a directory fails at the first read.
  const handle = await open(file, 'r');
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(collector.want());
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      if (collector.add(buffer.subarray(0, bytesRead))) break;
    }
  } finally {
    await handle.close();
  }
  return collector.result();
}

async function readStreamCapped(stream: NodeJS.ReadableStream, maxBytes: number): Promise<InputRead> {
  const collector = new Collector(maxBytes);
  // Leaving the loop early destroys the stream: nothing more is read from it.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (collector.add(bytes)) break;
  }
  return collector.result();
}

/**
 * Reads `file` ("-" for standard input, or `stdin` when given) with a hard cap. Throws the system's error
 * when the file cannot be opened or read (missing, a directory, no permission).
 */
export async function readInput(file: string, maxBytes: number, stdin: NodeJS.ReadableStream = process.stdin): Promise<InputRead> {
  return file === '-' ? readStreamCapped(stdin, maxBytes) : readFileCapped(file, maxBytes);
}

/**
 * Output that stops quietly when the reader goes away: `… | head -c 10` closes the pipe, the next write
 * fails with EPIPE, and the command ends with status 0 and no stack trace, as Unix tools do.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
