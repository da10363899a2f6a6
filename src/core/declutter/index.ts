/**
 * Declutter's pure core: from a page and the article extraction found on its clone, the blocks
 * that are not the article. The content script hides them; the CLI and tests just read the list.
 */
import type { Article } from '../article.ts';
import { parseInert } from '../html.ts';
import { mapArticleSteps, type ArticleHints } from './article-map.ts';
import { classifyPageSteps, type ClassifiedBlock, type ClassifyOptions } from './classify.ts';
import { runToEnd } from '../steps.ts';
import { DECLUTTER_RULES } from './rules/index.ts';
import type { DeclutterContext, Measurement, Viewport } from './types.ts';
import { rulesFor, type DeclutterTweaks } from './tweaks.ts';
import { YOUR_SELECTORS_RULE_ID } from './rules/your-selectors.ts';
import { siteHostOf } from '../page-link.ts';

export type { ClassifiedBlock } from './classify.ts';
export type { ArticleHints, ArticleMap } from './article-map.ts';
export type { BlockKind, DeclutterContext, DeclutterRule, Measurement, Viewport } from './types.ts';
export { DECLUTTER_RULES } from './rules/index.ts';
export type { DeclutterTweaks } from './tweaks.ts';

/** Rules that are safe when no article was found: nothing they hide can be the text. */
const RULES_WITHOUT_ARTICLE = new Set(['consent', 'fixed-overlay', 'ads', YOUR_SELECTORS_RULE_ID]);

export interface Layout {
  measure: (element: Element) => Measurement;
  position?: (element: Element) => string;
  viewport: Viewport;
}

/** What the live-page search needs from an extracted article: its text, title, byline and images. */
export function hintsOf(article: Article, doc: Document): ArticleHints {
  const content = parseInert(doc, article.contentHtml);
  const base = baseOf(doc);
  const resolve = (src: string): string => {
    try {
      return new URL(src, base).href;
    } catch {
      return src;
    }
  };
  const images = Array.from(content.querySelectorAll('img'), (img) => img.getAttribute('src') ?? '').filter(Boolean).map(resolve);
  if (article.leadImage) images.push(resolve(article.leadImage));
  return { text: article.text, title: article.title, byline: article.byline, imageUrls: images };
}

export function declutterContext(doc: Document, url: string, hints: ArticleHints | null, layout?: Layout, tweaks?: DeclutterTweaks): DeclutterContext {
  return runToEnd(declutterContextSteps(doc, url, hints, layout, tweaks));
}

/** `declutterContext` in steps (finding the article in a huge page takes a while). */
export function* declutterContextSteps(doc: Document, url: string, hints: ArticleHints | null, layout?: Layout, tweaks?: DeclutterTweaks): Generator<void, DeclutterContext> {
  const article = yield* mapArticleSteps(doc, hints, tweaks?.hide);
  return { article, host: siteHostOf(url) ?? '', measure: layout?.measure, position: layout?.position, viewport: layout?.viewport, tweaks };
}

/** The blocks to hide on `doc`. Without an article only the rules that cannot touch text run. */
export function planDeclutter(doc: Document, context: DeclutterContext, options: Omit<ClassifyOptions, 'rules'> = {}): ClassifiedBlock[] {
  return runToEnd(planDeclutterSteps(doc, context, options));
}

/** `planDeclutter` in steps, one rule per step. */
export function* planDeclutterSteps(doc: Document, context: DeclutterContext, options: Omit<ClassifyOptions, 'rules'> = {}): Generator<void, ClassifiedBlock[]> {
  const general = context.article.root ? DECLUTTER_RULES : DECLUTTER_RULES.filter((rule) => RULES_WITHOUT_ARTICLE.has(rule.id));
  const rules = rulesFor(general, context.tweaks);
  // "Never here" on share bars means the share bars stay: no other rule (what follows the article,
  // say) may hide them, nor a block around them. The learned scorer judges only what the others
  // left, so no other rule would hide its blocks: turned off, it has nothing to keep.
  const kept = general.filter((rule) => !rules.includes(rule) && !rule.judgesWhatIsLeft).flatMap((rule) => rule.find(doc, context).map(({ element }) => element));
  const keep = kept.length === 0 ? options.keep : (element: Element): boolean => !!options.keep?.(element) || kept.some((block) => block.contains(element) || element.contains(block));
  yield;
  return yield* classifyPageSteps(doc, context, { ...options, keep, rules });
}

/** The page's base address; jsdom throws on a `<base>` without href where browsers fall back to the URL. */
function baseOf(doc: Document): string {
  try {
    return doc.baseURI;
  } catch {
    return doc.URL;
  }
}

