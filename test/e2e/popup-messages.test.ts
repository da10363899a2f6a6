// What the popup says when there is no article, and on pages where browsers keep extensions out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';

describe('popup messages', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  beforeAll(async () => {
    scenario = await startScenario();
  });
  afterAll(async () => scenario?.close());

  it('says there is no article on a home page, and Try anyway opens reader view on the best candidate', async () => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/no-article-homepage/source.html'));
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.notice');
    expect(await popup.text()).toContain('Plainsight found no article on this page');
    expect(await popup.text()).not.toContain('Reader view');
    await popup.clickText('Try anyway');
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelector('plainsight-reader') !== null);
    const reader = await scenario.driver.readerText(page);
    expect(reader).toContain('Flood defences tested as river reaches record height');
    await page.press('Escape');
    expect(await scenario.driver.readerText(page)).toBeNull();
    expect(page.events.consoleErrors).toEqual([]);
    expect(popup.events.consoleErrors).toEqual([]);
  });

  it('explains plainly that a browser page cannot be read', async () => {
    const page = await scenario.driver.newPage();
    await page.goto('chrome://version');
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.notice');
    expect(await popup.text()).toContain('This is a browser page. Browsers do not let extensions read or change it');
    expect(await popup.text()).not.toMatch(/Reader view|Try anyway|Error|undefined/);
    expect(popup.events.consoleErrors).toEqual([]);
  });

  it('explains that a PDF is not a web page it can read', async () => {
    scenario.server.route('/report.pdf', minimalPdf(), 'application/pdf');
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/report.pdf'));
    const popup = await scenario.driver.openPopup(await scenario.driver.clickToolbar(page));
    await popup.waitFor('.notice');
    expect(await popup.text()).toContain('This is a PDF');
    expect(popup.events.consoleErrors).toEqual([]);
  });
});

/** A one-page PDF saying "Quarterly report", small enough to write by hand. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 18 Tf 20 70 Td (Quarterly report) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
