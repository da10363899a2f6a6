/** Runs just before the content script on auto-clean sites in declutter mode (see ./reader.ts). */
import type {} from '../auto-clean.ts';

window.__plainsightAutoClean = 'declutter';
