/** Something that can go inside an element: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/** Creates an HTML element with attributes and children: `h('td', { class: 'num' }, '24.75')`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  append(element, children);
  return element;
}

/** A labelled `<select>`; `onChange` gets the chosen value. */
export function select(
  label: string,
  options: readonly { value: string; text: string }[],
  selected: string,
  onChange: (value: string) => void,
): HTMLLabelElement {
  const control = h(
    'select',
    {},
    ...options.map((o) =>
      h(
        'option',
        o.value === selected ? { value: o.value, selected: '' } : { value: o.value },
        o.text,
      ),
    ),
  );
  control.addEventListener('change', () => onChange(control.value));
  return h('label', { class: 'field' }, h('span', {}, label), control);
}
