/** The comment section: comment threads and widgets named comments/disqus/respond. */
import { hideable, nameTokens } from '../blocks.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const COMMENT_TOKENS = new Set(['comments', 'comment', 'commentlist', 'disqus', 'respond', 'discussion', 'replies', 'coral', 'viafoura', 'livefyre']);
const COMMENT_SELECTOR = '#disqus_thread, [data-component="comments"], iframe[src*="disqus.com"]';

export const commentsRule: DeclutterRule = {
  id: 'comments',
  description: 'Hides the comment section: blocks named comments/disqus/respond and comment widgets.',
  find(doc, context) {
    const found: Finding[] = [];
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (nameTokens(element).some((token) => COMMENT_TOKENS.has(token)) && hideable(element, context)) found.push({ element, kind: 'comments' });
    }
    for (const element of doc.body?.querySelectorAll(COMMENT_SELECTOR) ?? []) if (hideable(element, context)) found.push({ element, kind: 'comments' });
    // The same widget often matches both ways; report each block once.
    return found.filter((finding, index) => found.findIndex((other) => other.element === finding.element) === index);
  },
};
