// A person declutters a Spanish article with the site's clutter between its paragraphs: a
// "Lea también:" promo to another article, an ad label whose only cue is the Urdu word for
// advertisement, and a newsletter box with an e-mail form. All three go; every paragraph stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { isVisible } from '../harness/visible.ts';

const source = readFileSync('test/fixtures/pages/declutter-multilingual/source.html', 'utf8');
const body = source.split('<div class="cuerpo">')[1]?.split('</div>\n    </div>')[0] ?? '';
const paragraphs = Array.from(body.matchAll(/<p>([^<]+)<\/p>/g), (m) => m[1] ?? '').filter((text) => text.split(' ').length > 12);

describe('declutter hides in-article clutter in several languages', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let page: DriverPage;

  beforeAll(async () => {
    scenario = await startScenario();
    page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/declutter-multilingual/source.html'));
    const tabId = await scenario.driver.clickToolbar(page);
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.title');
    await popup.clickText('Declutter page');
    await popup.waitFor('.declutter-count');
  });
  afterAll(async () => scenario?.close());

  it('keeps the headline, the byline and every paragraph of the article', async () => {
    const text = await page.text();
    expect(paragraphs.length).toBe(6);
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    expect(text).toContain('El puerto de Valparaíso cierra su muelle viejo');
    expect(text).toContain('Ana Torres');
  });

  it('hides the "Lea también" promo, the Urdu ad label and the newsletter form box', async () => {
    const text = await page.text();
    for (const phrase of ['Lea también', 'El nuevo terminal de cruceros', 'اشتہار', 'Recibe cada mañana', 'Lo más leído', 'Todos los derechos reservados']) {
      expect(text, phrase).not.toContain(phrase);
    }
    for (const selector of ['#lea', '.x7', '#boletin', 'input[type="email"]']) expect(await isVisible(page, selector), selector).toBe(false);
  });
});
