import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { declutterRecord } from '../../../src/cli/declutter-command.ts';

describe('cli declutter', () => {
  it('lists the blocks it would hide with kind, rule and preview', () => {
    const html = readFileSync('test/fixtures/pages/urdupoint-kim-shoigu/source.html', 'utf8');
    const record = declutterRecord(html, 'https://news.example/x.html') as { articleFound: boolean; hidden: { kind: string; ruleId: string; preview: string }[] };
    expect(record.articleFound).toBe(true);
    expect(record.hidden.some((block) => block.kind === 'story list' && block.preview.startsWith('More Stories From'))).toBe(true);
    expect(record.hidden.some((block) => block.preview.includes('Kim Jong Un met the Russian defence minister'))).toBe(false);
  });
  it('on a tiny page hides the empty ad slot and keeps the only text', () => {
    const record = declutterRecord('<html><body><div class="ad-slot"></div><p>Hi there, reader.</p></body></html>', 'https://news.example/');
    expect(record['hidden']).toEqual([{ kind: 'ad', ruleId: 'ads', preview: '(empty block)' }]);
  });
});
