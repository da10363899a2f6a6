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
  it('reports no article on a page without one, hiding only what cannot be text', () => {
    const record = declutterRecord('<html><body><div class="ad-slot"></div><p>Hi</p></body></html>', 'https://news.example/') as { articleFound: boolean; hidden: { ruleId: string }[] };
    expect(record.hidden.every((block) => ['ads', 'consent', 'fixed-overlay'].includes(block.ruleId))).toBe(true);
  });
});
