/**
 * Popup section: a short extractive summary, sentences taken from the article and shown in its
 * order. Clicking a sentence scrolls to it in the page (or reader view) and marks it there.
 */
import { h } from '../dom.ts';
import { t } from '../../shared/i18n.ts';
import { loadSettings } from '../../shared/settings-store.ts';
import { highlight, targetsFor } from '../highlighter.ts';
import type { PopupContext, PopupSection } from './section.ts';

/** Loaded as the popup opens, in parallel with finding the article (see entities.ts). */
const summarizerReady = import('../../core/nlp/summarize.ts');

export const summarySection: PopupSection = {
  id: 'summary',
  async render({ tab, report }: PopupContext) {
    performance.mark('plainsight:nlp-start');
    const [{ summarize }, { settings }] = await Promise.all([summarizerReady, loadSettings()]);
    // 1–7 sentences, chosen on the options page (3 by default).
    const summary = summarize(report.text, { sentences: settings.summary.sentences });
    if (summary.sentences.length === 0) return null;
    const list = h('ol', { class: 'summary-list', dir: report.facts.dir, lang: report.facts.lang ?? undefined });
    for (const sentence of summary.sentences) {
      const item = h('button', { type: 'button', class: 'summary-sentence', title: t('popupSummarySentenceTitle') }, sentence.text);
      item.addEventListener('click', () => {
        void highlight(tab.id, targetsFor([[sentence.start, sentence.end]], [sentence], report.text), 0);
      });
      list.append(h('li', {}, item));
    }
    return h('div', { class: 'summary' }, h('h2', {}, t('popupSummaryHeading')), list);
  },
};
