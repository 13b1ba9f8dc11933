import type { Consent } from '../consent.js'
import { ALIAS } from '../i18n/pick.js'
import type { Decision, Unbind } from '../types.js'

/**
 * The categories Global Privacy Control refuses on this page: those flagged `gpc: true`
 * (by default marketing, ads and advertising), when `navigator.globalPrivacyControl === true`;
 * else none. The banner shows its "signal honored" line while one of them is refused.
 *
 * @example
 * gpcCategories(consent) // ['marketing'] in a browser that sends GPC
 */
export function gpcCategories(consent: Consent): string[] {
  let { names, options } = consent.config
  // The signal is read only for a covered category: a first use of navigator costs ~1 ms on a slow
  // phone. Only called with a DOM, so navigator exists.
  return names.filter(
    name =>
      (options[name].gpc ?? (ALIAS[name] || name) == 'marketing') &&
      (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true
  )
}

/**
 * Honors Global Privacy Control when there is no stored decision (a stored one is the visitor's
 * own choice and stands). If GPC covers every category, it is a complete decision: everything is
 * refused and saved with method 'gpc', and no banner is needed. Otherwise nothing is saved — the
 * banner still asks about the other categories — but "accept all" (the banner's, or the site's
 * call) then grants only what GPC does not cover, saved with method 'gpc'; the visitor can still
 * opt in to a covered category by switching it on in preferences (method 'custom').
 *
 * @example
 * let undo = respectGpc(consent) // before the banner decides whether to show
 */
export function respectGpc(consent: Consent): Unbind {
  let refused = gpcCategories(consent)
  let { names } = consent.config
  let { acceptAll } = consent
  // Everything GPC does not cover; with every category covered, that is a refusal of all.
  let allowed = (): Decision =>
    consent.save(Object.fromEntries(names.map(name => [name, !refused.includes(name)])), 'gpc')
  if (refused[0] && !consent.getDecision()) {
    if (refused.length < names.length) consent.acceptAll = allowed
    else allowed()
  }
  return () => {
    consent.acceptAll = acceptAll
  }
}
