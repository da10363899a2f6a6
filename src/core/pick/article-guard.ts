/**
 * Whether declutter would refuse to hide a picked block even with the person's selector listed:
 * the block is part of the article (its text, headline, byline or images). Pick mode asks before
 * hiding such a block and does not save it, so that whatever it saves, declutter really hides on
 * the next visit. The site's logo is kept only while the person has not listed it, as in declutter.
 */
import { mapArticle, type ArticleHints } from '../declutter/article-map.ts';

export function partOfArticle(doc: Document, hints: ArticleHints | null, element: Element, personHides: readonly string[]): boolean {
  if (!hints) return false;
  return mapArticle(doc, hints, personHides).containsArticle(element);
}
