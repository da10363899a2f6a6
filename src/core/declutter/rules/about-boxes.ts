/**
 * Author bio boxes and disclosures, named so by the site ("author-bio", "about-author",
 * "disclaimer"), and the other boxes extraction's post-clean knows by name (a newsletter teaser,
 * related posts, the post's meta footer, the comment form's notes): extraction leaves them out of
 * the text, so the article map no longer protects them and this rule hides them in the page.
 */
import { isNamedFurniture } from '../../extract/post-clean/named-furniture.ts';
import { hideable, nameTokens } from '../blocks.ts';
import { wordCount } from '../text.ts';
import type { BlockKind, DeclutterRule, Finding } from '../types.ts';

const AUTHOR = new Set(['author', 'authors', 'autor', 'autoren', 'auteur', 'writer', 'byline']);
const BIO = new Set(['bio', 'bios', 'biography', 'about', 'description', 'profile']);
/** "author-box" may also be the byline at the top: only a box with a few sentences is a bio. */
const BOX = new Set(['box', 'info', 'card']);
const MIN_BOX_WORDS = 20;
const WHOLE = new Set(['authorbio', 'aboutauthor', 'aboutauthors', 'bio', 'biobox', 'disclaimer', 'disclosure', 'affiliate', 'werbehinweis']);
/** A category label the site sets over or under the story ("Promis", "Politik"): named so, a word or two. */
const CATEGORY = new Set(['category', 'categories', 'cat', 'kategorie', 'kategorien', 'rubrik', 'rubrique', 'categoria', 'categoría', 'categorias']);
const MAX_LABEL_WORDS = 4;
/** Tag and keyword lists ("tags", "StoryTags", "keywords", "schlagworte"): links to the site's topic pages. */
const TAGS = new Set(['tag', 'tags', 'keywords', 'schlagworte', 'stichworte', 'topics', 'themen', 'etiquetas', 'motscles']);
const MAX_TAG_WORDS = 30;
/** A bio is a paragraph or two; more is a profile page's body. */
const MAX_WORDS = 150;

export function isAboutBox(element: Element): boolean {
  const tokens = nameTokens(element);
  if (tokens.some((token) => WHOLE.has(token))) return true;
  if (!tokens.some((token) => AUTHOR.has(token))) return false;
  if (tokens.some((token) => BIO.has(token))) return true;
  return tokens.some((token) => BOX.has(token)) && wordCount(element.textContent ?? '') >= MIN_BOX_WORDS;
}

export const aboutBoxesRule: DeclutterRule = {
  id: 'about-boxes',
  description: 'Hides author bio boxes, affiliate or editorial disclosures, newsletter teasers, related-posts boxes, post meta footers, category labels and tag lists named so by the site.',
  find(doc, context) {
    const found: Finding[] = [];
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (found.some((outer) => outer.element.contains(element))) continue;
      if ((isCategoryLabel(element) || isTagList(element)) && hideable(element, context)) {
        found.push({ element, kind: 'outside article' });
        continue;
      }
      const about = isAboutBox(element);
      if (!about && !isNamedFurniture(element)) continue;
      if (wordCount(element.textContent ?? '') <= MAX_WORDS && hideable(element, context)) found.push({ element, kind: kindOf(element, about) });
    }
    return found;
  },
};

/** A short label the site names a category: the section the story is filed in, not the story. */
export function isCategoryLabel(element: Element): boolean {
  if (!nameTokens(element).some((token) => CATEGORY.has(token))) return false;
  const words = wordCount(element.textContent ?? '');
  return words > 0 && words <= MAX_LABEL_WORDS;
}

/** A short list of links the site names tags or keywords (whole words, or glued to the end: "StoryTags"). */
export function isTagList(element: Element): boolean {
  if (!nameTokens(element).some((token) => TAGS.has(token) || (token.length > 4 && token.endsWith('tags')))) return false;
  return !!element.querySelector('a[href]') && wordCount(element.textContent ?? '') <= MAX_TAG_WORDS;
}

function kindOf(element: Element, about: boolean): BlockKind {
  if (about) return 'footer';
  const names = nameTokens(element).join(' ');
  if (names.includes('newsletter')) return 'newsletter';
  if (names.includes('related')) return 'story list';
  return /comment|akismet|respond/.test(names) ? 'comments' : 'footer';
}
