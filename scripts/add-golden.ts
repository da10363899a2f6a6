/**
 * `npm run -s add-golden -- FILE NAME`: saves a page as test/fixtures/pages/NAME/source.html with an
 * expected.json drafted from today's extraction. Read the draft and correct it before committing:
 * it records what we extract now, which is only right if you checked it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../src/core/extract/index.ts';

const [file, name] = process.argv.slice(2);
if (!file || !name || !/^[a-z0-9-]+$/.test(name)) {
  process.stderr.write('usage: npm run -s add-golden -- FILE NAME   (NAME in kebab-case)\n');
  process.exit(2);
}
const dir = join('test/fixtures/pages', name);
if (existsSync(dir)) {
  process.stderr.write(`${dir} exists already\n`);
  process.exit(2);
}
const url = `http://127.0.0.1/${name}/source.html`;
const article = extractArticle(new JSDOM(readFileSync(file, 'utf8'), { url }).window.document, url);
mkdirSync(dir, { recursive: true });
copyFileSync(file, join(dir, 'source.html'));
const paragraphs = article?.text.split('\n\n').filter((paragraph) => paragraph.length > 60) ?? [];
const expected = article
  ? {
      article: true,
      title: article.title,
      byline: article.byline ?? undefined,
      siteName: article.siteName ?? undefined,
      lang: article.lang ?? undefined,
      dir: article.dir,
      contains: [paragraphs[0], paragraphs.at(-1)].filter(Boolean).map((paragraph) => paragraph?.slice(0, 80)),
      notContains: [],
      minWords: Math.floor(article.wordCount * 0.9),
    }
  : { article: false };
writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
process.stdout.write(`wrote ${dir}/source.html and expected.json — review expected.json before committing\n`);
