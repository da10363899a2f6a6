/**
 * Popup section: the article's people, places and organisations, most important first, with
 * mention counts. Clicking a name highlights its mentions in the page and scrolls to the first;
 * clicking it again moves to the next. The NLP code loads only here, when the popup opens.
 */
import type { Entity, EntityType } from '../../core/nlp/entities.ts';
import { button, h } from '../dom.ts';
import { t } from '../../shared/i18n.ts';
import { loadSettings } from '../../shared/settings-store.ts';
import { clearHighlights, highlight, targetsFor } from '../highlighter.ts';
import type { PopupContext, PopupSection } from './section.ts';

/** Each kind of name, its heading's message and its switch in the settings. */
const GROUPS: [EntityType, string, 'people' | 'places' | 'organizations'][] = [
  ['person', 'popupEntitiesPeople', 'people'],
  ['place', 'popupEntitiesPlaces', 'places'],
  ['organization', 'popupEntitiesOrganizations', 'organizations'],
];
/** Enough to see who and where the story is about without turning the popup into an index. */
const PER_GROUP = 10;

/**
 * Start loading the NLP code as soon as the popup loads, while the content script is still
 * finding the article: by the time the text arrives, the code is parsed and ready.
 */
const nlpReady = Promise.all([import('../../core/nlp/entities.ts'), import('../../core/nlp/sentences.ts')]);

export const entitiesSection: PopupSection = {
  id: 'entities',
  async render({ tab, report }: PopupContext) {
    const [[{ findEntities }, { splitSentences }], { settings }] = await Promise.all([nlpReady, loadSettings()]);
    const groups = GROUPS.filter(([, , setting]) => settings.entities[setting]);
    if (groups.length === 0) return null;
    const result = findEntities(report.text, { title: report.facts.title, lang: report.facts.lang });
    const root = h('div', { class: 'entities' }, h('h2', {}, t('popupEntitiesHeading')));
    if (!result.supported) {
      root.append(h('p', { class: 'muted' }, t('popupEntitiesUnsupported')));
      return root;
    }
    const shown = result.entities.filter((entity) => groups.some(([type]) => type === entity.type));
    if (shown.length === 0) {
      root.append(h('p', { class: 'muted' }, t('popupEntitiesNone')));
      return root;
    }
    const sentences = splitSentences(report.text);
    const status = h('p', { class: 'entity-status muted', role: 'status' });
    let active: { entity: Entity; index: number; chip: HTMLElement } | null = null;

    const select = async (entity: Entity, chip: HTMLElement): Promise<void> => {
      const index = active?.entity === entity ? (active.index + 1) % entity.count : 0;
      active?.chip.classList.remove('active');
      chip.classList.add('active');
      active = { entity, index, chip };
      const { found } = await highlight(tab.id, targetsFor(entity.mentions, sentences, report.text), index);
      status.textContent = found === 0 ? t('popupEntityNotFound', entity.name) : t('popupEntityPosition', entity.name, String(Math.min(index, found - 1) + 1), String(found));
    };

    for (const [type, labelKey] of groups) {
      const label = t(labelKey);
      const members = shown.filter((entity) => entity.type === type).slice(0, PER_GROUP);
      if (members.length === 0) continue;
      const list = h('ul', { class: 'entity-list', 'aria-label': label });
      for (const entity of members) {
        const chip = button('', () => void select(entity, chip), 'entity');
        // The accessible name is the visible text plus a hidden word ("Kim Jong Un 6 mentions"), never a
        // different label: voice control users say what they see (WCAG 2.5.3, axe label-content-name-mismatch).
        chip.append(
          h('span', { class: 'entity-name' }, entity.name),
          ' ',
          h('span', { class: 'entity-count' }, String(entity.count)),
          h('span', { class: 'visually-hidden' }, ` ${t('popupEntityMentionsWord')}`),
        );
        if (entity.aliases.length > 0) chip.title = t('popupEntityAlso', entity.aliases.join(', '));
        list.append(h('li', {}, chip));
      }
      root.append(h('h3', {}, label), list);
    }
    const clear = button(t('popupClearHighlights'), () => {
      active?.chip.classList.remove('active');
      active = null;
      status.textContent = '';
      void clearHighlights(tab.id);
    }, 'clear');
    root.append(h('div', { class: 'entity-actions' }, clear, status));
    // Lets anyone check the "shown within 150 ms" goal in DevTools (Performance → Timings).
    performance.mark('plainsight:entities-ready');
    return root;
  },
};
