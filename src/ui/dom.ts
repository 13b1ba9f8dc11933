import type { MarkupNode } from './markup.js'

/**
 * What `h` accepts as a child: nodes and strings (as text, never HTML), or lists of them;
 * falsy ones are skipped.
 */
export type Child = Node | string | false | null | undefined | Child[]

/**
 * Creates an element. Attributes go through setAttribute (false/undefined = left out) and
 * strings become text nodes, so config and locale text can never inject markup. Lists of
 * children are flattened, so callers pass `condition && [a, b]` or a mapped list as they are.
 *
 * @example
 * h('p', { class: 'x' }, 'Hello ', h('a', { href: '/privacy' }, 'policy'))
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | false | undefined>,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  let element = document.createElement(tag)
  for (let name in attributes) {
    let value = attributes[name]
    if (value !== false && value !== undefined) element.setAttribute(name, value)
  }
  let kept = (children as unknown[]).flat(Infinity).filter(child => child !== false && child != null && child !== '')
  element.append(...(kept as Array<Node | string>))
  return element
}

/**
 * Builds the DOM of a markup description, text as text.
 *
 * @example
 * document.body.append(toDom(el('p', {}, 'Hello')))
 */
export function toDom(node: MarkupNode): HTMLElement {
  let children = node.children.map(child => (typeof child === 'string' ? child : toDom(child)))
  return h(node.tag as 'div', node.attributes, children)
}
