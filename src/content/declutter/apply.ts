/**
 * Declutter in place: the one entry point for the popup, auto-clean and the keyboard shortcut.
 * Hiding is one injected stylesheet plus a data attribute per hidden block: nothing is removed
 * or moved, page scripts keep their elements, and Show all leaves the page's HTML as it was.
 */
import { extractArticle } from '../../core/extract/index.ts';
import { runToEnd } from '../../core/steps.ts';
import { declutterContextSteps, hintsOf, planDeclutterSteps, type ArticleHints, type BlockKind, type DeclutterTweaks } from '../../core/declutter/index.ts';
import { YOUR_SELECTORS_RULE_ID } from '../../core/declutter/rules/your-selectors.ts';
import type { DeclutterState } from '../../shared/messages.ts';
import { liveLayout } from './live-layout.ts';
import { watchForLateContent } from './late-content.ts';
import { runInSteps } from '../yield-to-page.ts';

export const HIDDEN_ATTRIBUTE = 'data-plainsight-hidden';
const STYLE_ID = 'plainsight-declutter-style';

interface Entry {
  id: string;
  element: Element;
  kind: BlockKind;
  ruleId: string;
  preview: string;
  shown: boolean;
}

interface Session {
  hints: ArticleHints | null;
  tweaks: DeclutterTweaks | undefined;
  entries: Map<string, Entry>;
  nextId: number;
  stopWatching: () => void;
  ms: number;
  /** Only blocks picked by hand (pick mode) are hidden: declutter itself has not run. */
  picksOnly: boolean;
  /** A pass over late content is under way; `lateAgain`: more arrived meanwhile. */
  lateRunning?: boolean;
  lateAgain?: boolean;
}

let session: Session | null = null;

/**
 * Hides everything that is not the article; again after Show or Show all. Applying twice changes
 * nothing. `tweaks` are the person's choices for this site; new tweaks start a fresh session.
 * `known` is what declutter needs of the page's article when the caller already has it
 * (undefined: extract it here);
 * `started` is when the caller began, so the reported time includes its extraction.
 */
export function applyDeclutter(doc: Document = document, tweaks?: DeclutterTweaks, known?: ArticleHints | null, started = performance.now()): DeclutterState {
  return runToEnd(applyDeclutterSteps(doc, tweaks, known, started));
}

/**
 * `applyDeclutter` in steps: finding the article in the live page and each rule run with pauses
 * between them, so a huge page is not frozen for all of it at once (declutter-page.ts runs it so).
 * The page may change during a pause; a block found before is hidden all the same.
 */
export function* applyDeclutterSteps(doc: Document = document, tweaks?: DeclutterTweaks, known?: ArticleHints | null, started = performance.now()): Generator<void, DeclutterState> {
  // Picks made before declutter ran are saved selectors by now: the full declutter hides them again.
  if (session && (session.picksOnly || (tweaks && JSON.stringify(tweaks) !== JSON.stringify(session.tweaks)))) restoreAll(doc);
  if (!session) {
    session = { hints: known !== undefined ? known : hintsHere(doc), tweaks, entries: new Map(), nextId: 1, stopWatching: () => {}, ms: 0, picksOnly: false };
    injectStyle(doc);
    const current = session;
    current.stopWatching = watchForLateContent(
      doc,
      () => void hideLateContent(doc, current),
      (node) => !!node.parentElement?.closest(`[${HIDDEN_ATTRIBUTE}]`),
    );
  }
  const current = session;
  for (const entry of current.entries.values()) {
    if (entry.shown && entry.element.isConnected) {
      entry.shown = false;
      entry.element.setAttribute(HIDDEN_ATTRIBUTE, entry.id);
    }
  }
  yield* hideNewBlocks(doc, current);
  current.ms = performance.now() - started;
  return declutterState();
}

/** Extraction in this document, for callers that have none yet (tests). */
function hintsHere(doc: Document): ArticleHints | null {
  const article = extractArticle(doc, doc.location?.href ?? doc.URL, { force: true });
  return article ? hintsOf(article, doc) : null;
}

/**
 * Hides one block the person picked (pick mode), listed with the rest so Show and Show all undo
 * it. Without a declutter session yet, one is started that holds only picks.
 */
