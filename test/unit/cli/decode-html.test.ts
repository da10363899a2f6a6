// Saved pages decoded as a browser does: BOM, then <meta charset>, then UTF-8 if valid, else windows-1252.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { decodeHtmlBytes, declaredEncoding } from '../../../src/cli/decode-html.ts';
import { readHtmlFile } from '../../../src/cli/inputs.ts';

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));

// "café €5 “quoted”" in windows-1252: é E9, € 80, “ 93, ” 94.
const CP1252_TEXT = [0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x20, 0x93, 0x71, 0x94];
// "中文新闻" in GBK.
const GBK_TEXT = [0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5];

describe('decodeHtmlBytes', () => {
  it('reads a windows-1252 page that declares itself in http-equiv', () => {
    const page = bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>', CP1252_TEXT, '</p>');
    expect(decodeHtmlBytes(page)).toContain('café €5 “q”');
  });

  it('treats a declared iso-8859-1 as windows-1252, as browsers do', () => {
    const page = bytes('<meta charset="iso-8859-1"><p>', CP1252_TEXT, '</p>');
    expect(decodeHtmlBytes(page)).toContain('café €5 “q”');
  });

  it('reads a GBK page from <meta charset>', () => {
    const page = bytes('<!doctype html><html><head><meta charset=gbk><title>t</title></head><body><p>', GBK_TEXT, '</p>');
    expect(decodeHtmlBytes(page)).toContain('<p>中文新闻</p>');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8, and keeps valid UTF-8 as UTF-8', () => {
    expect(decodeHtmlBytes(bytes('<p>', CP1252_TEXT, '</p>'))).toBe('<p>café €5 “q”</p>');
    expect(decodeHtmlBytes(new TextEncoder().encode('<p>Ünïcödé 中文</p>'))).toBe('<p>Ünïcödé 中文</p>');
  });

  it('lets a byte-order mark win over a contradicting <meta>, and drops the mark', () => {
    const utf8 = bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>', Array.from(new TextEncoder().encode('café')), '</p>');
    expect(decodeHtmlBytes(utf8)).toBe('<meta charset="windows-1252"><p>café</p>');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('<p>中文</p>', 'utf16le')]);
    expect(decodeHtmlBytes(utf16)).toBe('<p>中文</p>');
  });

  it('ignores a charset only mentioned in a comment, beyond the first 1024 bytes, or unknown', () => {
    expect(declaredEncoding(bytes('<!-- <meta charset="gbk"> --><p>x</p>'))).toBeNull();
    expect(declaredEncoding(bytes(`<p>${' '.repeat(1100)}</p><meta charset="gbk">`))).toBeNull();
    expect(declaredEncoding(bytes('<meta charset="no-such-encoding"><meta charset="shift_jis">'))).toBe('shift_jis');
    expect(declaredEncoding(bytes('<meta name="description" content="charset=gbk tips">'))).toBeNull();
  });
});

describe('readHtmlFile', () => {
  it('decodes a gzipped GBK file by its declaration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainsight-'));
    const path = join(dir, 'gbk.html.gz');
    writeFileSync(path, gzipSync(bytes('<html><head><meta http-equiv="content-type" content="text/html;charset=GB2312"></head><body><p>', GBK_TEXT, '</p></body></html>')));
    expect(await readHtmlFile(path)).toContain('中文新闻');
  });
});
