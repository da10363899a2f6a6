/**
 * An article as one self-contained HTML file: the sanitised body (the same sanitiser as reader
 * view), the reader's styles inlined, and no scripts — a Content-Security-Policy in the file
 * forbids them even if one slipped through. Direction and language are kept on the root element.
 */
import type { Article } from '../article.ts';
import { sanitizeToFragment } from '../html.ts';

export interface HtmlOptions {
  sourceUrl: string;
  publishedText: string | null;
  readingTimeText: string | null;
  /** The reader's stylesheet, inlined into the file. */
  css: string;
  /** Extra attributes of the article's wrapper, such as the reader appearance as CSS custom properties. */
  wrapperStyle?: string;
}

/** Nothing runs and nothing is sent; images, media and embedded videos may still load. */
const CSP = "default-src 'none'; img-src * data:; media-src *; frame-src https:; style-src 'unsafe-inline'; font-src data:";

/** The whole file, starting with `<!doctype html>`. `win` is any window (the page's, or jsdom's in Node). */
export function articleToHtml(article: Article, win: Window, options: HtmlOptions): string {
  const doc = win.document.implementation.createHTMLDocument(article.title);
  const html = doc.documentElement;
  html.dir = article.dir;
  if (article.lang) html.lang = article.lang;

  const head = doc.head;
  const meta = (attributes: Record<string, string>): void => {
    const el = doc.createElement('meta');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    head.append(el);
  };
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  head.prepend(charset);
  meta({ 'http-equiv': 'Content-Security-Policy', content: CSP });
  meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' });
  if (article.byline) meta({ name: 'author', content: article.byline });
  const style = doc.createElement('style');
  style.textContent = options.css;
  head.append(style);

  const wrapper = doc.createElement('div');
  wrapper.className = 'overlay saved';
  if (options.wrapperStyle) wrapper.setAttribute('style', options.wrapperStyle);
  const body = doc.createElement('article');
  body.className = 'article';
  body.dir = article.dir;
  if (article.lang) body.lang = article.lang;
  const add = (tag: string, className: string, text: string): HTMLElement => {
    const el = doc.createElement(tag);
    el.className = className;
    el.textContent = text;
    body.append(el);
    return el;
  };
  if (article.siteName) add('p', 'site', article.siteName);
  add('h1', 'title', article.title);
  const facts = add('p', 'meta', '');
  for (const part of [article.byline, options.publishedText, options.readingTimeText]) {
    if (!part) continue;
    const item = doc.createElement('span');
    item.className = 'meta-item';
    item.textContent = part;
    facts.append(item);
  }
  if (options.sourceUrl) {
    const source = doc.createElement('a');
    source.className = 'meta-item source';
    source.href = options.sourceUrl;
    source.textContent = options.sourceUrl;
    facts.append(source);
  }
  if (article.leadImage && !article.contentHtml.includes(article.leadImage)) {
    const lead = doc.createElement('figure');
    lead.className = 'lead';
    const img = doc.createElement('img');
    img.src = article.leadImage;
    img.alt = '';
    lead.append(img);
    body.append(lead);
  }
  const content = doc.createElement('div');
  content.className = 'content';
  const fragment = sanitizeToFragment(article.contentHtml, win);
  if (fragment.hasChildNodes()) content.append(doc.importNode(fragment, true));
  // The sanitiser refused the markup (see sanitizeToFragment): keep the text, as reader view does.
  else for (const paragraph of article.text.split(/\n{2,}/).filter((line) => line.trim())) content.append(Object.assign(doc.createElement('p'), { textContent: paragraph }));
  body.append(content);
  wrapper.append(body);
  doc.body.append(wrapper);
  return `<!doctype html>\n${html.outerHTML}\n`;
}
