/** "On toolbar click" and "Summary and entities": small choices saved as soon as they change. */
import { h } from '../../shared/dom.ts';
import { ENTITY_TYPES, RANGES, type EntityType, type ToolbarAction } from '../../core/settings/index.ts';
import type { OptionsSection } from '../context.ts';
import { t } from '../i18n.ts';
import { card, numberField, radioGroup } from './form.ts';

export const toolbarSection: OptionsSection = {
  id: 'toolbar',
  render(context) {
    const choices: { value: ToolbarAction; label: string }[] = [
      { value: 'popup', label: t('toolbarPopup') },
      { value: 'declutter', label: t('toolbarDeclutter') },
      { value: 'reader', label: t('toolbarReader') },
    ];
    return card(
      'toolbar',
      t('toolbarHeading'),
      radioGroup('toolbar-action', t('toolbarHeading'), choices, context.settings.toolbarAction, (value) => void context.save((settings) => (settings.toolbarAction = value)), true),
    );
  },
};

const ENTITY_LABELS: Record<EntityType, string> = { people: 'entityPeople', places: 'entityPlaces', organizations: 'entityOrganizations' };

export const summarySection: OptionsSection = {
  id: 'summary',
  render(context) {
    const length = numberField('summary-sentences', t('summaryLengthLabel'), RANGES.summarySentences, context.settings.summary.sentences, (value) =>
      void context.save((settings) => (settings.summary.sentences = Math.round(value))),
    );
    const entities = h('fieldset', { class: 'choices' }, h('legend', {}, t('entitiesLegend')));
    for (const type of ENTITY_TYPES) {
      const id = `entity-${type}`;
      const box = h('input', { type: 'checkbox', id });
      box.checked = context.settings.entities[type];
      box.addEventListener('change', () => void context.save((settings) => (settings.entities[type] = box.checked)));
      entities.append(h('div', { class: 'choice' }, box, h('label', { for: id }, t(ENTITY_LABELS[type]))));
    }
    return card('summary', t('summaryHeading'), length, entities);
  },
};
