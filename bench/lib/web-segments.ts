/**
 * The web-segments data set (data/web-segments/README.md): real pages from the open web with
 * `with` segments (main text to keep) and `without` segments (boilerplate to drop), scored the way
 * trafilatura's evaluation scores them. Shared by `bench:web` (extraction) and its `--declutter`
 * mode (visible text of the live page), so both count segments by the same rule.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

export const DEFAULT_WEB_SEGMENTS_DIR = '../shared/data/web-segments';

export interface WebPage {
  id: string;
  url: string;
  html: string;
  with: string[];
  without: string[];
}

/** Pages of a folder laid out like web-segments (pages.jsonl.gz, labels.json), in file order. */
export function loadWebSegments(dir: string): WebPage[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, { url?: string; with?: string[]; without?: string[] }>;
  const lines = gunzipSync(readFileSync(join(dir, 'pages.jsonl.gz'))).toString('utf8').split('\n');
  const pages: WebPage[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; url?: string; html: string };
    const label = labels[record.id] ?? {};
    pages.push({
      id: String(record.id),
      url: record.url ?? label.url ?? 'about:blank',
      html: record.html,
      with: label.with ?? [],
      without: label.without ?? [],
    });
  }
  return pages;
}

/** A URL a browser or jsdom can use as the page's address: the corpus keeps some as `hard::name`. */
export function pageAddress(page: Pick<WebPage, 'id' | 'url'>): string {
  return /^https?:\/\//i.test(page.url) ? page.url : `https://example.test/page-${encodeURIComponent(page.id)}.html`;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface SegmentCounts {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
}

export interface PageSegments extends SegmentCounts {
  /** `with` segments missing from the output. */
  lost: string[];
  /** `without` segments present in the output. */
  kept: string[];
}

/** One page: which segments the output holds, after collapsing whitespace on both sides. */
export function scoreSegments(page: Pick<WebPage, 'with' | 'without'>, output: string): PageSegments {
  const text = collapseWhitespace(output);
  const lost: string[] = [];
  const kept: string[] = [];
  let truePositives = 0;
  let trueNegatives = 0;
  for (const segment of page.with) {
    if (text.includes(collapseWhitespace(segment))) truePositives++;
    else lost.push(segment);
  }
  for (const segment of page.without) {
    if (text.includes(collapseWhitespace(segment))) kept.push(segment);
    else trueNegatives++;
  }
  return { truePositives, falseNegatives: lost.length, falsePositives: kept.length, trueNegatives, lost, kept };
}

export interface SegmentScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** Precision, recall, F1 and accuracy over all segments of all pages (micro-averaged). */
export function scoreAll(pages: SegmentCounts[]): SegmentScore {
  const sum = (key: keyof SegmentCounts): number => pages.reduce((total, page) => total + page[key], 0);
  const tp = sum('truePositives');
  const fn = sum('falseNegatives');
  const fp = sum('falsePositives');
  const tn = sum('trueNegatives');
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const all = tp + fn + fp + tn;
  return { precision, recall, f1, accuracy: all > 0 ? (tp + tn) / all : 0 };
}
