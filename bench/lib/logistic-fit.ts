/**
 * Fits a `LinearModel` (src/core/linear-model.ts) by L2-regularised logistic regression with
 * Newton's method. Features are standardised for the fit (so one penalty suits them all) and the
 * scaling is folded back into the weights, so the shipped model scores raw feature values.
 * Only benchmarks and training scripts use this; the extension ships the fitted numbers.
 */
import type { LinearModel } from '../../src/core/linear-model.ts';

export interface FitOptions {
  /** Penalty on the standardised weights (not the bias); larger keeps weights small. */
  l2?: number;
  iterations?: number;
  /** Per-row weights, e.g. to make losing article text cost more than keeping boilerplate. */
  rowWeights?: readonly number[];
}

type Row<Feature extends string> = Readonly<Record<Feature, number>>;

export function fitLogistic<Feature extends string>(
  names: readonly Feature[],
  rows: readonly Row<Feature>[],
  labels: readonly number[],
  options: FitOptions = {},
): LinearModel<Feature> {
  const { l2 = 1, iterations = 50, rowWeights } = options;
  const size = names.length + 1;
  const { means, scales } = scalingOf(names, rows);
  const x = rows.map((row) => [1, ...names.map((name, j) => (row[name] - (means[j] as number)) / (scales[j] as number))]);
  let w = new Array<number>(size).fill(0);
  for (let round = 0; round < iterations; round++) {
    const gradient = w.map((value, j) => (j === 0 ? 0 : l2 * value));
    const hessian = Array.from({ length: size }, (_, j) => Array.from({ length: size }, (_, k) => (j === k && j > 0 ? l2 : 0)));
    x.forEach((features, i) => {
      const p = sigmoid(dot(w, features));
      const weight = rowWeights?.[i] ?? 1;
      const error = weight * (p - (labels[i] as number));
      const curvature = weight * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < size; j++) {
        gradient[j] = (gradient[j] as number) + error * (features[j] as number);
        const hessianRow = hessian[j] as number[];
        for (let k = 0; k < size; k++) hessianRow[k] = (hessianRow[k] as number) + curvature * (features[j] as number) * (features[k] as number);
      }
    });
    const step = solve(hessian, gradient);
    w = w.map((value, j) => value - (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return unscaled(names, w, means, scales);
}

function scalingOf<Feature extends string>(names: readonly Feature[], rows: readonly Row<Feature>[]): { means: number[]; scales: number[] } {
  const count = Math.max(rows.length, 1);
  const means = names.map((name) => rows.reduce((total, row) => total + row[name], 0) / count);
  const scales = names.map((name, j) => Math.sqrt(rows.reduce((total, row) => total + (row[name] - (means[j] as number)) ** 2, 0) / count) || 1);
  return { means, scales };
}

/** Folds the standardisation into the weights: w·(x − m)/s + b = (w/s)·x + (b − Σ w·m/s). */
function unscaled<Feature extends string>(names: readonly Feature[], w: readonly number[], means: readonly number[], scales: readonly number[]): LinearModel<Feature> {
  const weights = {} as Record<Feature, number>;
  let bias = w[0] as number;
  names.forEach((name, j) => {
    const weight = (w[j + 1] as number) / (scales[j] as number);
    weights[name] = weight;
    bias -= weight * (means[j] as number);
  });
  return { bias, weights };
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));
const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((total, value, j) => total + value * (b[j] as number), 0);

/** Gaussian elimination with partial pivoting; the Hessian is small (one row per feature). */
function solve(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, j) => [...row, vector[j] as number]);
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let row = col + 1; row < size; row++) if (Math.abs((a[row] as number[])[col] as number) > Math.abs((a[pivot] as number[])[col] as number)) pivot = row;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const pivotRow = a[col] as number[];
    const lead = (pivotRow[col] as number) || 1e-12;
    for (let row = 0; row < size; row++) {
      if (row === col) continue;
      const target = a[row] as number[];
      const factor = (target[col] as number) / lead;
      if (factor !== 0) for (let k = col; k <= size; k++) target[k] = (target[k] as number) - factor * (pivotRow[k] as number);
    }
  }
  return a.map((row, j) => (row[size] as number) / (((row[j] as number) || 1e-12)));
}
