/** Tiny DOM builder for extension pages (popup, options): text only, never markup. */

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child) el.append(child);
  }
  return el;
}

export function button(label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const el = h('button', { type: 'button', class: className }, label);
  el.addEventListener('click', onClick);
  return el;
}
