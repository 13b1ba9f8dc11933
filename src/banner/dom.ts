/**
 * What `h` accepts as a child: nodes and strings (as text, never HTML), or lists of them;
 * falsy ones are skipped.
 */
export type Child = Node | string | false | null | undefined | Child[]

/**
 * Creates an element. Attributes go through setAttribute (false/undefined = left out) and
 * strings become text nodes, so config and locale text can never inject markup. Lists of
 * children are flattened, so callers pass `cond && [a, b]` or a mapped list as they are.
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
  el.append(...(kids.flat(9).filter(Boolean) as Array<Node | string>))
  return el
}