export function hidePick(element: Element, preview: string, doc: Document = document): DeclutterState {
  if (!session) {
    session = { hints: null, tweaks: undefined, entries: new Map(), nextId: 1, stopWatching: () => {}, ms: 0, picksOnly: true };
    injectStyle(doc);
  }
  if (!element.closest(`[${HIDDEN_ATTRIBUTE}]`)) {
    const id = String(session.nextId++);
    session.entries.set(id, { id, element, kind: 'your rule', ruleId: YOUR_SELECTORS_RULE_ID, preview, shown: false });
    element.setAttribute(HIDDEN_ATTRIBUTE, id);
  }
  return declutterState();
}

/** Shows one hidden block again (it stays listed, with `shown: true`). */
export function showBlock(id: string): DeclutterState {
  const entry = session?.entries.get(id);
  if (entry && !entry.shown) {
    entry.shown = true;
    entry.element.removeAttribute(HIDDEN_ATTRIBUTE);
  }
  return declutterState();
}

/** Shows everything and stops watching: the page is exactly as before declutter. */
export function restoreAll(doc: Document = document): DeclutterState {
  if (session) {
    session.stopWatching();
    for (const entry of session.entries.values()) entry.element.removeAttribute(HIDDEN_ATTRIBUTE);
    session = null;
  }
  doc.getElementById(STYLE_ID)?.remove();
  return declutterState();
}

/** Whether declutter is on; with `tweaks`, on with those tweaks (so applying again needs no article). */
export function isDecluttered(tweaks?: DeclutterTweaks): boolean {
  if (!session || !tweaks) return session !== null;
  return !session.picksOnly && JSON.stringify(tweaks) === JSON.stringify(session.tweaks);
}

export function declutterState(): DeclutterState {
  const blocks = session
    ? Array.from(session.entries.values(), ({ id, kind, ruleId, preview, shown }) => ({ id, kind, ruleId, preview, shown }))
    : [];
  return {
    active: session !== null,
    hiddenCount: blocks.filter((block) => !block.shown).length,
    blocks,
    articleFound: !!session?.hints,
    picksOnly: session?.picksOnly ?? false,
    ms: session?.ms ?? 0,
  };
}

/** Hides what the rules find now; stops if the session ended (Show all) during a pause. */
function* hideNewBlocks(doc: Document, current: Session): Generator<void, void> {
  const entries = Array.from(current.entries.values());
  // A block the reader showed stays shown, and so does everything around or inside it.
  const keep = (element: Element): boolean =>
    element.hasAttribute(HIDDEN_ATTRIBUTE) ||
    // Our own UI (reader view's <plainsight-reader>) is never page clutter.
    element.tagName.startsWith('PLAINSIGHT-') ||
    entries.some((entry) => entry.shown && (entry.element.contains(element) || element.contains(entry.element)));
  const context = yield* declutterContextSteps(doc, doc.location?.href ?? doc.URL, current.hints, liveLayout(doc.defaultView ?? window), current.tweaks);
  yield;
  const blocks = yield* planDeclutterSteps(doc, context, { keep });
  if (session !== current) return;
  for (const block of blocks) {
    if (block.element.closest(`[${HIDDEN_ATTRIBUTE}]`)) continue;
    const id = String(current.nextId++);
    current.entries.set(id, { id, element: block.element, kind: block.kind, ruleId: block.ruleId, preview: block.preview, shown: false });
    block.element.setAttribute(HIDDEN_ATTRIBUTE, id);
  }
}

/**
 * Content that arrived after declutter, in steps as the first pass (on a page of 50,000 links one
 * pass at once froze it for about a second each time a lazy ad came in). One pass at a time: a
 * batch that arrives during a pass gets one more pass after it.
 */
async function hideLateContent(doc: Document, current: Session): Promise<void> {
  if (current.lateRunning) {
    current.lateAgain = true;
    return;
  }
  current.lateRunning = true;
  try {
    do {
      current.lateAgain = false;
      if (session === current) await runInSteps(hideNewBlocks(doc, current));
    } while (current.lateAgain && session === current);
  } finally {
    current.lateRunning = false;
  }
}

function injectStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `[${HIDDEN_ATTRIBUTE}] { display: none !important; }`;
  (doc.head ?? doc.documentElement).append(style);
}
