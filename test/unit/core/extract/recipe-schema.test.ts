// What a page declares of itself as a recipe or a how-to: the texts of its ingredients and steps.
import { describe, expect, it } from 'vitest';
import { itemScopes } from '../../../../src/core/extract/declares-article.ts';
import { declaredSteps } from '../../../../src/core/extract/recipe-schema.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const read = (html: string) => {
  const doc = parse(html);
  return declaredSteps(doc, itemScopes(doc));
};
const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('declaredSteps', () => {
  it('reads a JSON-LD recipe: ingredients, steps, sections of steps, markup and entities', () => {
    const recipe = {
      '@type': 'Recipe',
      recipeIngredient: ['125 g flour', '2 eggs', '125 g flour'],
      recipeInstructions: [
        { '@type': 'HowToStep', text: 'Whisk the <b>eggs</b> &amp; sugar.' },
        { '@type': 'HowToSection', name: 'Baking', itemListElement: [{ '@type': 'HowToStep', name: 'Bake for 20 minutes.' }] },
      ],
    };
    expect(read(jsonLd({ '@graph': [{ '@type': 'WebPage' }, recipe] }))).toEqual({
      ingredients: ['125 g flour', '2 eggs'],
      steps: ['Whisk the eggs & sugar.', 'Bake for 20 minutes.'],
    });
  });

  it('splits instructions given as one text at their line breaks', () => {
    const steps = read(jsonLd({ '@type': ['Recipe'], recipeInstructions: 'Knead the dough.\n\nLet it rest.\nBake it.' }))?.steps;
    expect(steps).toEqual(['Knead the dough.', 'Let it rest.', 'Bake it.']);
  });

  it('reads a how-to: supplies and tools as its list, directions inside steps', () => {
    const howTo = {
      '@type': 'https://schema.org/HowTo',
      supply: [{ '@type': 'HowToSupply', name: 'Fabric' }],
      tool: ['Scissors'],
      step: [{ '@type': 'HowToStep', name: 'Step 1', itemListElement: { '@type': 'HowToDirection', text: '<p>Measure the table.</p>' } }],
    };
    expect(read(jsonLd(howTo))).toEqual({ ingredients: ['Fabric', 'Scissors'], steps: ['Measure the table.'] });
  });

  it('reads microdata, taking the instructions element whole rather than its steps again', () => {
    const html = `<div itemscope itemtype="http://schema.org/Recipe">
      <ul><li itemprop="recipeIngredient">1 cup rice</li><li itemprop="ingredients">2 cups water</li></ul>
      <div itemprop="recipeInstructions"><p itemprop="step">Rinse the rice.</p><p>Boil the water.</p></div></div>`;
    // Element text runs blocks together; the texts are only compared without whitespace (recipe-blocks.ts).
    expect(read(html)).toEqual({ ingredients: ['1 cup rice', '2 cups water'], steps: ['Rinse the rice.Boil the water.'] });
  });

  it('leaves pages that declare no recipe or how-to, and broken scripts, alone', () => {
    expect(read(jsonLd({ '@type': 'NewsArticle', articleBody: 'Flour prices rose.' }))).toBeNull();
    expect(read('<script type="application/ld+json">{"@type": "Recipe", "recipeIngredient": [</script>')).toBeNull();
    // Ingredients named in an article's microdata are not a recipe of the page's.
    expect(read('<div itemscope itemtype="https://schema.org/Product"><span itemprop="ingredients">Sugar</span></div>')).toBeNull();
    expect(read(jsonLd({ '@type': 'Recipe', name: 'Only a name' }))).toBeNull();
  });
});
