/**
 * Generated huge pages for `bench:huge` (never committed as files): a ~5 MB article of 20,000
 * paragraphs, and an article inside 50,000 links.
 */

const SENTENCES = [
  'The committee met again on Thursday to go through the budget line by line.',
  'Several members said the figures for road repairs were far too optimistic.',
  'Residents who attended asked when the work on the north bridge would finally start.',
  'Officials promised a written answer within two weeks and a public meeting after that.',
  'Local businesses have complained about the detours for most of the year.',
];

function paragraph(i: number, words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let s = i; count < words; s++) {
    const sentence = SENTENCES[s % SENTENCES.length] ?? '';
    parts.push(sentence);
    count += sentence.split(' ').length;
  }
  return `<p>Part ${i + 1}. ${parts.join(' ')}</p>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/** About 5 MB: 20,000 paragraphs of ~40 words in one article. */
export function manyParagraphsPage(paragraphs = 20_000): string {
  const body = Array.from({ length: paragraphs }, (_, i) => paragraph(i, 38)).join('\n');
  return page('A very long report', `<header><nav><a href="/">Home</a></nav></header><main><article><h1>A very long report</h1>${body}</article></main>`);
}

/** An ordinary article with 50,000 links around it (menus, archives, related lists). */
export function manyLinksPage(links = 50_000): string {
  const article = Array.from({ length: 30 }, (_, i) => paragraph(i, 45)).join('\n');
  const list = (from: number, to: number): string =>
    `<ul>${Array.from({ length: to - from }, (_, i) => `<li><a href="/archive/${from + i}">Archive story ${from + i}</a></li>`).join('')}</ul>`;
  return page(
    'Report among many links',
    `<nav>${list(0, links / 2)}</nav><main><article><h1>Report among many links</h1>${article}</article></main><aside>${list(links / 2, links)}</aside>`,
  );
}
