// A person opens a news story with a captioned photo, an ad label, a "READ MORE" link and a
// newsletter pitch inside the article, and opens reader view: the story, the photo and its caption
// are there; the ad label, the related link and the pitch are not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';

describe('reader view keeps figures and drops in-article clutter', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;

  beforeAll(async () => {
    scenario = await startScenario();
  });
  afterAll(async () => scenario?.close());

  it('shows paragraphs and the captioned photo, without ad label, related link or pitch', async () => {
    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/figure-story/source.html'));
    const tabId = await scenario.driver.clickToolbar(page);
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.title');
    await popup.clickText('Reader view');
    await page.bringToFront();
    const reader = await scenario.driver.readerText(page);
    expect(reader).not.toBeNull();
    expect(reader).toContain('The city council voted on Tuesday evening');
    expect(reader).toContain('most of them at night');
    expect(reader).toContain('The harbour road at dawn, before the morning traffic.');
    expect(reader).toContain('Photo: Jane Doe / AP');
    expect(reader).not.toContain('Advertisement');
    expect(reader).not.toContain('READ MORE');
    expect(reader).not.toContain('Sign up to our newsletter');
    await popup.close();
  });
});
