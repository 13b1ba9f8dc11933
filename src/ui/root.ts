import type { Texts } from '../i18n/types.js'
import { el } from './markup.js'
import type { MarkupNode } from './markup.js'
import type { Theme } from './options.js'

/** Languages written right to left. */
const RIGHT_TO_LEFT = /^(ar|fa|he|ur)\b/

/**
 * The attributes of a Consentry root (banner, dialog, reopen control, opt-out control): the
 * scoped class with the theme, the language and its direction, and the heading that names it.
 *
 * @example
 * rootAttributes({ theme: 'auto', language: 'fr', classes: 'bar bottom', titleId: 'consentry1' })
 */
export function rootAttributes({
  theme,
  language,
  classes,
  titleId
}: {
  theme: Theme
  language: string
  classes: string
  titleId?: string
}): Record<string, string | undefined> {
  return {
    class: `consentry ${theme} ${classes}`,
    lang: language,
    dir: RIGHT_TO_LEFT.test(language) ? 'rtl' : 'ltr',
    'aria-labelledby': titleId
  }
}

/**
 * The heading of the banner and of the dialog, and under it the line saying Global Privacy
 * Control was honored (while a category it covers is refused).
 *
 * @example
 * heading('consentry1', texts.title, texts, false)
 */
export function heading(id: string, title: string, texts: Texts, gpcHonored: boolean): MarkupNode[] {
  let nodes = [el('h2', { id }, title)]
  if (gpcHonored) nodes.push(el('p', { 'data-consentry': 'gpc' }, texts.gpc))
  return nodes
}
