import { locales } from './registry.js'

/**
 * Picks the language to show: `lang`, or with 'auto' `<html lang>` then `navigator.languages`;
 * for each tag the full tag, then its primary subtag; else 'en'. `extra` = languages the config
 * brings its own texts for.
 *
 * @example
 * pickLang('auto', {}) // 'fr' on <html lang="fr-CA">
 */
export function pickLang(lang: string, extra: Record<string, unknown>): string {
  let tags = lang === 'auto' ? [document.documentElement.lang, ...navigator.languages] : [lang]
  for (let tag of tags) {
    let full = tag.toLowerCase()
    for (let candidate of [full, full.split(/[-_]/)[0]]) {
      if (locales[candidate] || extra[candidate]) return candidate
    }
  }
  return 'en'
}
