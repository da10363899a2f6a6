/**
 * A logistic score over named features: the shipped form of a block classifier fitted on labelled
 * pages by bench/lib/logistic-fit.ts. The fit folds its feature scaling into the weights, so a
 * score here is one weighted sum, cheap enough to run on every candidate block of a page.
 */
export interface LinearModel<Feature extends string> {
  readonly bias: number;
  readonly weights: Readonly<Record<Feature, number>>;
}

/** The model's probability that a block with these feature values is of the positive class. */
export function probabilityOf<Feature extends string>(model: LinearModel<Feature>, features: Readonly<Record<Feature, number>>): number {
  let sum = model.bias;
  for (const name of Object.keys(model.weights) as Feature[]) sum += model.weights[name] * features[name];
  return 1 / (1 + Math.exp(-sum));
}
