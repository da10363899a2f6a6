/** Author bio boxes and disclosures, named so by the site ("author-bio", "about-author", "disclaimer"). */
import { hideable, nameTokens } from '../blocks.ts';
import { wordCount } from '../text.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const AUTHOR = new Set(['author', 'authors', 'autor', 'autoren', 'auteur', 'writer', 'byline']);
const BIO = new Set(['bio', 'bios', 'biography', 'about', 'description', 'profile']);
/** "author-box" may also be the byline at the top: only a box with a few sentences is a bio. */
const BOX = new Set(['box', 'info', 'card']);
const MIN_BOX_WORDS = 20;
const WHOLE = new Set(['authorbio', 'aboutauthor', 'aboutauthors', 'bio', 'biobox', 'disclaimer', 'disclosure', 'affiliate', 'werbehinweis']);
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
  description: 'Hides author bio boxes and affiliate or editorial disclosures named so by the site.',
  find(doc, context) {
    const found: Finding[] = [];
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (found.some((outer) => outer.element.contains(element))) continue;
      if (isAboutBox(element) && wordCount(element.textContent ?? '') <= MAX_WORDS && hideable(element, context)) found.push({ element, kind: 'footer' });
    }
    return found;
  },
};
