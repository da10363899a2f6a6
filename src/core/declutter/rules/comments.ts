/**
 * The comment section: comment threads and widgets named comments/disqus/respond, comment forms
 * (a form with a text area), and comment headings ("Leave a Reply", "Vos réactions", "تبصرے").
 */
import { hideable, nameTokens, uniqueFindings, wrapperOf } from '../blocks.ts';
import { isProse, normalizeText, wordCount } from '../text.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const COMMENT_TOKENS = new Set(['comments', 'comment', 'commentlist', 'disqus', 'respond', 'discussion', 'replies', 'coral', 'viafoura', 'livefyre', 'kommentare', 'commentaires', 'comentarios']);
const COMMENT_SELECTOR = '#disqus_thread, [data-component="comments"], iframe[src*="disqus.com"]';
/** Whole headings (normalized) that open a comment section; a count may come first ("120 Kommentare"). */
const COMMENT_HEADING = new RegExp(
  '^(\\d+ )?(' +
    [
      'comments?', 'leave a (reply|comment)', 'post a comment', 'add a comment', 'no comments( yet)?', 'join the (discussion|conversation)', 'what do you think',
      'kommentare?', 'kommentar (verfassen|schreiben|abgeben)', 'schreibe(n sie)? einen kommentar', 'keine kommentare', 'ihre meinung', 'diskussion',
      'commentaires?', 'laisser un commentaire', 'laissez un commentaire', 'vos réactions', 'réagir', 'réactions?', 'ajouter un commentaire',
      'comentarios?', 'deja (un|tu) comentario', 'dejar un comentario', 'escribe (un|tu) comentario', 'deja una respuesta', 'opina',
      'تعليقات', 'التعليقات', 'أضف تعليق', 'اترك تعليقا', 'تبصرے', 'تبصرہ کریں', 'اپنی رائے دیں',
    ].join('|') +
    ')( \\d+)?$|^(leave a reply to|keine kommentare|no comments) .{1,60}$',
  'u',
);
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';
/** What a comment thread, a single reader's comment or a comment widget is built of: blocks, names, dates, forms. */
const THREAD_PARTS = 'div, p, li, ul, ol, section, article, form, textarea, time, img, h1, h2, h3, h4, h5, h6, footer, header, cite';
/** A few sentences, not a comment count ("3 Comments") or a link to the form. */
const MIN_COMMENTARY_WORDS = 25;
const MAX_HEADING_WORDS = 10;

export function isCommentHeading(text: string): boolean {
  const norm = normalizeText(text);
  return norm.length > 0 && wordCount(norm) <= MAX_HEADING_WORDS && COMMENT_HEADING.test(norm);
}

/**
 * A gallery's or an editor's "comment" on a picture inside the text's root: one run of prose with
 * no parts of a thread (author, date, reply, form). Extraction leaves such blocks out by their
 * name; they are the article's text all the same.
 */
function isCommentaryInText(element: Element, root: Element | null): boolean {
  return !!root?.contains(element) && !element.querySelector(THREAD_PARTS) && isProse(element, MIN_COMMENTARY_WORDS);
}

export const commentsRule: DeclutterRule = {
  id: 'comments',
  description: 'Hides the comment section: blocks named comments/disqus/respond, comment widgets, comment forms and comment headings.',
  find(doc, context) {
    const found: Finding[] = [];
    const add = (element: Element): void => {
      if (hideable(element, context)) found.push({ element, kind: 'comments' });
    };
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (nameTokens(element).some((token) => COMMENT_TOKENS.has(token)) && !isCommentaryInText(element, context.article.root)) add(element);
    }
    for (const element of doc.body?.querySelectorAll(COMMENT_SELECTOR) ?? []) add(element);
    // A form where one writes a text (not a search box, not a sign-up form) is a comment form.
    for (const area of doc.body?.querySelectorAll('form textarea') ?? []) {
      const form = area.closest('form') as Element;
      add(wrapperOf(form, context));
    }
    for (const heading of doc.body?.querySelectorAll(HEADINGS) ?? []) if (isCommentHeading(heading.textContent ?? '')) add(wrapperOf(heading, context));
    // A heading inside a comment section already found is not a block of its own.
    return uniqueFindings(found).filter(({ element }) => !found.some((outer) => outer.element !== element && outer.element.contains(element)));
  },
};
