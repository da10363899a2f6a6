import { describe, expect, it, vi } from 'vitest';

// The polyfill refuses to load outside an extension; the guard under test never touches it.
vi.mock('../../../src/shared/browser.ts', () => ({ default: {} }));

import { isContentMessage } from '../../../src/shared/messages.ts';

describe('isContentMessage', () => {
  it('accepts our messages only', () => {
    expect(isContentMessage({ channel: 'plainsight', type: 'article:get', payload: { force: false } })).toBe(true);
    expect(isContentMessage({ channel: 'plainsight', type: 'reader:close', payload: {} })).toBe(true);
  });
  it('ignores other channels, unknown types and malformed values', () => {
    expect(isContentMessage({ channel: 'other', type: 'article:get', payload: {} })).toBe(false);
    expect(isContentMessage({ channel: 'plainsight', type: 'steal:cookies', payload: {} })).toBe(false);
    expect(isContentMessage({ channel: 'plainsight', type: 'article:get' })).toBe(false);
    expect(isContentMessage(null)).toBe(false);
    expect(isContentMessage('article:get')).toBe(false);
  });
});
