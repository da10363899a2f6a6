// Where a declared recipe's ingredients and steps sit on the page, and how they join Readability's answer.
import { describe, expect, it } from 'vitest';
import { locateRecipeBlocks } from '../../../../src/core/extract/recipe-blocks.ts';
import { elementAt } from '../../../../src/core/extract/prose-cluster.ts';
import { extractArticle } from '../../../../src/core/extract/index.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const INGREDIENTS = ['125 g flour', '65 g butter or margarine', '2 eggs', '500 ml milk', '200 g sugar'];
const STEPS = [
  'First cook the pudding with the milk and the sugar, then cover it with foil so that no skin forms while it cools down.',
  'Knead the flour, the butter and the eggs into a dough and press it into a greased tin, drawing up a rim of two centimetres.',
  'Spread the cooled pudding over the base and bake the cake at 175 degrees for about eighty minutes until golden.',
];
/** Ingredient rows split into cells, as recipe sites print them. */
const table = `<table class="ingredients">${INGREDIENTS.map((text) => {
  const [amount, unit, ...name] = text.split(' ');
  return `<tr><td>${amount} ${unit}</td><td><span>${name.join(' ')}</span></td></tr>`;
}).join('')}</table>`;
/** Steps written with line breaks: no paragraph of prose for Readability to score. */
const steps = `<div class="steps">${STEPS.join('<br><br>')}</div>`;
const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Recipe', recipeIngredient: INGREDIENTS, recipeInstructions: STEPS.join('\n\n') })}</script>`;
const page = (main: string, head = jsonLd): string =>
  `<html><head><title>Cake</title>${head}</head><body><nav><a href="/">Recipes</a> <a href="/cakes">Cakes</a></nav><main>${main}</main><footer>Imprint</footer></body></html>`;
const textAt = (doc: Document, path: number[] | null | undefined): string => (path ? elementAt(doc, path)?.textContent ?? '' : '');

describe('locateRecipeBlocks', () => {
  it('finds an ingredient table whose rows split amount and name, and the steps', () => {
    const doc = parse(page(`<article class="box"><h2>Ingredients</h2>${table}</article><article class="box"><h2>Method</h2>${steps}</article>`));
    const blocks = locateRecipeBlocks(doc, { ingredients: INGREDIENTS, steps: STEPS });
    expect(elementAt(doc, blocks.ingredients!.path)?.closest('table')?.className).toBe('ingredients');
    expect(blocks.ingredients!.keys).toHaveLength(5);
    expect(elementAt(doc, blocks.steps!.path)?.className).toBe('steps');
    // Their common ancestor is the two boxes with their headings and little else: one block.
    expect(elementAt(doc, blocks.joined!)?.localName).toBe('main');
  });

  it('does not join lists far apart, and skips texts in scripts and words too common to place a list', () => {
    const story = `<div class="story">${'<p>Grandmother baked this cake every Sunday, and the whole street knew it by its smell.</p>'.repeat(12)}</div>`;
    const state = `<script>window.state = ${JSON.stringify({ INGREDIENTS })}</script>`;
    const doc = parse(page(`${state}<div>${table}</div>${story}<div>${steps}</div>`));
    const blocks = locateRecipeBlocks(doc, { ingredients: [...INGREDIENTS, 'cake'], steps: STEPS });
    expect(textAt(doc, blocks.ingredients?.path)).toContain('butter or margarine');
    expect(blocks.ingredients!.keys).not.toContain('cake');
    expect(blocks.joined).toBeNull();
  });

  it('finds nothing when the list is not on the page', () => {
    const doc = parse(page(steps));
    expect(locateRecipeBlocks(doc, { ingredients: INGREDIENTS, steps: [] })).toEqual({ ingredients: null, steps: null, joined: null });
  });
});

describe('extractArticle on recipes', () => {
  const boxes = `<article class="box"><h2>Ingredients</h2>${table}</article><article class="box"><h2>Method</h2>${steps}</article>`;

  it('adds the ingredient box Readability left beside the steps, before them as on the page', () => {
    const doc = parse(page(boxes));
    const before = doc.body.innerHTML;
    const text = extractArticle(doc, 'https://example.test/cake')?.text ?? '';
    expect(text).toContain('butter or margarine');
    expect(text.indexOf('butter or margarine')).toBeLessThan(text.indexOf('First cook the pudding'));
    expect(doc.body.innerHTML).toBe(before);
  });

  it('leaves the same page alone when it declares no recipe', () => {
    const text = extractArticle(parse(page(boxes, '')), 'https://example.test/cake')?.text ?? '';
    expect(text).toContain('First cook the pudding');
    expect(text).not.toContain('butter or margarine');
  });

  it('adds nothing when the answer holds the recipe already', () => {
    const story = '<p>This cake is the one my grandmother baked every Sunday; it has a creamy top and a crisp base.</p>';
    const doc = parse(page(`<div class="post">${story}<h2>Ingredients</h2>${table}<h2>Method</h2>${steps}</div>`));
    const text = extractArticle(doc, 'https://example.test/cake')?.text ?? '';
    expect(text.match(/butter or margarine/g)).toHaveLength(1);
    expect(text.match(/First cook the pudding/g)).toHaveLength(1);
  });
});
