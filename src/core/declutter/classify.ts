/**
 * Runs the rule registry over a page and returns the blocks to hide: one entry per block, outer
 * blocks winning over blocks nested in them, in document order. Pure: reads the page only.
 */
import { DECLUTTER_RULES } from './rules/index.ts';
import { previewOf } from './text.ts';
import { keptByPerson } from './tweaks.ts';
import { runToEnd } from '../steps.ts';
import type { BlockKind, DeclutterContext, DeclutterRule } from './types.ts';

export interface ClassifiedBlock {
  element: Element;
  ruleId: string;
  kind: BlockKind;
  preview: string;
}

export interface ClassifyOptions {
  rules?: readonly DeclutterRule[];
  /** Blocks the reader chose to show again: never proposed, nor anything inside them. */
  keep?: (element: Element) => boolean;
}

export function classifyPage(doc: Document, context: DeclutterContext, options: ClassifyOptions = {}): ClassifiedBlock[] {
  return runToEnd(classifyPageSteps(doc, context, options));
}

/** `classifyPage` in steps, one rule per step, so a huge page is never held for all of them at once. */
export function* classifyPageSteps(doc: Document, context: DeclutterContext, options: ClassifyOptions = {}): Generator<void, ClassifiedBlock[]> {
  const chosen = new Map<Element, { ruleId: string; kind: BlockKind }>();
  for (const rule of options.rules ?? DECLUTTER_RULES) {
    const hidden = rule.judgesWhatIsLeft ? new Set(chosen.keys()) : undefined;
    const findings = rule.findSteps ? yield* rule.findSteps(doc, context, hidden) : rule.find(doc, context, hidden);
    for (const { element, kind } of findings) {
      // A rule that slips must still never hide the article: the map has the last word.
      const article = rule.withinArticle ? context.article.holdsArticle(element) : context.article.containsArticle(element);
      if (chosen.has(element) || article || options.keep?.(element) || keptByPerson(element, context.tweaks)) continue;
      chosen.set(element, { ruleId: rule.id, kind });
    }
    yield;
  }
  const blocks: ClassifiedBlock[] = [];
  for (const [element, { ruleId, kind }] of chosen) {
    if (hasChosenAncestor(element, chosen)) continue;
    blocks.push({ element, ruleId, kind, preview: previewOf(element) });
  }
  return blocks.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1));
}

function hasChosenAncestor(element: Element, chosen: Map<Element, unknown>): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) if (chosen.has(at)) return true;
  return false;
}
