/**
 * Fits declutter's learned block scorer (rules/scored-blocks.ts) on the web-segments set and
 * judges it by leave-one-slice-out cross-validation, never on the slice kept for the final check.
 *
 *   npx tsx bench/train-declutter-blocks.ts [DIR] [--cache FILE] [--l2 A,B] [--weight A,B] [--write]
 *
 * Slices are `index % 5` in loadWebSegments' order, as bench:web's `--every 5 --offset I`. Slice 4
 * is never parsed: the tool reads slices 0–3, and for each one fits on the other three and prints,
 * at several thresholds, the boilerplate segments newly hidden (out of the slice's `without`
 * segments) and the article segments newly lost, as hiding the scored blocks would change the
 * page's text in jsdom. `--write` fits on slices 0–3 with the first l2, weight and threshold given
 * and writes src/core/declutter/block-model.ts. `--cache FILE` keeps the rows between runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fitLogistic } from './lib/logistic-fit.ts';
import { pageRowsOf, segmentsLost, type PageRows } from './lib/declutter-blocks-data.ts';
import { DEFAULT_WEB_SEGMENTS_DIR, loadWebSegments } from './lib/web-segments.ts';
import { BLOCK_FEATURES, type BlockFeature } from '../src/core/declutter/block-features.ts';
import { probabilityOf, type LinearModel } from '../src/core/linear-model.ts';

const SLICES = 5;
/** The slice the lead judges on: never read here. */
const HELD_BACK = 4;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
const MODEL_FILE = 'src/core/declutter/block-model.ts';

interface Slice {
  pages: PageRows[];
  withoutTotal: number;
}

function parseArgs(args: string[]): { dir: string; cache: string | null; l2: number[]; weight: number[]; threshold: number[]; write: boolean; drop: string[] } {
  const options = { dir: DEFAULT_WEB_SEGMENTS_DIR, cache: null as string | null, l2: [1], weight: [4], threshold: [0.8], write: false, drop: [] as string[] };
  const numbers = (value: string | undefined): number[] => (value ?? '').split(',').map(Number).filter((n) => Number.isFinite(n));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--cache') options.cache = args[++i] ?? null;
    else if (arg === '--l2') options.l2 = numbers(args[++i]);
    else if (arg === '--weight') options.weight = numbers(args[++i]);
    else if (arg === '--threshold') options.threshold = numbers(args[++i]);
    else if (arg === '--drop') options.drop = (args[++i] ?? '').split(',');
    else if (arg === '--write') options.write = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.dir = arg;
  }
  return options;
}

async function loadSlices(dir: string, cache: string | null): Promise<Slice[]> {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Slice[];
  const slices: Slice[] = Array.from({ length: HELD_BACK }, () => ({ pages: [], withoutTotal: 0 }));
  for (const [index, page] of loadWebSegments(dir).entries()) {
    const slice = slices[index % SLICES];
    if (!slice) continue; // slice 4: not read
    slice.withoutTotal += page.without.length;
    const rows = await pageRowsOf(page);
    if (rows) slice.pages.push(rows);
    if (index % 25 === 0) process.stderr.write(`page ${index}\n`);
  }
  if (cache) writeFileSync(cache, JSON.stringify(slices));
  return slices;
}

function fitOn(slices: Slice[], features: readonly BlockFeature[], l2: number, articleWeight: number): LinearModel<BlockFeature> {
  const rows = slices.flatMap((slice) => slice.pages.flatMap((page) => page.candidates.filter((row) => row.label >= 0)));
  return fitLogistic(features, rows.map((row) => row.features), rows.map((row) => row.label), { l2, rowWeights: rows.map((row) => (row.label === 0 ? articleWeight : 1)) });
}

/** Segments newly hidden and newly lost on a slice when every candidate scoring `threshold` or more is hidden. */
function judge(slice: Slice, model: LinearModel<BlockFeature>, threshold: number): { gained: number; lost: number; blocks: number } {
  let gained = 0;
  let lost = 0;
  let blocks = 0;
  for (const page of slice.pages) {
    const removed = page.candidates.filter((row) => probabilityOf(model, row.features) >= threshold).map((row) => [row.start, row.end] as const);
    blocks += removed.length;
    gained += segmentsLost(page.withoutPlaces, removed);
    lost += segmentsLost(page.withPlaces, removed);
  }
  return { gained, lost, blocks };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const slices = await loadSlices(options.dir, options.cache);
  const features = BLOCK_FEATURES.filter((name) => !options.drop.includes(name));
  for (const [index, slice] of slices.entries()) {
    const labels = slice.pages.flatMap((page) => page.candidates.map((row) => row.label));
    const shown = slice.pages.reduce((total, page) => total + page.withoutPlaces.length, 0);
    console.log(`slice ${index}: ${slice.pages.length} pages with an article, ${labels.length} candidates (${labels.filter((l) => l === 1).length} boilerplate, ${labels.filter((l) => l === 0).length} article), ${shown} of ${slice.withoutTotal} without segments still shown after the rules`);
  }
  console.log('\nl2 weight threshold | per held-out slice: +hidden/-lost (blocks) | total +hidden -lost');
  for (const l2 of options.l2) {
    for (const weight of options.weight) {
      const models = slices.map((_, held) => fitOn(slices.filter((__, i) => i !== held), features, l2, weight));
      for (const threshold of THRESHOLDS) {
        const results = slices.map((slice, held) => judge(slice, models[held] as LinearModel<BlockFeature>, threshold));
        const cells = results.map((r, i) => `${i}: +${r.gained}/${(slices[i] as Slice).withoutTotal} -${r.lost} (${r.blocks})`).join('  ');
        console.log(`${l2} ${weight} ${threshold} | ${cells} | +${results.reduce((t, r) => t + r.gained, 0)} -${results.reduce((t, r) => t + r.lost, 0)}`);
      }
    }
  }
  if (options.write) writeModel(fitOn(slices, features, options.l2[0] ?? 1, options.weight[0] ?? 4), options.threshold[0] ?? 0.8, options.l2[0] ?? 1, options.weight[0] ?? 4);
}

function writeModel(model: LinearModel<BlockFeature>, threshold: number, l2: number, weight: number): void {
  const round = (value: number): number => Number(value.toPrecision(6));
  const lines = Object.entries(model.weights).map(([name, value]) => `    ${name}: ${round(value as number)},`);
  const source = `/**
 * Generated by \`npx tsx bench/train-declutter-blocks.ts --l2 ${l2} --weight ${weight} --threshold ${threshold} --write\`:
 * logistic regression (bench/lib/logistic-fit.ts) on the candidate blocks of web-segments slices
 * 0–3 (\`index % 5\`), each labelled 1 when hiding it removes only boilerplate segments, 0 when it
 * loses article text (weighted ${weight}x); blocks holding neither are not fitted. Threshold and
 * penalty were chosen by leave-one-slice-out cross-validation. Do not edit by hand.
 */
import type { LinearModel } from '../linear-model.ts';
import type { BlockFeature } from './block-features.ts';

export const BLOCK_MODEL: LinearModel<BlockFeature> = {
  bias: ${round(model.bias)},
  weights: {
${lines.join('\n')}
  },
};

/** A candidate scoring this much or more is hidden. */
export const BLOCK_THRESHOLD = ${threshold};
`;
  writeFileSync(MODEL_FILE, source);
  console.log(`wrote ${MODEL_FILE}`);
}

await main();
