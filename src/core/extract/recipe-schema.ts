/**
 * What a page says of itself as a recipe or a how-to: schema.org `Recipe` or `HowTo` in JSON-LD or
 * in microdata, with the texts of its ingredient list (a how-to's supplies and tools) and of its
 * steps. Readability often misses these parts: an ingredient table or a box per step holds no
 * paragraph of prose, so it scores low next to a sign-up box or an "about us" text. Knowing the
 * texts lets extraction find the parts on the page (recipe-blocks.ts).
 */
import { jsonLdScripts } from '../metadata.ts';
import { markupToText } from '../html.ts';

export interface DeclaredSteps {
  /** The ingredients, supplies or tools, one text each, as the page's metadata gives them. */
  ingredients: string[];
  /** The instructions: one text per step (or per paragraph of a single block of instructions). */
  steps: string[];
}

const HOW_TO_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:Recipe|HowTo)$/i;
/** A cheap test before parsing a script: most JSON-LD is about articles, products, organisations. */
const MENTIONS_HOW_TO = /"(?:https?:\/\/schema\.org\/)?(?:Recipe|HowTo)"/i;
const INGREDIENT_PROPS = ['recipeIngredient', 'ingredients', 'supply', 'tool'];
const STEP_PROPS = ['recipeInstructions', 'step'];
/** Nesting followed inside JSON-LD (`@graph`, sections of steps, directions within a step). */
const MAX_DEPTH = 8;
/** Texts kept per list: a page's metadata may be generated, and long lists add nothing to finding the parts. */
const MAX_TEXTS = 200;

/**
 * The recipe or how-to a page declares, or null. `scopes` are the page's elements carrying
 * `itemtype` (one walk of the page, shared with `declaresArticle`); `jsonLd` its JSON-LD scripts.
 */
export function declaredSteps(doc: Document, scopes: Element[], jsonLd: Element[] = jsonLdScripts(doc)): DeclaredSteps | null {
  const found: DeclaredSteps = { ingredients: [], steps: [] };
  for (const script of jsonLd) {
    const source = script.textContent ?? '';
    if (!MENTIONS_HOW_TO.test(source)) continue;
    try {
      collectJsonLd(JSON.parse(source) as unknown, found, doc, 0);
    } catch {
      // A broken script says nothing; the page may still carry microdata.
    }
  }
  for (const scope of scopes) if (HOW_TO_TYPE.test(scope.getAttribute('itemtype')?.trim() ?? '')) collectMicrodata(scope, found);
  found.ingredients = tidy(found.ingredients, doc);
  found.steps = tidy(found.steps, doc);
  return found.ingredients.length + found.steps.length > 0 ? found : null;
}

function collectJsonLd(value: unknown, found: DeclaredSteps, doc: Document, depth: number): void {
  if (depth > MAX_DEPTH || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectJsonLd(item, found, doc, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && HOW_TO_TYPE.test(type))) {
    for (const prop of INGREDIENT_PROPS) found.ingredients.push(...textsOf(node[prop], 0));
    for (const prop of STEP_PROPS) found.steps.push(...textsOf(node[prop], 0));
    return;
  }
  for (const child of Object.values(node)) if (child && typeof child === 'object') collectJsonLd(child, found, doc, depth + 1);
}

/**
 * Texts of a list value: plain strings (a single block of instructions split at its line breaks),
 * `HowToStep`s and `HowToDirection`s by their `text` (else `name`), sections by their items.
 */
function textsOf(value: unknown, depth: number): string[] {
  if (depth > MAX_DEPTH || value === null || value === undefined) return [];
  if (typeof value === 'string') return value.split(/\n\s*\n|\r?\n|<br\s*\/?>/i);
  if (Array.isArray(value)) return value.flatMap((item) => textsOf(item, depth + 1));
  if (typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  if (typeof node.text === 'string') return [node.text];
  if (node.itemListElement) return textsOf(node.itemListElement, depth + 1);
  return typeof node.name === 'string' ? [node.name] : [];
}

function collectMicrodata(scope: Element, found: DeclaredSteps): void {
  for (const el of Array.from(scope.querySelectorAll('[itemprop]'))) {
    const props = (el.getAttribute('itemprop') ?? '').split(/\s+/);
    const text = el.textContent ?? '';
    if (props.some((prop) => INGREDIENT_PROPS.includes(prop))) found.ingredients.push(text);
    // A step inside the instructions element is already part of its text.
    else if (props.some((prop) => STEP_PROPS.includes(prop)) && !el.parentElement?.closest('[itemprop~="recipeInstructions"]')) found.steps.push(text);
  }
}

/** Plain text (metadata may carry markup and entities), whitespace collapsed, empty ones and repeats dropped. */
function tidy(texts: string[], doc: Document): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (seen.size >= MAX_TEXTS) break;
    const plain = markupToText(text, doc);
    if (plain) seen.add(plain);
  }
  return Array.from(seen);
}
