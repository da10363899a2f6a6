/**
 * The text the `entities` and `summarize` commands analyse: a .txt file as it is, an .html or
 * .html.gz page's extracted article, or a stdin record's "text" or "html".
 */
import { extractArticle } from '../core/extract/index.ts';
import { parseHtml } from './dom.ts';
import { InputError, readHtmlFile, readJsonLines, readTextFile, urlForFile, writeJsonLine, type StdinRecord } from './inputs.ts';

export interface AnalysedText {
  text: string;
  title?: string;
  lang?: string | null;
}

function fromHtml(html: string, url: string, source: string): AnalysedText {
  const article = extractArticle(parseHtml(html, url), url, { force: true });
  if (!article) throw new InputError(`${source}: no article text found`);
  return { text: article.text, title: article.title, lang: article.lang };
}

export async function readFileInput(file: string): Promise<AnalysedText> {
  if (/\.html?(\.gz)?$/i.test(file)) return fromHtml(await readHtmlFile(file), urlForFile(file), file);
  return { text: await readTextFile(file) };
}

function fromRecord(record: StdinRecord): AnalysedText {
  if (typeof record['text'] === 'string') return { text: record['text'], title: typeof record['title'] === 'string' ? record['title'] : undefined };
  if (typeof record['html'] === 'string') return fromHtml(record['html'], typeof record['url'] === 'string' ? record['url'] : 'about:blank', record.id);
  throw new InputError(`${record.id}: missing "text" or "html"`);
}

/** Runs `analyse` on every input and prints one JSON line each; bad inputs print an error and set status 2. */
export async function runOverInputs(files: string[], analyse: (input: AnalysedText) => Record<string, unknown>): Promise<number> {
  let status = 0;
  const fail = (message: string): void => {
    process.stderr.write(`${message}\n`);
    status = 2;
  };
  if (files.length === 0) {
    for await (const record of readJsonLines((line, message) => fail(`stdin line ${line}: ${message}`))) {
      try {
        writeJsonLine({ id: record.id, ...analyse(fromRecord(record)) });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        fail(error.message);
      }
    }
    return status;
  }
  for (const file of files) {
    try {
      writeJsonLine({ file, ...analyse(await readFileInput(file)) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      fail(error.message);
    }
  }
  return status;
}
