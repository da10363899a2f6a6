/**
 * What `try` records besides the result of the mode: dialogs, console errors and requests, kept
 * apart by who caused them. The page's own scripts run before the first click (a hostile page may
 * alert() at load); that is the page's doing, not Plainsight's, so it is listed as `beforeClick`
 * and does not make the run dirty. After the click, anything in the page, the popup or the
 * extension's own pages (background) is listed as such, and `clean` says whether there was any.
 */
import type { PageEvents } from '../test/harness/driver.ts';

export interface EventsRecord {
  dialogs: string[];
  consoleErrors: string[];
  requests: string[];
}

/** Where each event list of the page stood at the moment of the click. */
export type EventsMark = Record<keyof EventsRecord, number>;

export function markEvents(events: PageEvents): EventsMark {
  return { dialogs: events.dialogs.length, consoleErrors: events.consoleErrors.length, requests: events.requests.length };
}

function slice(events: EventsRecord, from: EventsMark | null, to: EventsMark | null): EventsRecord {
  const part = (key: keyof EventsRecord): string[] => events[key].slice(from?.[key] ?? 0, to?.[key] ?? undefined);
  return { dialogs: part('dialogs'), consoleErrors: part('consoleErrors'), requests: part('requests') };
}

export interface TryEvents {
  page: { beforeClick: EventsRecord; afterClick: EventsRecord };
  popup: EventsRecord;
  /** The extension's background (service worker or event page) and other extension pages. */
  extension: EventsRecord;
  /**
   * No dialog and no console error after the click, in the page, the popup or the extension, and
   * no request of the popup or the extension leaving the page's origin or the extension.
   */
  clean: boolean;
  /** Why not clean, one line each. */
  problems: string[];
}

/** Requests a run may make: the page's own origin (its images in reader view), the extension's files, inline data. */
function isExpectedRequest(url: string, pageOrigin: string, extensionBase: string): boolean {
  return url.startsWith(`${pageOrigin}/`) || url.startsWith(extensionBase) || /^(data|blob):/.test(url) || /^chrome-extension:\/\/[0-9a-f-]{36}\//.test(url);
}

export function tryEvents(input: {
  page: PageEvents;
  clickMark: EventsMark;
  popup: PageEvents;
  extension: EventsRecord;
  pageUrl: string;
  extensionBase: string;
}): TryEvents {
  const beforeClick = slice(input.page, null, input.clickMark);
  const afterClick = slice(input.page, input.clickMark, null);
  const popup = slice(input.popup, null, null);
  const origin = new URL(input.pageUrl).origin;
  const problems: string[] = [];
  const report = (who: string, events: EventsRecord, checkRequests: boolean): void => {
    for (const text of events.dialogs) problems.push(`${who}: dialog ${JSON.stringify(text)}`);
    for (const text of events.consoleErrors) problems.push(`${who}: console error ${JSON.stringify(text)}`);
    if (!checkRequests) return;
    for (const url of events.requests) if (!isExpectedRequest(url, origin, input.extensionBase)) problems.push(`${who}: request to ${url}`);
  };
  // The page's requests after the click are its own lazy loads as much as ours; privacy.test.ts checks those.
  report('page after click', afterClick, false);
  report('popup', popup, true);
  report('extension', input.extension, true);
  return { page: { beforeClick, afterClick }, popup, extension: input.extension, clean: problems.length === 0, problems };
}
