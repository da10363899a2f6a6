/**
 * `cli declutter [--url URL] FILE...`: one JSON line per page listing the blocks declutter would
 * hide (kind, rule, preview). jsdom has no layout, so the layout rules (fixed-overlay,
 * beside-article) do not run here; the browser finds a few more blocks.
 */
import { extractArticle } from '../core/extract/index.ts';
import { declutterContext, hintsOf, planDeclutter } from '../core/declutter/index.ts';
import { parseHtml } from './dom.ts';
import { InputError, readHtmlFile, urlForFile, writeJsonLine } from './inputs.ts';

/** The record printed for one page. */
export function declutterRecord(html: string, url: string): Record<string, unknown> {
  const doc = parseHtml(html, url);
  const article = extractArticle(doc, url, { force: true });
  const blocks = planDeclutter(doc, declutterContext(doc, url, article ? hintsOf(article, doc) : null));
  return { articleFound: !!article, hiddenCount: blocks.length, hidden: blocks.map(({ kind, ruleId, preview }) => ({ kind, ruleId, preview })) };
}

export async function runDeclutter(options: { url?: string; files: string[] }): Promise<number> {
  if (options.files.length === 0) {
    process.stderr.write('cli declutter: give one or more .html/.html.gz files\n');
    return 2;
  }
  let status = 0;
  for (const file of options.files) {
    try {
      const html = await readHtmlFile(file);
      writeJsonLine({ file, ...declutterRecord(html, urlForFile(file, options.url)) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`${error.message}\n`);
      status = 2;
    }
  }
  return status;
}
