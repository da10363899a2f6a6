/**
 * Boxes the site's own markup names as furniture around the story: the author's bio box
 * ("author-bio", "post-author", "AuthorBox"), the post's meta footer ("entry-utility",
 * "entry-footer", "tags-links", "cat-links", "postmetadata": "Filed under …", "Tagged …", "This
 * entry was posted in …"), newsletter boxes ("newsletter-teaser", "c-newsletterbox"),
 * related-posts boxes ("related-posts", "related_post"), comment sections and the comment form's notes ("akismet_comment_form_privacy_notice"),
 * tables of contents ("ez-toc-container"), and any short <form> or <nav>.
 * Readability keeps them when they share a container with the story. Names are read in any
 * language, which is why they come first. Only short boxes go: a long block with such a name is
 * more likely the story in an oddly named wrapper.
 */
import { elementsBelow, isNamed, namesOf, removeWithEmptyParents, textOf, wordsIn, type PostCleanRule } from './shared.ts';

/** Class or id words (BEM names too: "TestReport__AuthorBox") that mark an author box or a post's meta footer. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:author-?(?:bio|info|box|description|details|card|profile)|about-?(?:the-?)?author|post-?author|entry-?(?:utility|footer|meta)|post-?(?:meta|tags|categories)|tags?-?links|cat-?links|categor(?:y|ies)-?links|comments|kommentare|commentaires|comentarios|toc|table-?of-?contents)(?:$|[\s_-])/i;
/**
 * Names that may be glued into longer words ("newsletterbox", "postmetadata"): newsletter boxes,
 * related-posts boxes and comment-form notes. "related" alone is not enough (a "related-image").
 */
const GLUED_NAME = /newsletter|post-?meta-?data|related[-_]?(?:posts?|articles?|stories|box|content|news)|akismet|comment-?(?:form|respond)|respond-?form/i;
/**
 * Sign-up banners named as whole words ("banner-signup"), not words that merely contain them, nor
 * negated names: "non-paywall" is the free part of a metered story, the story itself.
 */
const SIGN_UP_NAME = /(?:^|[\s_-])(?<!(?:^|[\s_])(?:non|no|not)-)(?:sign-?up|subscribe|paywall)(?:$|[\s_-])/i;
const MAX_WORDS = 120;

const RELATED_NAME = /related[-_]?(?:posts?|articles?|stories|box|content|news)/i;

/** True when the site names `el` a box of related posts ("related-posts", "ce_relatedArticles", "related_post"). */
export function isNamedRelatedBox(el: Element): boolean {
  return RELATED_NAME.test(namesOf(el));
}

/** True when the site names `el` as furniture around the story (author box, meta footer, newsletter, related posts). */
export function isNamedFurniture(el: Element): boolean {
  const names = namesOf(el);
  return FURNITURE_NAME.test(names) || GLUED_NAME.test(names) || SIGN_UP_NAME.test(names);
}

export const namedFurniture: PostCleanRule = {
  id: 'named-furniture',
  apply(body) {
    // Counted when first needed, which is before anything is removed: most pages have no furniture left.
    let bodyWords: number | null = null;
    // The elements '[class], [id], form, nav' selects.
    for (const el of elementsBelow(body, (el) => isNamed(el) || el.localName === 'form' || el.localName === 'nav')) {
      // A form left in the article (its fields are gone) is a sign-up or comment form's wording; a
      // short <nav> is a breadcrumb trail or the page's own contents.
      if (!body.contains(el) || !(el.tagName === 'FORM' || el.tagName === 'NAV' || isNamedFurniture(el))) continue;
      const words = wordsIn(textOf(el));
      if (words > MAX_WORDS || el.querySelectorAll('p').length > 4) continue;
      // A short story inside a wrapper named "newsletter-content" is still the story.
      bodyWords ??= wordsIn(textOf(body));
      if (words > bodyWords / 2) continue;
      removeWithEmptyParents(el, body);
    }
  },
};
