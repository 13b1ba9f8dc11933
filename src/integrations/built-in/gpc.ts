import { CATEGORY_ALIASES } from '../../core/config.js'
import type { Normalized } from '../../core/config.js'

/**
 * The categories Global Privacy Control refuses on this page: those flagged `gpc: true` (by
 * default marketing, ads and advertising), when `navigator.globalPrivacyControl === true`; else
 * none. The engine's acceptAll then grants only the others (method 'gpc'); when they are all the
 * categories, the signal is a complete refusal, saved at start. A stored decision is the visitor's
 * own and stands; the visitor can still switch a covered category on in the preferences.
 *
 * @example
 * gpcCategories(normalize(config)) // ['marketing'] in a browser that sends GPC
 */
export function gpcCategories({ names, options }: Pick<Normalized, 'names' | 'options'>): string[] {
  let covered = names.filter(name => options[name].gpc ?? (CATEGORY_ALIASES[name] ?? name) === 'marketing')
  // The signal is read only for a covered category: a first use of navigator costs ~1 ms on a slow phone.
  if (covered.length === 0 || typeof navigator !== 'object') return []
  let signal = (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl
  return signal === true ? covered : []
}
