/** Small labelled-control builders for the options sections: every control gets a visible label or an aria-label. */
import { h } from '../../shared/dom.ts';

let counter = 0;
/** A unique id for pairing labels and controls (stable ids are passed where focus must survive a refresh). */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A section with its heading, labelled by it for screen readers. */
export function card(id: string, heading: string, ...children: (Node | null)[]): HTMLElement {
  const headingId = `${id}-heading`;
  return h('section', { class: 'card', id: `section-${id}`, 'aria-labelledby': headingId }, h('h2', { id: headingId }, heading), ...children);
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A <select> with its options; `onChange` gets the chosen value. */
export function select<T extends string>(props: Record<string, string>, choices: Choice<T>[], value: T, onChange: (value: T) => void): HTMLSelectElement {
  const el = h('select', props);
  for (const choice of choices) {
    const option = h('option', { value: choice.value }, choice.label);
    option.selected = choice.value === value;
    el.append(option);
  }
  el.addEventListener('change', () => onChange(el.value as T));
  return el;
}

/** A radio group in a fieldset whose legend names it (`hideLegend` when the section heading already says the same). */
export function radioGroup<T extends string>(name: string, legend: string, choices: Choice<T>[], value: T, onChange: (value: T) => void, hideLegend = false): HTMLFieldSetElement {
  const fieldset = h('fieldset', { class: 'choices' }, h('legend', { class: hideLegend ? 'visually-hidden' : undefined }, legend));
  for (const choice of choices) {
    const id = `${name}-${choice.value}`;
    const input = h('input', { type: 'radio', name, id, value: choice.value });
    input.checked = choice.value === value;
    input.addEventListener('change', () => input.checked && onChange(choice.value));
    fieldset.append(h('div', { class: 'choice' }, input, h('label', { for: id }, choice.label)));
  }
  return fieldset;
}

/** A labelled number field that saves only values inside its range, and says so otherwise. */
export function numberField(id: string, label: string, range: { min: number; max: number; step: number }, value: number, onChange: (value: number) => void): HTMLElement {
  const errorId = `${id}-error`;
  const input = h('input', { type: 'number', id, min: String(range.min), max: String(range.max), step: String(range.step), value: String(value), 'aria-describedby': errorId });
  const error = h('p', { class: 'field-error', id: errorId, role: 'alert' });
  input.addEventListener('change', () => {
    const next = Number(input.value);
    if (input.value.trim() === '' || !Number.isFinite(next) || next < range.min || next > range.max) {
      input.setAttribute('aria-invalid', 'true');
      error.textContent = `${range.min} – ${range.max}`;
      return;
    }
    input.removeAttribute('aria-invalid');
    error.textContent = '';
    onChange(next);
  });
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, error);
}
