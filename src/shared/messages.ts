/**
 * Every message between extension parts, with its request and response types. Senders use
 * `sendToTab`; the content script answers through `isContentMessage` + its handler table, and
 * ignores anything that is not in this map.
 */
import type { ArticleFacts } from '../core/article.ts';
import type { CleanMode } from '../core/settings/schema.ts';
import type { TextTarget } from '../core/find-text.ts';
import browser from './browser.ts';

export type ArticleReport =
  | { status: 'article'; facts: ArticleFacts; text: string }
  | { status: 'no-article' }
  /** The page is large: the popup should connect a copy port and extract the copy itself (shared/copy-port.ts). */
  | { status: 'large' }
  | { status: 'unsupported'; reason: 'pdf' | 'not-html' };

/** One block declutter hid, as the popup lists it. */
export interface HiddenBlockInfo {
  id: string;
  /** What it is: 'sidebar', 'story list', 'ad', 'share bar', 'overlay', … */
  kind: string;
  /** The rule that hid it. */
  ruleId: string;
  preview: string;
  /** True after the reader pressed Show for it. */
  shown: boolean;
}

export interface DeclutterState {
  active: boolean;
  /** Blocks hidden right now (shown ones excluded). */
  hiddenCount: number;
  blocks: HiddenBlockInfo[];
  /** Whether the article was found; without it only ads, overlays and consent banners are hidden. */
  articleFound: boolean;
  /** Only blocks picked by hand are hidden (pick mode before Declutter page). */
  picksOnly: boolean;
  /** Milliseconds the last apply took inside the page. */
  ms: number;
}

export interface ContentMessages {
  /**
   * Extract (on a clone) and report the article; `force` takes the best candidate anyway. With
   * `copy`, a large page answers `large` instead, unless it has the article already.
   */
  'article:get': { request: { force: boolean; copy?: boolean }; response: ArticleReport };
  /** Show reader view over the page. */
  'reader:open': { request: { force: boolean }; response: { opened: boolean } };
  'reader:close': { request: Record<string, never>; response: { closed: boolean } };
  'reader:toggle': { request: { force: boolean }; response: { open: boolean } };
  /** Hide everything that is not the article (again, after Show all). */
  'declutter:apply': { request: Record<string, never>; response: DeclutterState };
  'declutter:list': { request: Record<string, never>; response: DeclutterState };
  /** Show one hidden block again. */
  'declutter:show': { request: { id: string }; response: DeclutterState };
  /** "Never here": stop hiding what rule `ruleId` finds on this site, from now on. */
  'declutter:never-here': { request: { ruleId: string }; response: DeclutterState };
  /** Show everything: the page as it was. */
  'declutter:restore': { request: Record<string, never>; response: DeclutterState };
  /** Pick mode: outline the block under the pointer; click or Enter hides it and saves its selector for the site. */
  'pick:start': { request: Record<string, never>; response: { started: boolean } };
  /** Clean the page the way `mode` says (toolbar click, keyboard shortcut); see content/auto-clean.ts. */
  'clean:run': { request: { mode: CleanMode; toggle: boolean }; response: { done: boolean } };
  /** Highlight passages of the article (entity mentions, a summary sentence) and scroll to the `focus`-th. */
  'highlight:show': { request: { targets: TextTarget[]; focus: number }; response: { found: number; focused: boolean } };
  'highlight:clear': { request: Record<string, never>; response: { cleared: boolean } };
  /** The article as a Markdown or HTML file, as reader view's Save buttons give it; null without an article. */
  'article:export': { request: { format: 'markdown' | 'html' }; response: { text: string; filename: string; mime: string } | null };
}

/** Name of the port the popup holds open to the content script; highlights go when it closes. */
export const POPUP_PORT = 'plainsight-popup';

export type ContentMessageType = keyof ContentMessages;

export type ContentMessage<K extends ContentMessageType = ContentMessageType> = {
  [T in K]: { channel: 'plainsight'; type: T; payload: ContentMessages[T]['request'] };
}[K];

export type ContentHandlers = {
  [K in ContentMessageType]: (payload: ContentMessages[K]['request']) => Promise<ContentMessages[K]['response']>;
};

const CONTENT_TYPES: ReadonlySet<string> = new Set<ContentMessageType>([
  'article:get',
  'reader:open',
  'reader:close',
  'reader:toggle',
  'clean:run',
  'highlight:show',
  'highlight:clear',
  'declutter:apply',
  'declutter:list',
  'declutter:show',
  'declutter:restore',
  'declutter:never-here',
  'article:export',
  'pick:start',
]);

export function isContentMessage(value: unknown): value is ContentMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as { channel?: unknown; type?: unknown; payload?: unknown };
  return message.channel === 'plainsight' && typeof message.type === 'string' && CONTENT_TYPES.has(message.type) && typeof message.payload === 'object';
}

export function sendToTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  payload: ContentMessages[K]['request'],
): Promise<ContentMessages[K]['response']> {
  const message = { channel: 'plainsight', type, payload } as ContentMessage<K>;
  // Only the top frame has the content script: address it, so no frame of the page can answer.
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<ContentMessages[K]['response']>;
}

/** Messages extension pages send to the background (never to tabs). */
export interface BackgroundMessages {
  /** Re-register the auto-clean content scripts now and report the patterns that are registered. */
  'auto-clean:sync': { request: Record<string, never>; response: { registered: string[] } };
  /**
   * Sentence offsets of each text (Listen, from the content script): the splitter lives in the
   * background so the NLP code never enters pages.
   */
  'sentences:split': { request: { texts: string[] }; response: { sentences: { start: number; end: number }[][] } };
  /** Make sure something serves copy ports (Chrome: the offscreen document), for a large page's content script. */
  'extractor:open': { request: Record<string, never>; response: { ready: boolean } };
}

export type BackgroundMessageType = keyof BackgroundMessages;

export type BackgroundMessage<K extends BackgroundMessageType = BackgroundMessageType> = {
  [T in K]: { channel: 'plainsight-background'; type: T; payload: BackgroundMessages[T]['request'] };
}[K];

const BACKGROUND_TYPES: ReadonlySet<string> = new Set<BackgroundMessageType>(['auto-clean:sync', 'sentences:split', 'extractor:open']);

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as { channel?: unknown; type?: unknown };
  return message.channel === 'plainsight-background' && typeof message.type === 'string' && BACKGROUND_TYPES.has(message.type);
}

export function sendToBackground<K extends BackgroundMessageType>(type: K, payload: BackgroundMessages[K]['request']): Promise<BackgroundMessages[K]['response']> {
  const message = { channel: 'plainsight-background', type, payload } as BackgroundMessage<K>;
  return browser.runtime.sendMessage(message) as Promise<BackgroundMessages[K]['response']>;
}
