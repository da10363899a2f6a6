// try's result.json: what the page did before the click is the page's own doing and never dirties a run.
import { describe, expect, it } from 'vitest';
import { markEvents, tryEvents } from '../../../scripts/try-events.ts';

const EXT = 'chrome-extension://abc/';
const none = { dialogs: [], consoleErrors: [], requests: [] };

describe('tryEvents', () => {
  it('splits the page at the click, and a load-time dialog leaves the run clean', () => {
    const page = { dialogs: ['hello'], consoleErrors: ['oops'], requests: ['http://site.test/a.html'] };
    const clickMark = markEvents(page);
    page.requests.push('http://site.test/img.png');
    const events = tryEvents({ page, clickMark, popup: { ...none, requests: [`${EXT}popup.js`] }, extension: none, pageUrl: 'http://site.test/a.html', extensionBase: EXT });
    expect(events.page.beforeClick).toEqual({ dialogs: ['hello'], consoleErrors: ['oops'], requests: ['http://site.test/a.html'] });
    expect(events.page.afterClick).toEqual({ dialogs: [], consoleErrors: [], requests: ['http://site.test/img.png'] });
    expect(events.clean).toBe(true);
  });

  it('is dirty for a dialog after the click, a popup console error or an extension request elsewhere', () => {
    const page = { dialogs: [] as string[], consoleErrors: [], requests: [] };
    const clickMark = markEvents(page);
    page.dialogs.push('xss');
    const events = tryEvents({
      page,
      clickMark,
      popup: { ...none, consoleErrors: ['CSP violation'] },
      extension: { ...none, requests: ['https://tracker.example/x'] },
      pageUrl: 'http://site.test/a.html',
      extensionBase: EXT,
    });
    expect(events.clean).toBe(false);
    expect(events.problems).toEqual(['page after click: dialog "xss"', 'popup: console error "CSP violation"', 'extension: request to https://tracker.example/x']);
  });
});
