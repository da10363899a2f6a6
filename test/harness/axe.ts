/**
 * Accessibility audits with axe-core (WCAG 2.1 A/AA and best practices), run in the page's own
 * world. Closed shadow roots (reader view, pick mode) are invisible to axe as to any page script,
 * so the harness, reading them as devtools does, puts an open copy (same styles, same markup) over
 * the page and axe audits that copy; the extension itself is not changed for the test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DriverPage, ExtensionDriver } from './driver.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Makes an open-shadow copy of the closed shadow root `this`, as `<TAG-audit-copy>` over the page. */
const OPEN_COPY = `function () {
  const tag = this.host.localName + '-audit-copy';
  document.querySelector(tag)?.remove();
  const copy = document.createElement(tag);
  copy.setAttribute('style', this.host.getAttribute('style') || '');
  const open = copy.attachShadow({ mode: 'open' });
  for (const child of this.childNodes) open.append(child.cloneNode(true));
  document.documentElement.append(copy);
  return tag;
}`;

/** One line per rule broken: "rule-id ×N: first targets". */
export async function auditPage(page: DriverPage, include?: string): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.runSource(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, include: scope }) => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const result = await axe.run(scope ? { include: [[scope]] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((violation) => `${violation.id} ×${violation.nodes.length}: ${violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(', ')}`);
    },
    { tags: TAGS, include: include ?? null },
  );
}

/** Audits what is inside the closed shadow root of `hostTag` (an open copy of it, see above). */
export async function auditClosedShadow(driver: ExtensionDriver, page: DriverPage, hostTag: string): Promise<string[]> {
  const copyTag = await driver.inClosedShadow<string>(page, hostTag, OPEN_COPY);
  if (!copyTag) throw new Error(`no <${hostTag}> in the page to audit`);
  try {
    return await auditPage(page, copyTag);
  } finally {
    await page.evaluate((tag) => document.querySelector(tag)?.remove(), copyTag);
  }
}
