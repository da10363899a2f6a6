/**
 * Shared types of declutter: a rule looks at the live page (read-only) and names blocks that are
 * not the article; the content script hides them. Rules never see `browser.*` or `window`: layout
 * facts come in through `DeclutterContext.measure`, so the same rule runs in jsdom tests.
 */
import type { ArticleMap } from './article-map.ts';
import type { DeclutterTweaks } from './tweaks.ts';

/** What a hidden block is, as the popup names it. */
export type BlockKind =
  | 'navigation'
  | 'sidebar'
  | 'story list'
  | 'ad'
  | 'share bar'
  | 'overlay'
  | 'consent banner'
  | 'newsletter'
  | 'comments'
  | 'footer'
  | 'site rule'
  | 'your rule'
  | 'outside article';

/** Layout facts of one element, from getComputedStyle/getBoundingClientRect (or a test). */
export interface Measurement {
  position: string;
  /** Page coordinates (scroll offset added), CSS pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** False for display:none / visibility:hidden / zero-size elements. */
  visible: boolean;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface DeclutterContext {
  /** Where the article is in this document, and what must never be hidden. */
  article: ArticleMap;
  /** Layout of an element; absent where there is no layout (jsdom, CLI): layout rules then find nothing. */
  measure?: (element: Element) => Measurement;
  /** Just the CSS position, cheaper than `measure` (no layout box): rules that look for fixed elements ask this first. */
  position?: (element: Element) => string;
  viewport?: Viewport;
  /** Page host without `www.`, for per-site rules. */
  host: string;
  /** The person's choices for this site (options page, popup's "Never here"). */
  tweaks?: DeclutterTweaks;
}

export interface Finding {
  element: Element;
  kind: BlockKind;
}

export interface DeclutterRule {
  id: string;
  /** One sentence shown in docs and the popup's hidden list. */
  description: string;
  /** `hidden`: the blocks the rules before it chose, given only to a rule that `judgesWhatIsLeft`. */
  find(doc: Document, context: DeclutterContext, hidden?: ReadonlySet<Element>): Finding[];
  /**
   * The same search with pauses, for rules whose one pass over a huge page is long
   * (rule-steps.ts); `classifyPageSteps` runs it when present, `find` otherwise.
   */
  findSteps?(doc: Document, context: DeclutterContext, hidden?: ReadonlySet<Element>): Generator<void, Finding[]>;
  /**
   * The rule vouches for lines inside an article block (a photo credit at the end of a caption):
   * its blocks are checked with `holdsArticle` (nothing of the article in them) instead of
   * `containsArticle` (nor around them).
   */
  withinArticle?: boolean;
  /** The rule judges what the other rules leave (the learned scorer): it runs last and is told what they chose. */
  judgesWhatIsLeft?: boolean;
}
