// The `entities` and `summarize` commands, run as a person would run them.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// tsx through node directly (not npx): each run is a fresh process, and the machine is shared.
const TSX = ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts'];
const cli = (args: string[], input?: string): { stdout: string; stderr: string; status: number | null } => {
  const result = spawnSync(process.execPath, [...TSX, ...args], { input, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
};

describe('cli entities / summarize', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'plainsight-cli-'));
  const txt = join(dir, 'story.txt');
  writeFileSync(txt, 'Maria Lopez opened the new bridge in Lisbon on Friday. Lopez said the bridge would serve thousands of commuters every day. The project cost more than planned, officials in Lisbon admitted later.');

  it('prints entities with offsets into the text for a .txt file, and extracts .html pages first', () => {
    const { stdout, status } = cli(['entities', txt]);
    expect(status).toBe(0);
    const record = JSON.parse(stdout) as { file: string; entities: { name: string; type: string; count: number; mentions: [number, number][] }[] };
    expect(record.file).toBe(txt);
    expect(record.entities).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Maria Lopez', type: 'person', count: 2 }), expect.objectContaining({ name: 'Lisbon', type: 'place', count: 2 })]));
    const html = JSON.parse(execFileSync(process.execPath, [...TSX, 'entities', 'test/fixtures/pages/urdupoint-kim-shoigu/source.html'], { encoding: 'utf8' })) as { entities: { name: string }[] };
    expect(html.entities[0]?.name).toBe('Kim Jong Un');
  });

  it('summarises stdin JSON lines, reports bad lines and sets status 2', () => {
    const input = [JSON.stringify({ id: 'a', text: 'First sentence is here and long. Second sentence is here too. Third one ends it.' }), 'not json', JSON.stringify({ id: 'b' })].join('\n');
    const { stdout, stderr, status } = cli(['summarize', '--sentences', '2'], input);
    expect(status).toBe(2);
    const record = JSON.parse(stdout.trim().split('\n')[0] ?? '') as { id: string; summary: string[]; offsets: [number, number][] };
    expect(record.id).toBe('a');
    expect(record.summary).toHaveLength(2);
    expect(stderr).toContain('stdin line 2');
    expect(stderr).toContain('b: missing "text" or "html"');
  });

  it('gives an English results table its names and says which language it will not read', () => {
    const table = 'SOCCER - ENGLISH PREMIER LEAGUE RESULTS .\nLONDON 1996-08-24\nResults of English premier league matches on Saturday :\nArsenal 2 Leeds 0\nChelsea 1 Everton 1';
    const german = 'Die Bundesregierung will die Hilfe für die Ukraine ausweiten, sagte der Kanzler am Montag in Berlin vor Journalisten.';
    const input = [JSON.stringify({ id: 'table', text: table }), JSON.stringify({ id: 'de', text: german })].join('\n');
    const [first, second] = cli(['entities'], input).stdout.trim().split('\n').map((line) => JSON.parse(line) as { language: string; entities: { name: string }[]; unsupported?: string });
    expect(first?.language).toBe('en');
    expect(first?.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Arsenal', 'Chelsea']));
    expect(second).toMatchObject({ language: 'de', entities: [], unsupported: 'entities are not available for this language' });
  });

  it('rejects a bad --sentences value with a clear message', () => {
    const { stderr, status } = cli(['summarize', '--sentences', 'many', txt]);
    expect(status).toBe(2);
    expect(stderr).toContain('--sentences must be a whole number');
  });
});
