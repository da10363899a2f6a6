/**
 * Benchmark cases for bench:declutter: the readability test pages (article = text of
 * expected.html) and the article-extraction benchmark (article = ground-truth articleBody).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtml } from '../src/cli/dom.ts';
import { blockText } from '../src/core/extract/block-text.ts';

export interface DeclutterCase {
  set: string;
  name: string;
  /** Directory the static server serves, and the page's path under it. */
  root: string;
  path: string;
  truth: string;
}

export const DEFAULT_DIRS = ['../shared/data/readability-test-pages', '../shared/data/article-extraction-benchmark'];

export function loadCases(dir: string): DeclutterCase[] {
  const root = resolve(dir);
  const set = root.split('/').pop() ?? dir;
  const groundTruth = join(root, 'ground-truth.json');
  if (existsSync(groundTruth)) {
    const truth = JSON.parse(readFileSync(groundTruth, 'utf8')) as Record<string, { articleBody?: string }>;
    return Object.entries(truth)
      .filter(([id]) => existsSync(join(root, 'html', `${id}.html.gz`)))
      .map(([id, entry]) => ({ set, name: id.slice(0, 12), root, path: `/html/${id}.html.gz`, truth: entry.articleBody ?? '' }));
  }
  const cases: DeclutterCase[] = [];
  for (const name of readdirSync(root).sort()) {
    const expected = join(root, name, 'expected.html');
    if (!existsSync(expected) || !existsSync(join(root, name, 'source.html'))) continue;
    const doc = parseHtml(readFileSync(expected, 'utf8'), 'http://127.0.0.1/');
    cases.push({ set, name, root, path: `/${name}/source.html`, truth: blockText(doc.body) });
  }
  if (cases.length === 0) throw new Error(`${dir}: no ground-truth.json and no <page>/expected.html + source.html inside`);
  return cases;
}
