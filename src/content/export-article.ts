/**
 * The article as Markdown or as one HTML file, exactly as reader view's Save buttons and the
 * popup's give it (the popup asks through the `article:export` message).
 */
import type { Article } from '../core/article.ts';
import { articleToHtml, articleToMarkdown, fileNameFor } from '../core/export/index.ts';
import { formatPublished, formatReadingTime } from '../core/format.ts';
import { loadSettings } from '../shared/settings-store.ts';
import readerCss from './reader-view.css?inline';
import { appearanceProperties } from './reader-appearance.ts';

export type ExportFormat = 'markdown' | 'html';

export interface ExportedArticle {
  text: string;
  filename: string;
  mime: string;
}

export async function exportArticle(article: Article, format: ExportFormat): Promise<ExportedArticle> {
  const { settings } = await loadSettings();
  const sourceUrl = location.href;
  const publishedText = formatPublished(article.publishedTime);
  if (format === 'markdown') {
    const text = articleToMarkdown(article, document, { sourceUrl, publishedText, flavour: settings.save.markdownFlavour });
    return { text, filename: fileNameFor(article.title, 'md'), mime: 'text/markdown' };
  }
  const properties = appearanceProperties(settings.reader);
  const wrapperStyle = Object.entries(properties).map(([name, value]) => `${name}: ${value}`).join('; ');
  const text = articleToHtml(article, window, { sourceUrl, publishedText, readingTimeText: formatReadingTime(article.readingMinutes), css: readerCss, wrapperStyle });
  return { text, filename: fileNameFor(article.title, 'html'), mime: 'text/html' };
}
