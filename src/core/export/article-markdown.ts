/**
 * An article as one Markdown file: title, byline, date and source link, then the body. Markdown
 * has no notion of direction, so a right-to-left article is wrapped in `<div dir="rtl">`, which
 * CommonMark keeps as HTML and renderers (GitHub, Obsidian, VS Code) honour.
 */
import type { Article } from '../article.ts';
import { parseInert } from '../html.ts';
import { htmlToMarkdown } from './markdown.ts';

import type { MarkdownFlavour } from '../settings/schema.ts';

/** `plain`: the facts as lines under the title; `front-matter`: also as YAML front matter (Obsidian, static sites). */
export { MARKDOWN_FLAVOURS, type MarkdownFlavour } from '../settings/schema.ts';

export interface MarkdownOptions {
  /** The page the article came from: the source link, and the base for relative links. */
  sourceUrl: string;
  /** The date as the person reads it (e.g. from `formatPublished`), or null. */
  publishedText: string | null;
  flavour?: MarkdownFlavour;
}

/** A YAML double-quoted scalar: safe for any title, colon or quote included. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

function frontMatter(article: Article, sourceUrl: string): string {
  const fields: [string, string | null][] = [
    ['title', article.title],
    ['author', article.byline],
    ['published', article.publishedTime],
    ['site', article.siteName],
    ['source', sourceUrl],
    ['lang', article.lang],
    ['dir', article.dir],
  ];
  const lines = fields.filter((field): field is [string, string] => Boolean(field[1])).map(([key, value]) => `${key}: ${yamlString(value)}`);
  return `---\n${lines.join('\n')}\n---`;
}

function escapeLine(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** The whole article as Markdown, ending with a newline. `doc` is any document, used to parse the body inertly. */
export function articleToMarkdown(article: Article, doc: Document, options: MarkdownOptions): string {
  const { sourceUrl, publishedText, flavour = 'plain' } = options;
  const body = parseInert(doc, article.contentHtml).body;
  const facts = [article.byline && `By ${escapeLine(article.byline)}`, publishedText && escapeLine(publishedText)].filter(Boolean).join(' · ');
  const source = `Source: [${escapeLine(article.siteName || hostOf(sourceUrl) || sourceUrl)}](${sourceUrl})`;
  const parts = [
    flavour === 'front-matter' ? frontMatter(article, sourceUrl) : '',
    `# ${escapeLine(article.title.replace(/\s+/g, ' ').trim())}`,
    facts,
    sourceUrl ? source : '',
    article.leadImage && !article.contentHtml.includes(article.leadImage) ? `![](${article.leadImage})` : '',
    htmlToMarkdown(body, sourceUrl),
  ].filter((part) => part !== '');
  const text = parts.join('\n\n');
  if (article.dir !== 'rtl') return `${text}\n`;
  const lang = article.lang ? ` lang="${article.lang.replace(/[^A-Za-z0-9-]/g, '')}"` : '';
  // The front matter must stay first in the file, outside the wrapper.
  const [head, rest] = flavour === 'front-matter' ? [parts[0] ?? '', parts.slice(1).join('\n\n')] : ['', text];
  return `${head ? `${head}\n\n` : ''}<div dir="rtl"${lang}>\n\n${rest}\n\n</div>\n`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
