// The content-side action on a jsdom page: hide, apply twice, show one, restore exactly, late content.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../../src/cli/dom.ts';
import { applyDeclutter, applyDeclutterSteps, HIDDEN_ATTRIBUTE, restoreAll, showBlock } from '../../../src/content/declutter/apply.ts';

const html = readFileSync('test/fixtures/pages/urdupoint-kim-shoigu/source.html', 'utf8');
const load = (): Document => parseHtml(html, 'https://news.example/world/kim.html');
const hiddenIds = (doc: Document): string[] => Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`), (el) => el.getAttribute(HIDDEN_ATTRIBUTE) ?? '');

describe('applyDeclutter / showBlock / restoreAll', () => {
  let doc: Document;
  afterEach(() => {
    restoreAll(doc);
  });

  it('marks blocks, and applying twice changes nothing', () => {
    doc = load();
    const first = applyDeclutter(doc);
    expect(first.active).toBe(true);
    expect(first.articleFound).toBe(true);
    expect(first.hiddenCount).toBe(hiddenIds(doc).length);
    const markup = doc.documentElement.outerHTML;
    const second = applyDeclutter(doc);
    expect(doc.documentElement.outerHTML).toBe(markup);
    expect(second.blocks).toEqual(first.blocks);
    expect(doc.querySelectorAll('#plainsight-declutter-style').length).toBe(1);
    expect(doc.querySelector('.article-body')?.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  it('in steps (one pause per rule at least) it hides the same blocks, and only at the end', () => {
    doc = load();
    const whole = applyDeclutter(doc);
    restoreAll(doc);
    const steps = applyDeclutterSteps(doc);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) {
      pauses++;
      expect(hiddenIds(doc)).toEqual([]);
    }
    expect(pauses).toBeGreaterThan(5);
    expect(next.value.blocks).toEqual(whole.blocks);
  });

  it('shows one block, re-hides it on apply, and restores the page exactly', () => {
    doc = load();
    const before = doc.documentElement.outerHTML;
    const state = applyDeclutter(doc);
    const block = state.blocks[0];
    expect(block).toBeDefined();
    const shown = showBlock(block?.id ?? '');
    expect(shown.blocks.find((b) => b.id === block?.id)?.shown).toBe(true);
    expect(shown.hiddenCount).toBe(state.hiddenCount - 1);
    expect(applyDeclutter(doc).hiddenCount).toBe(state.hiddenCount);
    const restored = restoreAll(doc);
    expect(restored).toMatchObject({ active: false, hiddenCount: 0, blocks: [] });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides a story box added after declutter, and stops watching after restore', async () => {
    doc = load();
    applyDeclutter(doc);
    const addBox = (id: string): Element => {
      const box = doc.createElement('section');
      box.id = id;
      const heading = doc.createElement('h3');
      heading.textContent = 'Recent Stories';
      const link = doc.createElement('a');
      link.href = '/other.html';
      link.textContent = 'Another story';
      box.append(heading, link);
      doc.querySelector('.article-body')?.after(box);
      return box;
    };
    const late = addBox('late');
    // The pass over late content runs in steps, with the test's timers in between.
    await vi.waitFor(() => expect(late.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true), { timeout: 30_000, interval: 100 });
    restoreAll(doc);
    const after = addBox('after-restore');
    await new Promise((done) => setTimeout(done, 700));
    expect(after.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(late.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
  });
});
