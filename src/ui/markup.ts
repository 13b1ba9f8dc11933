/**
 * Markup as plain data, so one description serves the browser (`toDom`) and the server
 * (`toHtml` in consentry/server): the server-rendered banner is the client's own markup.
 * Children are nodes and strings (always text, never HTML), or lists of them; false, null and
 * undefined are skipped. Attributes set to false or undefined are left out.
 */
export interface MarkupNode {
  tag: string
  attributes: Record<string, string>
  children: Array<MarkupNode | string>
}

export type MarkupChild = MarkupNode | string | false | null | undefined | MarkupChild[]

/**
 * Describes an element.
 *
 * @example
 * el('p', { class: 'x' }, 'Hello ', el('a', { href: '/privacy' }, 'policy'))
 */
export function el(tag: string, attributes: Record<string, string | false | undefined>, ...children: MarkupChild[]): MarkupNode {
  let kept: Record<string, string> = {}
  for (let name in attributes) {
    let value = attributes[name]
    if (value !== false && value !== undefined) kept[name] = value
  }
  let flat = (children as unknown[]).flat(Infinity).filter(child => child !== false && child != null && child !== '')
  return { tag, attributes: kept, children: flat as Array<MarkupNode | string> }
}
