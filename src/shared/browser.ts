/** The one module that touches the WebExtension polyfill, so the rest of the code imports `browser` from here. */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
