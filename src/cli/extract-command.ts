/**
 * `cli extract [--url URL] FILE...` and the stdin batch mode `{"id","html","url"?}` → `{"id", ...}`.
 * One JSON object per line; an unreadable input prints a one-line error and the exit status is 2.
 */
import { extractArticle } from '../core/extract/index.ts';
import { sanitizeToString } from '../core/html.ts';
import type { Article } from '../core/article.ts';
import { parseHtml } from './dom.ts';
import { InputError, readHtmlFile, readJsonLines, urlForFile, writeJsonLine } from './inputs.ts';

export interface ExtractCommandOptions {
  url?: string;
  force?: boolean;
  files: string[];
}

/** The record printed for one page: the article (sanitised body) or nulls when there is none. */
export function articleRecord(html: string, url: string, force = false): Record<string, unknown> {
  const doc = parseHtml(html, url);
  const article: Article | null = extractArticle(doc, url, { force });
  if (!article) {
    return { article: false, title: null, byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null, text: '', contentHtml: '', wordCount: 0, readingMinutes: 0 };
  }
  const { leadImage: _leadImage, ...fields } = article;
  return { article: true, ...fields, contentHtml: sanitizeToString(article.contentHtml, doc.defaultView as unknown as Window) };
}

export async function runExtract(options: ExtractCommandOptions): Promise<number> {
  let status = 0;
  if (options.files.length === 0) {
    for await (const record of readJsonLines((line, message) => {
      process.stderr.write(`stdin line ${line}: ${message}\n`);
      status = 2;
    })) {
      if (typeof record['html'] !== 'string') {
        process.stderr.write(`${record.id}: missing "html"\n`);
        status = 2;
        continue;
      }
      const url = typeof record['url'] === 'string' ? record['url'] : 'about:blank';
      writeJsonLine({ id: record.id, ...articleRecord(record['html'], url, options.force) });
    }
    return status;
  }
  for (const file of options.files) {
    try {
      const html = await readHtmlFile(file);
      writeJsonLine({ file, ...articleRecord(html, urlForFile(file, options.url), options.force) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`${error.message}\n`);
      status = 2;
    }
  }
  return status;
}
