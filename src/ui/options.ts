import { fail } from '../core/config.js'

// The single source of the banner's look options: the types, the check and the docs follow these.

export const THEMES = ['auto', 'light', 'dark'] as const
/** box: a compact card in a bottom (or top) corner; bar: full width at the edge; cloud: a wide centred card. */
export const LAYOUTS = ['box', 'bar', 'cloud'] as const
export const POSITIONS = ['bottom', 'top', 'center'] as const
export const REOPEN_PLACES = [true, false, 'left', 'right'] as const

export type Theme = (typeof THEMES)[number]
export type Layout = (typeof LAYOUTS)[number]
export type Position = (typeof POSITIONS)[number]
export type ReopenPlace = (typeof REOPEN_PLACES)[number]

const CHOICES: Record<string, readonly unknown[]> = { theme: THEMES, layout: LAYOUTS, position: POSITIONS, reopen: REOPEN_PLACES }

/**
 * Throws a TypeError listing the values when `theme`, `layout`, `position` or `reopen` is not one of them:
 * a typo would otherwise give the default look without a word.
 *
 * @example
 * checkLook({ theme: 'purple' }) // TypeError: consentry: theme: pass auto|light|dark (got "purple")
 */
export function checkLook(config: Record<string, unknown>): void {
  for (let [option, values] of Object.entries(CHOICES)) {
    let value = config[option]
    if (value != null && !values.includes(value)) {
      fail(`${option}: pass ${values.join('|')}`, value)
    }
  }
}

/**
 * Texts are strings (category entries: lists of strings), by language: anything else would
 * break the banner. Throws a TypeError naming the text.
 *
 * @example
 * checkTexts({ en: { title: 5 } }) // TypeError: consentry: texts.en.title: pass a string (got 5)
 */
export function checkTexts(texts: unknown): void {
  if (texts == null) return
  if (typeof texts !== 'object') fail('texts: pass { lang: { key: text } }', texts)
  for (let [lang, entries] of Object.entries(texts as object)) {
    if (typeof entries !== 'object' || entries === null) fail(`texts.${lang}: pass { key: text }`, entries)
    for (let [key, value] of Object.entries(entries as object)) {
      let valid = typeof value === 'string' || (Array.isArray(value) && value.every(item => typeof item === 'string'))
      if (!valid) fail(`texts.${lang}.${key}: pass a string`, value)
    }
  }
}
