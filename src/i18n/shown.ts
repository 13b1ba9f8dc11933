import { pickLang } from './pick.js'
import { locales } from './registry.js'
import type { Texts } from './types.js'

/** The language shown and its texts, resolved: what the banner, proof and embeds show. */
export interface Shown {
  language: string
  texts: Texts
}

/**
 * Returns the function that resolves the language and texts to show now (locale files may arrive
 * later): English, under the language, under the config's overrides; a region such as fr-ca over
 * its language.
 *
 * @example
 * let shown = resolveTexts({ lang: 'fr', texts: { fr: { title: 'Cookies ?' } } })
 * shown().texts.title // 'Cookies ?'
 */
export function resolveTexts(config: { lang?: string; texts?: Record<string, Partial<Texts>> }): () => Shown {
  // The config's texts by lowercase tag, like the registry.
  let custom: Record<string, Partial<Texts>> = {}
  for (let tag in config.texts) custom[tag.toLowerCase()] = config.texts[tag]
  return () => {
    let language = pickLang(config.lang ?? 'auto', custom)
    let base = language.split(/[-_]/)[0]
    let texts = { ...locales.en, ...locales[base], ...custom[base], ...locales[language], ...custom[language] }
    return { language, texts: texts as Texts }
  }
}
