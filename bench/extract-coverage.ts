/**
 * `npm run -s bench:extract-coverage -- [DIR...]`
 *
 * Runs the CLI's extract path (`articleRecord`: jsdom parse, `extractArticle`, sanitised body) over
 * every page of the given folders (default: both data sets in ../shared/data), and reports crashes,
 * how many pages yield an article, and the median time per page including the parse.
 * Folders may be laid out like the article-extraction benchmark (html/*.html.gz) or like
 * Readability's test pages (slug/source.html).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleRecord } from '../src/cli/extract-command.ts';
import { readHtmlFile, urlForFile } from '../src/cli/inputs.ts';
import { fixed, median, timed } from './lib/extraction-data.ts';

const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['../shared/data/readability-test-pages', '../shared/data/article-extraction-benchmark'];

function filesOf(dir: string): string[] {
  if (existsSync(join(dir, 'html'))) {
    return readdirSync(join(dir, 'html')).filter((name) => /\.html(\.gz)?$/.test(name)).sort().map((name) => join(dir, 'html', name));
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => join(dir, entry.name, 'source.html'))
    .sort();
}

let failed = false;
for (const dir of dirs) {
  const files = filesOf(dir);
  const times: number[] = [];
  let articles = 0;
  const crashes: string[] = [];
  for (const file of files) {
    const html = await readHtmlFile(file);
    try {
      const { value, ms } = timed(() => articleRecord(html, urlForFile(file)));
      times.push(ms);
      if (value['article']) articles++;
    } catch (error) {
      crashes.push(`${file}: ${(error as Error).message}`);
    }
  }
  if (crashes.length) failed = true;
  console.log(
    `${dir}: ${files.length} pages, ${articles} with an article, ${crashes.length} crashes, median ${fixed(median(times), 1)} ms/page (parse included)`,
  );
  for (const crash of crashes) console.log(`  CRASH ${crash}`);
}
process.exitCode = failed ? 1 : 0;
