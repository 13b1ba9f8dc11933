/** What `h` accepts as a child: nodes and strings (as text, never HTML); falsy ones are skipped. */
export type Child = Node | string | false | null | undefined

/**
 * Creates an element. Attributes go through setAttribute (false/undefined = left out) and
 * strings become text nodes, so config and locale text can never inject markup.
 *
 * @example
 * h('p', { class: 'x' }, 'Hello ', h('a', { href: '/privacy' }, 'policy'))
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | false | undefined>,
  ...kids: Child[]
): HTMLElementTagNameMap[K] {
  let el = document.createElement(tag)
  for (let k in attrs) if (attrs[k] !== false && attrs[k] != null) el.setAttribute(k, attrs[k] as string)
  el.append(...(kids.filter(Boolean) as Array<Node | string>))
  return el
}
