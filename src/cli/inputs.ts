/** Reading the command line's inputs: files (.html, .html.gz, .txt) or JSON lines on stdin. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import { basename } from 'node:path';
import { decodeHtmlBytes } from './decode-html.ts';

export class InputError extends Error {}

/**
 * Reads an HTML file, gzipped or not, decoded as a browser would (decode-html.ts); rejects anything
 * that is not text that looks like HTML.
 */
export async function readHtmlFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError(`${path}: not valid gzip`);
    }
  }
  const text = decodeHtmlBytes(bytes);
  if (text.includes('\u0000') || !/<[a-z!][^>]*>/i.test(text.slice(0, 200_000))) {
    throw new InputError(`${path}: not HTML`);
  }
  return text;
}

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** A page URL for a file: `--url` when given, otherwise a file URL so relative links resolve. */
export function urlForFile(path: string, explicit?: string): string {
  return explicit ?? `file:///${encodeURIComponent(basename(path))}`;
}

export interface StdinRecord {
  id: string;
  [key: string]: unknown;
}

/** JSON lines from stdin; a malformed line is reported and skipped, not fatal. */
export async function* readJsonLines(onBadLine: (lineNumber: number, message: string) => void): AsyncGenerator<StdinRecord> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    try {
      const record: unknown = JSON.parse(line);
      if (!record || typeof record !== 'object' || !('id' in record)) throw new Error('expected an object with "id"');
      yield { ...(record as object), id: String((record as { id: unknown }).id) } as StdinRecord;
    } catch (error) {
      onBadLine(lineNumber, (error as Error).message);
    }
  }
}

export function writeJsonLine(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}
