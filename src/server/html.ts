import type { MarkupNode } from '../ui/markup.js'

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
/** What a tag or attribute name may be: markup descriptions come from our code, never from data. */
const NAME = /^[a-z][\w-]*$/i

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Text safe in HTML content: `&`, `<` and `>` escaped, so a text can never become markup.
 *
 * @example
 * escapeText('<b>') // '&lt;b&gt;'
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, char => ENTITIES[char])
}

/**
 * Text safe in a double-quoted attribute value: `"`, `&`, `<` and `>` escaped.
 *
 * @example
 * escapeAttribute('" onclick="x') // '&quot; onclick=&quot;x'
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, char => ENTITIES[char])
}

/**
 * Serializes a markup description (ui/markup.ts) to HTML with no DOM: text children and attribute
 * values escaped, as the browser's `toDom` sets them as text. Throws on a tag or attribute name
 * that is no plain name.
 *
 * @example
 * toHtml(el('p', { class: 'x' }, 'Fish & chips')) // '<p class="x">Fish &amp; chips</p>'
 */
export function toHtml(node: MarkupNode): string {
  if (!NAME.test(node.tag)) throw new TypeError(`consentry: not a tag name: ${node.tag}`)
  let html = '<' + node.tag
  for (let name in node.attributes) {
    if (!NAME.test(name)) throw new TypeError(`consentry: not an attribute name: ${name}`)
    html += ` ${name}="${escapeAttribute(node.attributes[name])}"`
  }
  html += '>'
  if (VOID.has(node.tag)) return html
  for (let child of node.children) html += typeof child === 'string' ? escapeText(child) : toHtml(child)
  return html + `</${node.tag}>`
}
