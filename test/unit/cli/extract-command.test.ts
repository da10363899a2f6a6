// The command line as a tool sees it: a separate process, JSON lines out, exit status 2 on bad input.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const SAMPLE = 'test/fixtures/pages/urdupoint-kim-shoigu/source.html';

function cli(args: string[], input?: string): { status: number | null; lines: Record<string, unknown>[]; stderr: string } {
  const result = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  const lines = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

describe('cli extract', () => {
  it('prints one JSON object per file with the article fields, reading .html.gz too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainsight-'));
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(SAMPLE)));
    const { status, lines } = cli(['extract', '--url', 'https://www.urdupoint.com/en/world/kim.html', SAMPLE, gz]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['file', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'text', 'contentHtml', 'wordCount', 'readingMinutes']));
      expect(line['title']).toBe('Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang');
    }
  });

  it('names an unreadable or non-HTML file in a one-line error, exits 2, and still does the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainsight-'));
    const binary = join(dir, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const { status, lines, stderr } = cli(['extract', join(dir, 'missing.html'), binary, SAMPLE]);
    expect(status).toBe(2);
    expect(lines.map((line) => line['file'])).toEqual([SAMPLE]);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('missing.html');
    expect(errors[1]).toContain('image.html: not HTML');
  });

  it('reads JSON lines from stdin in batch mode and answers by id', () => {
    const html = readFileSync(SAMPLE, 'utf8');
    const input = [JSON.stringify({ id: 'a', html, url: 'https://www.urdupoint.com/x' }), 'not json', JSON.stringify({ id: 'b', html: '<p>tiny</p>' })].join('\n');
    const { status, lines, stderr } = cli(['extract'], input);
    expect(lines.map((line) => line['id'])).toEqual(['a', 'b']);
    expect(lines[0]?.['wordCount']).toBeGreaterThan(250);
    expect(lines[1]?.['article']).toBe(false);
    expect(stderr).toContain('stdin line 2');
    expect(status).toBe(2);
  });
});
