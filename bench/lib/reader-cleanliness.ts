/**
 * What reader view would show wrong in an article's HTML: list items and headings with nothing in
 * them (a bare bullet, an empty gap), and the title repeated as a heading at the top of the body
 * (reader view prints the title itself). Also counts figures, tables and embeds, so a cleaning
 * change that drops them shows in the totals.
 */
import { JSDOM } from 'jsdom';

export interface Cleanliness {
  emptyListItems: number;
  emptyHeadings: number;
  repeatedTitle: number;
  figures: number;
  tables: number;
  embeds: number;
}

export const CLEANLINESS_KEYS: (keyof Cleanliness)[] = ['emptyListItems', 'emptyHeadings', 'repeatedTitle', 'figures', 'tables', 'embeds'];

export function noCleanlinessCounts(): Cleanliness {
  return { emptyListItems: 0, emptyHeadings: 0, repeatedTitle: 0, figures: 0, tables: 0, embeds: 0 };
}

const MEDIA = 'img, picture, video, audio, iframe, embed, object, svg, canvas, table, math, input';
/** Text before the title heading, in characters, up to which it still counts as "at the top". */
const TOP_OF_BODY = 200;

function normalized(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

function isEmpty(el: Element): boolean {
  return normalized(el.textContent ?? '') === '' && !el.querySelector(MEDIA);
}

export function countCleanliness(contentHtml: string, title: string): Cleanliness {
  const body = JSDOM.fragment(`<div>${contentHtml}</div>`).firstElementChild!;
  const wanted = normalized(title);
  let repeatedTitle = 0;
  let before = 0;
  const walker = body.ownerDocument.createTreeWalker(body, 1 | 4);
  for (let node = walker.nextNode(); node && before <= TOP_OF_BODY; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (!(node.parentElement?.closest('h1, h2, h3, h4, h5, h6'))) before += normalized(node.nodeValue ?? '').length;
      continue;
    }
    const el = node as Element;
    if (/^H[1-6]$/.test(el.tagName) && wanted && normalized(el.textContent ?? '') === wanted) repeatedTitle++;
  }
  return {
    emptyListItems: Array.from(body.querySelectorAll('li')).filter(isEmpty).length,
    emptyHeadings: Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter(isEmpty).length,
    repeatedTitle,
    figures: body.querySelectorAll('figure').length,
    tables: body.querySelectorAll('table').length,
    embeds: body.querySelectorAll('iframe, video, audio, embed, object').length,
  };
}
