/**
 * Loading the two extraction data sets (article-extraction-benchmark and readability-test-pages)
 * and timing one extractor against plain Readability on the same parsed document.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';

export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** Pages of a folder laid out like the article-extraction benchmark (ids.txt, html/, ground-truth.json). */
export function loadBenchmark(dir: string): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const idsFile = join(dir, 'ids.txt');
  const ids = existsSync(idsFile)
    ? readFileSync(idsFile, 'utf8').split(/\s+/).filter(Boolean)
    : Object.keys(truth).sort();
  return ids.map((id) => ({
    id,
    url: truth[id]?.url ?? 'about:blank',
    truth: truth[id]?.articleBody ?? '',
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

/** Published predictions in DIR/output/*.json.gz, in either format the README describes. */
export function loadPublished(dir: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const folder = join(dir, 'output');
  if (!existsSync(folder)) return out;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json.gz')).sort()) {
    const raw = JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString('utf8')) as Record<string, unknown>;
    const records = (raw['output'] && typeof raw['output'] === 'object' ? raw['output'] : raw) as Record<string, unknown>;
    const texts: Record<string, string> = {};
    for (const [id, value] of Object.entries(records)) {
      const body = value && typeof value === 'object' ? (value as { articleBody?: unknown }).articleBody : undefined;
      if (typeof body === 'string') texts[id] = body;
    }
    out.set(file.replace(/\.json\.gz$/, ''), texts);
  }
  return out;
}

export interface TestPage {
  slug: string;
  source: string;
  expectedHtml: string;
  metadata: Record<string, unknown>;
}

/** Cases of a folder laid out like Readability's test pages (slug/source.html, expected*.). */
export function loadTestPages(dir: string): TestPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map((slug) => ({
      slug,
      source: readFileSync(join(dir, slug, 'source.html'), 'utf8'),
      expectedHtml: existsSync(join(dir, slug, 'expected.html')) ? readFileSync(join(dir, slug, 'expected.html'), 'utf8') : '',
      metadata: existsSync(join(dir, slug, 'expected-metadata.json'))
        ? (JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>)
        : {},
    }));
}

/** Times `fn` once; returns its result and milliseconds. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/**
 * Closes a page's jsdom window and lets the event loop turn. jsdom queues each document's load
 * events as promise jobs; a loop that never yields keeps every page it parsed alive until it ends
 * (633 pages needed a 14 GB heap), and every garbage collection late in a long run then marks
 * gigabytes, billed to whichever extractor is running. A content script's heap holds one page.
 */
export async function releasePage(doc: Document): Promise<void> {
  doc.defaultView?.close();
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Times two extractors on the same page, alternating which runs first from page to page so
 * neither side always runs on a warm cache.
 */
export function timedInTurn<A, B>(index: number, ours: () => A, theirs: () => B): [{ value: A; ms: number }, { value: B; ms: number }] {
  if (index % 2 === 0) {
    const a = timed(ours);
    return [a, timed(theirs)];
  }
  const b = timed(theirs);
  return [timed(ours), b];
}

/** Plain Readability 0.6 as the published baseline ran it: on a clone, default options. */
export function plainReadability(doc: Document): ReturnType<Readability['parse']> {
  return new Readability(doc.cloneNode(true) as Document).parse();
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function fixed(value: number, digits = 3): string {
  return value.toFixed(digits);
}
