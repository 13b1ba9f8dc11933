import { locales } from './registry.js'
import type { Texts } from './types.js'

/**
 * Picks the language to show: `lang`, or with 'auto' `<html lang>` then `navigator.languages`;
 * for each tag the full tag, then its primary subtag; else 'en'. `extra` = languages the config
 * brings its own texts for.
 *
 * @example
 * pickLang('auto', {}) // 'fr' on <html lang="fr-CA">
 */
export function pickLang(lang: string, extra: Record<string, unknown>): string {
  let tags = lang == 'auto' ? [document.documentElement.lang, ...navigator.languages] : [lang]
  for (let tag of tags) {
    tag = tag.toLowerCase()
    for (let t of [tag, tag.split(/[-_]/)[0]]) if (locales[t] || extra[t]) return t
  }
  return 'en'
}

/** Category names that share the built-in texts (and GPC default) of another. */
export const ALIAS: Record<string, string> = { ads: 'marketing', advertising: 'marketing', functional: 'preferences' }

/**
 * `[label, description, purpose]` of a category: config options first, then the language's
 * built-in texts, then the name itself.
 *
 * @example
 * category(en, 'ads', {}) // ['Marketing', 'Personalized ads…', 'personalized advertising']
 */
export function category(t: Texts, name: string, o: { label?: string; description?: string } = {}): string[] {
  let found = t[(ALIAS[name] || name) as keyof Texts]
  // Only the category entries of Texts are arrays: a category named "title" gets no texts.
  let b = (Array.isArray(found) ? found : []) as string[]
  let label = o.label || b[0] || name
  return [label, o.description || b[1] || '', b[2] || label]
}

/**
 * The first-layer sentence for the configured categories ("We use cookies for analytics…").
 * Analytics goes last: its purpose reads as the end of the sentence.
 *
 * @example
 * purposes(en, ['analytics'], {}) // 'We use cookies for analytics to improve our site.'
 */
export function purposes(
  t: Texts,
  names: string[],
  options: Record<string, { label?: string; description?: string } | undefined>
): string {
  let list = [...names]
    .sort((a, b) => +(a == 'analytics') - +(b == 'analytics'))
    .map(n => category(t, n, options[n])[2])
  // Not Intl.ListFormat: its first use loads locale data, 50-90 ms on a throttled phone.
  let last = list.pop()!
  return t.text.replace('%', () => (list[0] ? list.join(', ') + ' ' + t.and + ' ' : '') + last)
}
