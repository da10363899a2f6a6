/** Taking an article away: Markdown, one self-contained HTML file, and safe file names. */
export { articleToMarkdown, MARKDOWN_FLAVOURS, type MarkdownFlavour, type MarkdownOptions } from './article-markdown.ts';
export { articleToHtml, type HtmlOptions } from './article-html.ts';
export { htmlToMarkdown } from './markdown.ts';
export { fileNameFor, safeBaseName } from './filename.ts';
