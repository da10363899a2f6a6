import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../bench/lib/logistic-fit.ts';
import { probabilityOf } from '../../../src/core/linear-model.ts';

type Feature = 'links' | 'words' | 'noise';
const NAMES: Feature[] = ['links', 'words', 'noise'];

/** Boilerplate-like rows: many links, few words; the noise column carries no signal. */
function sample(count: number): { rows: Record<Feature, number>[]; labels: number[] } {
  let seed = 7;
  const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const rows: Record<Feature, number>[] = [];
  const labels: number[] = [];
  for (let i = 0; i < count; i++) {
    const boilerplate = i % 2;
    rows.push({ links: boilerplate ? 3 + random() * 4 : random() * 3, words: boilerplate ? 5 + random() * 40 : 30 + random() * 200, noise: random() * 100 });
    labels.push(boilerplate);
  }
  return { rows, labels };
}

describe('fitLogistic', () => {
  it('learns which way each feature points, on raw (unscaled) values', () => {
    const { rows, labels } = sample(400);
    const model = fitLogistic(NAMES, rows, labels, { l2: 1 });
    expect(model.weights.links).toBeGreaterThan(0);
    expect(model.weights.words).toBeLessThan(0);
    expect(Math.abs(model.weights.noise)).toBeLessThan(Math.abs(model.weights.links) / 10);
    const right = rows.filter((row, i) => probabilityOf(model, row) > 0.5 === (labels[i] === 1)).length;
    expect(right / rows.length).toBeGreaterThan(0.9);
  });

  it('shrinks the weights as the penalty grows', () => {
    const { rows, labels } = sample(200);
    const loose = fitLogistic(NAMES, rows, labels, { l2: 0.01 });
    const tight = fitLogistic(NAMES, rows, labels, { l2: 100 });
    expect(Math.abs(tight.weights.links)).toBeLessThan(Math.abs(loose.weights.links));
  });

  it('lets heavier rows pull the boundary their way', () => {
    const { rows, labels } = sample(200);
    const even = fitLogistic(NAMES, rows, labels);
    const articleCostsMore = fitLogistic(NAMES, rows, labels, { rowWeights: labels.map((label) => (label ? 1 : 5)) });
    const meanOf = (model: typeof even): number => rows.reduce((total, row) => total + probabilityOf(model, row), 0) / rows.length;
    expect(meanOf(articleCostsMore)).toBeLessThan(meanOf(even));
  });

  it('gives a neutral model for a constant column and balanced labels', () => {
    const model = fitLogistic(['links'] as const, [{ links: 1 }, { links: 1 }], [0, 1]);
    expect(probabilityOf(model, { links: 1 })).toBeCloseTo(0.5, 5);
  });
});
