/** A part of the popup shown under the article's facts (declutter, entities, summary, …). */
import type { ArticleReport } from '../../shared/messages.ts';
import type { TargetTab } from '../target-tab.ts';

export interface PopupContext {
  tab: TargetTab;
  /** The article found in the tab. */
  report: Extract<ArticleReport, { status: 'article' }>;
}

export interface PopupSection {
  id: string;
  /** Returns the section's element, or null when it has nothing to show for this article. */
  render(context: PopupContext): HTMLElement | null | Promise<HTMLElement | null>;
}
