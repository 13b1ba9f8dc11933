// Turns the browser's cookies and storage keys into report entries: party, tracker vendor, consent cookie.
import type { Cookie } from 'playwright-core'

import { isFirstPartyCookie } from './site.js'
import type { Site } from './site.js'
import { isConsentCookie, vendorOfCookie } from './trackers.js'
import type { AuditCookie, AuditStorageKey, Kind } from './types.js'

const DAY_SECONDS = 86400

function kindOf(name: string): { kind: Kind; vendor?: string } {
  let vendor = vendorOfCookie(name)
  if (vendor) return { kind: 'tracker', vendor }
  return { kind: isConsentCookie(name) ? 'consent' : 'unclassified' }
}

/**
 * Report entries for the context's cookies, `now` in milliseconds.
 *
 * @example
 * classifyCookies(await context.cookies(), audited, Date.now())
 * // [{ name: '_ga', domain: '.example.com', days: 400, party: 'first', kind: 'tracker', vendor: 'Google', … }]
 */
export function classifyCookies(cookies: Cookie[], audited: Site, now: number): AuditCookie[] {
  return cookies.map(cookie => {
    let days = cookie.expires > 0 ? Math.round((cookie.expires - now / 1000) / DAY_SECONDS) : 0
    return {
      name: cookie.name,
      domain: cookie.domain,
      path: cookie.path,
      expires: cookie.expires > 0 ? Math.round(cookie.expires) : -1,
      days,
      party: isFirstPartyCookie(audited, cookie.domain) ? 'first' : 'third',
      ...kindOf(cookie.name)
    }
  })
}

/**
 * Report entries for storage keys; tracker keys are recognized by the vendors' cookie names.
 *
 * @example
 * classifyStorage([{ area: 'localStorage', key: '_hjid' }]) // [{ …, kind: 'tracker', vendor: 'Hotjar' }]
 */
export function classifyStorage(keys: Array<{ area: AuditStorageKey['area']; key: string }>): AuditStorageKey[] {
  return keys.map(entry => ({ ...entry, ...kindOf(entry.key) }))
}
