/**
 * The command line's only reading code: the bytes of a file, or of standard input for "-". Kept in one
 * place so input limits and binary detection can be added here once.
 */
import { readFile } from 'node:fs/promises';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

export async function readInput(file: string): Promise<Uint8Array> {
  return file === '-' ? readStdin() : readFile(file);
}
