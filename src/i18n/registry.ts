import { en } from './en.js'
import { fr } from './fr.js'
import type { Texts } from './types.js'

/**
 * Every language the banner knows, by lowercase tag. One module for the whole package: the
 * `consentry/locales/*` entries add to this very object, so they must share it with the main
 * entry (code splitting in the build).
 */
export const locales: Record<string, Partial<Texts>> = { en, fr }

/**
 * Registers (or extends) a language. `consentry/locales/de` and friends call it when imported.
 *
 * @example
 * import { addLocale } from 'consentry'
 * addLocale('sv', { title: 'Den här webbplatsen använder cookies', … })
 */
export function addLocale(lang: string, texts: Partial<Texts>): void {
  lang = lang.toLowerCase()
  locales[lang] = { ...locales[lang], ...texts }
}
