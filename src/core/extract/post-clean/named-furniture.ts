/**
 * Boxes the site's own markup names as furniture around the story: the author's bio box
 * ("author-bio", "post-author", "AuthorBox") and the post's meta footer ("entry-utility",
 * "entry-footer", "tags-links", "cat-links": "Filed under …", "Tagged …", "This entry was posted
 * in …"). Readability keeps them when they share a container with the story. Only short boxes go:
 * a long block with such a name is more likely the story in an oddly named wrapper.
 */
import { namesOf, removeWithEmptyParents, textOf, wordsIn, type PostCleanRule } from './shared.ts';

/** Class or id words (BEM names too: "TestReport__AuthorBox") that mark an author box or a post's meta footer. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:author-?(?:bio|info|box|description|details|card|profile)|about-?(?:the-?)?author|post-?author|entry-?(?:utility|footer|meta)|post-?(?:meta|tags|categories)|tags?-?links|cat-?links|categor(?:y|ies)-?links)(?:$|[\s_-])/i;
const MAX_WORDS = 120;

export const namedFurniture: PostCleanRule = {
  id: 'named-furniture',
  apply(body) {
    for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
      if (!body.contains(el) || !FURNITURE_NAME.test(namesOf(el))) continue;
      if (wordsIn(textOf(el)) > MAX_WORDS || el.querySelectorAll('p').length > 4) continue;
      removeWithEmptyParents(el, body);
    }
  },
};
