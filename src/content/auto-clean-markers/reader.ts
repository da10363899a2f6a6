/**
 * Runs just before the content script on auto-clean sites in reader mode (see
 * background/auto-clean-scripts.ts): tells it, synchronously at document_start, why it was loaded.
 */
import type {} from '../auto-clean.ts';

window.__plainsightAutoClean = 'reader';
