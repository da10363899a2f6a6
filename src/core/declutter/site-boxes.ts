/**
 * Boxes of the site that extraction may keep a line of, so the article map must not protect
 * what is inside them: a short box around an e-mail field (its pitch, "Get the news in your
 * inbox"), a box the site names a call to action ("vc_cta3": a seminar's pitch), and a box it
 * names related posts (a teaser's headline, kept as a short line between the paragraphs).
 * Split from article-map.ts, which asks for them once per page.
 */
import { isNamedRelatedBox } from '../extract/post-clean/named-furniture.ts';
import { callToActionBoxes } from './rules/newsletter.ts';
import { wordCount } from './text.ts';

/** A sign-up box is a pitch and a field; more words than this around an e-mail field is a page with a form in it. */
const MAX_SIGN_UP_WORDS = 60;
/** A related-posts box is a few teasers; a longer block so named is more likely the story in an oddly named wrapper. */
const MAX_RELATED_WORDS = 150;

/** The page's sign-up, call-to-action and related-posts boxes, each an element whose lines are the site's. */
export function siteBoxesOf(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  return [...signUpBoxes(doc), ...callToActionBoxes(body), ...relatedBoxes(body)];
}

/** Short boxes around an e-mail field: their pitch is the site's, even when extraction kept it. */
function signUpBoxes(doc: Document): Element[] {
  const boxes: Element[] = [];
  for (const input of doc.querySelectorAll('input[type="email"]')) {
    let box: Element | null = null;
    // Never the article itself: a short article with a sign-up form in it is still an article.
    for (let at = input.parentElement, step = 0; at && at !== doc.body && step < 3 && isSignUpBox(at); at = at.parentElement, step++) box = at;
    if (box) boxes.push(box);
  }
  return boxes;
}

function isSignUpBox(element: Element): boolean {
  if (isArticleLike(element)) return false;
  return element.querySelectorAll('p').length <= 1 && wordCount(element.textContent ?? '') <= MAX_SIGN_UP_WORDS;
}

/** Short boxes named related posts that hold links to other pages: teasers, whatever extraction kept of them. */
function relatedBoxes(body: Element): Element[] {
  const boxes: Element[] = [];
  for (const element of body.querySelectorAll('[class*="related" i], [id*="related" i]')) {
    if (boxes.some((outer) => outer.contains(element)) || !isNamedRelatedBox(element) || isArticleLike(element)) continue;
    if (element.querySelector('a[href]') && wordCount(element.textContent ?? '') <= MAX_RELATED_WORDS) boxes.push(element);
  }
  return boxes;
}

function isArticleLike(element: Element): boolean {
  return element.matches('article, main, [itemprop="articleBody"]') || !!element.querySelector('h1, article, main');
}
