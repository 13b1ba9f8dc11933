import { intlLocale, serviceTexts } from './texts.js'
import type { CookieDuration } from './types.js'

// Largest first, as a person would say it: "1 year, 2 months".
const UNITS = [
  ['years', 'year'],
  ['months', 'month'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute']
] as const

// Intl formatters are slow to build: one per language and unit, kept for the page.
const formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat>()
function formatter<F extends Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let made = formatters.get(key)
  if (!made) {
    made = make()
    formatters.set(key, made)
  }
  return made as F
}

/**
 * A cookie's lifetime in words, in the visitor's language, with Intl: '2 years', '13 mois',
 * '30 Minuten', or the language's word for "Session".
 *
 * @example
 * formatDuration({ months: 13 }, 'fr') // '13 mois'
 * formatDuration('session', 'de') // 'Sitzung'
 */
export function formatDuration(duration: CookieDuration, lang: string): string {
  if (duration === 'session') return serviceTexts(lang).session
  let tag = intlLocale(lang)
  let parts: string[] = []
  for (let [key, unit] of UNITS) {
    let amount = duration[key]
    if (!amount) continue
    let number = formatter(tag + unit, () => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }))
    parts.push(number.format(amount))
  }
  return formatter(tag, () => new Intl.ListFormat(tag, { style: 'long', type: 'unit' })).format(parts)
}
