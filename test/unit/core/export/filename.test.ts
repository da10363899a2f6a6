import { describe, expect, it } from 'vitest';
import { fileNameFor, safeBaseName } from '../../../../src/core/export/index.ts';

describe('file names from titles', () => {
  it('keep the words of the title', () => {
    expect(fileNameFor('Kim Jong Un Meets Russian Defence Minister', 'md')).toBe('Kim Jong Un Meets Russian Defence Minister.md');
    expect(fileNameFor('وفاقی بجٹ پیش', 'html')).toBe('وفاقی بجٹ پیش.html');
  });
  it('drop characters Windows, macOS or Linux refuse, and control and bidi-override characters', () => {
    expect(safeBaseName('A/B: "why?" <now> | C\\D*')).toBe('A B why now C D');
    expect(safeBaseName('invoice\u202Egpj.exe')).toBe('invoice gpj.exe');
    expect(safeBaseName('line\nbreak\ttab')).toBe('line break tab');
  });
  it('never end with a dot or space, never use a reserved device name, never come out empty', () => {
    expect(safeBaseName('The end...  ')).toBe('The end');
    expect(safeBaseName('CON')).toBe('_CON');
    expect(safeBaseName('nul.txt')).toBe('_nul.txt');
    expect(safeBaseName('???')).toBe('article');
    expect(safeBaseName('   ')).toBe('article');
  });
  it('stay within 120 bytes without splitting a character', () => {
    const long = 'پاکستان '.repeat(40);
    const name = safeBaseName(long);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(120);
    expect(name.startsWith('پاکستان')).toBe(true);
    expect(name).not.toMatch(/\uFFFD|\s$/);
    const emoji = safeBaseName('😀'.repeat(60));
    expect(Array.from(emoji).every((char) => char === '😀')).toBe(true);
  });
});
