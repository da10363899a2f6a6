/** Prints one set's bench:declutter figures: means ours vs untouched, worst pages, median ms. */
import type { PageScore } from './lib/shingle-score.ts';
import type { DeclutterCase } from './declutter-cases.ts';
import type { DeclutterState } from '../src/shared/messages.ts';

export interface CaseResult {
  item: DeclutterCase;
  before: PageScore | null;
  after: PageScore | null;
  state: DeclutterState | null;
  error: string | null;
  /** Visible text after declutter (kept for --json with --only). */
  afterText?: string;
}

const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
/** The value at share `q` (0..1) of the sorted values (lower one between two). */
export const percentile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor((sorted.length - 1) * q)] as number) : 0;
};
export const median = (values: number[]): number => percentile(values, 0.5);
const f = (value: number): string => value.toFixed(3);

export function printSet(dir: string, results: CaseResult[]): void {
  const scored = results.filter((r) => r.before && r.after && r.after.hasTruth) as (CaseResult & { before: PageScore; after: PageScore; state: DeclutterState })[];
  const failed = results.filter((r) => r.error);
  console.log(`\n== ${dir}: ${results.length} pages, ${scored.length} scored, ${failed.length} failed`);
  console.log(`                 untouched   decluttered`);
  console.log(`mean recall      ${f(mean(scored.map((r) => r.before.recall)))}       ${f(mean(scored.map((r) => r.after.recall)))}`);
  console.log(`mean precision   ${f(mean(scored.map((r) => r.before.precision)))}       ${f(mean(scored.map((r) => r.after.precision)))}`);
  const ratio = mean(scored.map((r) => r.after.precision)) / Math.max(1e-9, mean(scored.map((r) => r.before.precision)));
  console.log(`precision ratio  ${ratio.toFixed(2)}x (target ≥ 2x); recall target mean ≥ 0.99, no page < 0.90`);
  console.log(`median declutter ms in page: ${median(scored.map((r) => r.state.ms)).toFixed(1)} (blocks hidden, median: ${median(scored.map((r) => r.state.hiddenCount))})`);
  // The untouched page is the ceiling for recall (hidden-by-CSS text, text the page never shows): what declutter itself lost.
  const lost = scored.filter((r) => r.before.recall - r.after.recall > 0.01);
  console.log(`recall lost by declutter (mean untouched − ours): ${f(mean(scored.map((r) => r.before.recall - r.after.recall)))}; pages losing > 0.01: ${lost.length}${lost.length ? ` (${lost.map((r) => `${r.item.name} ${f(r.before.recall)}→${f(r.after.recall)}`).join(', ')})` : ''}`);
  const notFound = scored.filter((r) => !r.state.articleFound);
  if (notFound.length) console.log(`article not found (${notFound.length}): ${notFound.map((r) => r.item.name).join(', ')}`);
  const below = scored.filter((r) => r.after.recall < 0.9 && r.state.articleFound);
  console.log(`pages below 0.90 recall with an article found: ${below.length}${below.length ? ` (${below.map((r) => r.item.name).join(', ')})` : ''}`);
  const worst = (key: 'recall' | 'precision'): void => {
    console.log(`10 worst by ${key}:`);
    for (const r of [...scored].sort((a, b) => a.after[key] - b.after[key]).slice(0, 10)) {
      console.log(`  ${r.item.name.padEnd(40)} ${key} ${f(r.after[key])} (untouched ${f(r.before[key])}), hidden ${r.state.hiddenCount}`);
    }
  };
  worst('recall');
  worst('precision');
  for (const r of failed) console.log(`  failed ${r.item.name}: ${r.error}`);
}
