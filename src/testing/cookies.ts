import Cookies from 'js-cookie'

import { parseDecision, randomId, serializeDecision } from '../core/cookie-format.js'
import type { Decision, DecisionMethod } from '../core/types.js'
import { CATEGORY_NAME as NAME, DEFAULT_COOKIE_NAME, DEFAULT_MAX_AGE_DAYS } from '../core/config.js'

/** Which cookie holds the decision: the same options as the `cookie` config of `createConsent`. */
export interface TestCookieOptions {
  /** Default `consentry`. */
  name?: string
  domain?: string
  /** Default `/`. */
  path?: string
}

export interface DecisionOptions {
  /** The config `revision` the decision was made under. Default 1. */
  revision?: number
  /** Default: `accept-all` when every category is granted, `reject-all` when none is, else `custom`. */
  method?: DecisionMethod
  /** When the decision was made. Default: now. */
  timestamp?: Date | string | number
  /** Default: a random id. */
  id?: string
  /**
   * The names in the flags that are services, not categories (format 2). Default: the presets'
   * fixed names of `consentry/services` (ga4, meta-pixel, youtube…).
   */
  services?: string[]
}

/** The fixed service names of the presets in `consentry/services`. */
export const PRESET_SERVICES = [
  'ga4', 'gtm', 'google-ads', 'meta-pixel', 'clarity', 'uet', 'hotjar', 'matomo', 'linkedin-insight',
  'tiktok-pixel', 'youtube', 'vimeo', 'google-maps'
]

export interface SeedOptions extends DecisionOptions {
  cookie?: TestCookieOptions
  /** Cookie lifetime in days, like `cookie.maxAgeDays`. Default 182. */
  maxAgeDays?: number
}


/**
 * Builds a valid Decision from `{ category: granted }`, services beside categories (format 2,
 * e.g. `{ analytics: true, ga4: true }`), and checks that the library itself would accept it:
 * what you seed is what the engine reads. List every configured category and service.
 *
 * @example
 * makeDecision({ analytics: true, marketing: false }, { revision: 2 }).method // 'custom'
 * makeDecision({ analytics: true, ga4: true, hotjar: false }).services // { ga4: true, hotjar: false }
 */
export function makeDecision(
  categories: Record<string, boolean>,
  options: DecisionOptions = {}
): Decision {
  let serviceNames = options.services ?? PRESET_SERVICES
  let all = Object.keys(categories || {}).filter(name => name !== 'necessary')
  let names = all.filter(name => !serviceNames.includes(name))
  let services = all.filter(name => serviceNames.includes(name))
  if (!names.length || all.some(name => !NAME.test(name))) {
    throw new TypeError(
      `consentry/testing: pass every configured category with its state, e.g. { analytics: true, marketing: false } (got ${JSON.stringify(categories)})`
    )
  }
  let values = all.map(name => categories[name] === true)
  let decision: Decision = {
    id: options.id ?? randomId(),
    timestamp: new Date(options.timestamp ?? Date.now()).toISOString(),
    revision: options.revision ?? 1,
    method:
      options.method ??
      (values.every(Boolean) ? 'accept-all' : values.some(Boolean) ? 'custom' : 'reject-all'),
    categories: { necessary: true }
  }
  for (let name of names) decision.categories[name] = categories[name] === true
  if (services.length > 0) {
    decision.services = {}
    for (let name of services) decision.services[name] = categories[name] === true
  }
  // Read it back through the library's own parser: a decision it would drop (bad method for
  // these values, too old, from the future) fails here, not silently in the test.
  let parsed = parseDecision(serializeDecision(decision), { revision: decision.revision, maxAgeDays: 400 })
  if (!parsed) {
    throw new TypeError(
      `consentry/testing: the library would ignore this decision (method "${decision.method}" with ${JSON.stringify(categories)}, timestamp ${decision.timestamp}); check method and timestamp`
    )
  }
  return parsed
}

let withDom = (what: string): void => {
  if (typeof document != 'object') {
    throw new Error(
      `consentry/testing: ${what} needs a DOM (vitest/jest environment happy-dom or jsdom); in Playwright use consentCookie()`
    )
  }
}

let jar = (cookie: TestCookieOptions = {}) =>
  Cookies.withAttributes({
    path: cookie.path || '/',
    domain: cookie.domain,
    sameSite: 'Lax',
    secure: location.protocol === 'https:'
  })

/**
 * Writes a valid decision cookie into `document.cookie`, as the library would after a click,
 * and returns the Decision. Create the consent instance afterwards (or call `consent.refresh()`).
 *
 * @example
 * seedDecision({ analytics: true }, { revision: 2, cookie: { name: 'cc' } })
 * let consent = createConsent({ categories: ['analytics'], revision: 2, cookie: { name: 'cc' } })
 * consent.isGranted('analytics') // true, and no banner
 */
export function seedDecision(categories: Record<string, boolean>, options: SeedOptions = {}): Decision {
  withDom('seedDecision()')
  let decision = makeDecision(categories, options)
  jar(options.cookie).set(options.cookie?.name || DEFAULT_COOKIE_NAME, serializeDecision(decision), {
    expires: options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS
  })
  return decision
}

/**
 * Deletes the decision cookie (on the given path and domain, and on the host): the next
 * consent instance shows the banner again.
 *
 * @example
 * afterEach(() => clearDecision())
 */
export function clearDecision(options: { cookie?: TestCookieOptions } = {}): void {
  withDom('clearDecision()')
  let { cookie = {} } = options
  // js-cookie deletes with a past `expires` date: happy-dom keeps `max-age=0` cookies.
  jar(cookie).remove(cookie.name || 'consentry')
  if (cookie.domain) jar({ ...cookie, domain: undefined }).remove(cookie.name || 'consentry')
}

export interface ReadOptions {
  cookie?: TestCookieOptions
  /** The config revision; a decision from another one reads as none. Default 1. */
  revision?: number
  /** The configured categories; when given, a decision for another set reads as none. */
  categories?: string[]
  /** The configured services' names; when given, a decision for another set reads as none. */
  services?: string[]
}

/**
 * The decision stored in `document.cookie`, read like the library reads it (`null` when none
 * or when the library would ignore it).
 *
 * @example
 * clickAccept()
 * storedDecision()?.method // 'accept-all'
 */
export function storedDecision(options: ReadOptions = {}): Decision | null {
  withDom('storedDecision()')
  return parseDecision(Cookies.get(options.cookie?.name || DEFAULT_COOKIE_NAME), options)
}
