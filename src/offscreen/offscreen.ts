/**
 * Chrome's offscreen document (reason DOM_PARSER): the background's service worker has no DOM, so
 * content scripts of large pages send their copies here, to be rebuilt and extracted off the
 * page's thread (shared/copy-port.ts). Never shown; it only reads the copies.
 */
import browser from '../shared/browser.ts';
import { COPY_PORT, serveCopy } from '../shared/copy-port.ts';

browser.runtime.onConnect.addListener((port) => {
  if (port.name === COPY_PORT) void serveCopy(port, document);
});
