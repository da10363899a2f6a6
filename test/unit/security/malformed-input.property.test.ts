// Never a crash or a hang on malformed input: random and malformed HTML through extraction, block
// text and sanitising, and random bytes through the CLI's input handling. The test timeout is the
// bound on time (generous: the machine is shared); there are no timing assertions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { extractArticle } from '../../../src/core/extract/index.ts';
import { blockText } from '../../../src/core/extract/block-text.ts';
import { sanitizeToFragment, sanitizeToString } from '../../../src/core/html.ts';
import { articleRecord } from '../../../src/cli/extract-command.ts';
import { InputError, readHtmlFile } from '../../../src/cli/inputs.ts';
import { findUnsafeMarkup } from '../../fixtures/hostile/unsafe-markup.ts';
import { htmlDocument, htmlTree } from '../../fixtures/hostile/html-arbitrary.ts';

const RUNS = { numRuns: 100 };
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const inert = (html: string): string[] => findUnsafeMarkup(parse(`<body>${html}</body>`));
const url = fc.oneof(fc.constant('https://example.test/news/a'), fc.webUrl(), fc.string({ maxLength: 40 }));

describe('malformed input never breaks the core', () => {
  it('extractArticle never throws and returns sanitisable content', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(htmlDocument, url, fc.boolean(), (html, pageUrl, force) => {
        const article = extractArticle(parse(html), pageUrl, { force });
        if (!article) return;
        expect(typeof article.title).toBe('string');
        expect(article.wordCount).toBeGreaterThan(0);
        expect(inert(sanitizeToString(article.contentHtml, window))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('blockText never throws on any tree', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        const text = blockText(parse(html).body ?? parse('').body);
        expect(typeof text).toBe('string');
        expect(text).not.toMatch(/\n{3,}/);
      }),
      RUNS,
    );
  });

  it('sanitising any markup leaves no script, handler or javascript: URL', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(htmlTree, htmlDocument), (html) => {
        expect(inert(sanitizeToString(html, window))).toEqual([]);
        const holder = document.createElement('div');
        holder.append(sanitizeToFragment(html, window));
        expect(findUnsafeMarkup(holder)).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('malformed input never breaks the CLI', () => {
  it('articleRecord answers every page and URL with a record', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(htmlDocument, url, (html, pageUrl) => {
        const record = articleRecord(html, pageUrl);
        expect(typeof record['article']).toBe('boolean');
        expect(inert(String(record['contentHtml']))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('readHtmlFile returns text or a clear InputError for random bytes, gzip or not', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainsight-fuzz-'));
    let index = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), fc.boolean(), async (bytes, gz, html) => {
        const body = html ? Buffer.concat([Buffer.from('<p>'), Buffer.from(bytes)]) : Buffer.from(bytes);
        const path = join(dir, `f${index++}.html${gz ? '.gz' : ''}`);
        writeFileSync(path, gz && index % 3 ? gzipSync(body) : body);
        try {
          expect(typeof (await readHtmlFile(path))).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toContain(path);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the CLI with bad stdin', () => {
  it('reports each bad line clearly, keeps going, and exits with status 2', { timeout: 60_000 }, () => {
    const page = `<html><body><article>${'<p>The council voted on Tuesday to repair the bridge before winter arrives in the valley.</p>'.repeat(12)}</article></body></html>`;
    const input = ['{"id":"good","html":' + JSON.stringify(page) + '}', '{not json', '[1,2]', '{"id":"nohtml"}', '{"id":"numhtml","html":42}', '', '{"id":"junk","html":"\\u0000<<<>>>&&&"}'].join('\n');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract'], { input, encoding: 'utf8', timeout: 50_000 });
    expect(result.status).toBe(2);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; article: boolean });
    expect(records.map((record) => record.id)).toEqual(['good', 'junk']);
    expect(records[0]?.article).toBe(true);
    expect(result.stderr).toMatch(/stdin line 2: /);
    expect(result.stderr).toMatch(/stdin line 3: expected an object with "id"/);
    expect(result.stderr).toContain('nohtml: missing "html"');
    expect(result.stderr).toContain('numhtml: missing "html"');
  });
});
