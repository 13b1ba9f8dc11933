import type { CookieDuration, Service, ServiceCookie } from './types.js'
import { CATEGORY_NAME as NAME } from '../core/config.js'

// The same rule as category names (src/config.ts), so one namespace holds both.
const UNITS = ['minutes', 'hours', 'days', 'months', 'years']

let fail = (what: string, got: unknown): never => {
  let shown = got instanceof RegExp || typeof got == 'function' ? String(got) : JSON.stringify(got)
  throw new TypeError(`consentry: ${what} (got ${shown})`)
}

/**
 * True for 'session' or an object of positive amounts of minutes to years (at least one).
 *
 * @example
 * isDuration({ months: 13 }) // true
 * isDuration({ days: 0 }) // false
 */
export function isDuration(duration: unknown): duration is CookieDuration {
  if (duration === 'session') return true
  if (duration == null || typeof duration != 'object' || Array.isArray(duration)) return false
  let keys = Object.keys(duration)
  if (keys.length === 0) return false
  for (let key of keys) {
    let amount = (duration as Record<string, unknown>)[key]
    if (!UNITS.includes(key) || typeof amount != 'number' || !(amount > 0) || amount === Infinity) return false
  }
  return true
}

// Browsers drop controls and spaces inside a scheme ("java\tscript:"): strip them before looking.
let isSafeUrl = (url: unknown): boolean =>
  typeof url == 'string' && url !== '' && !/^(?!https?:)[a-z][\w+.-]*:/i.test(url.replace(/[\0-\x20]/g, ''))

function checkCookie(where: string, cookie: ServiceCookie, index: number): void {
  let at = `${where}.cookies[${index}]`
  if (cookie == null || typeof cookie != 'object') fail(`${at}: pass { name, duration }`, cookie)
  let name = cookie.name
  if (!(name instanceof RegExp) && !(typeof name == 'string' && name !== '')) {
    fail(`${at}.name: pass a cookie name or a RegExp like /^_ga_/`, name)
  }
  if (!isDuration(cookie.duration)) {
    fail(`${at}.duration: pass 'session' or positive amounts like { days: 30 }`, cookie.duration)
  }
  for (let key of ['description', 'provider'] as const) {
    if (cookie[key] != null && typeof cookie[key] != 'string') fail(`${at}.${key}: pass a string`, cookie[key])
  }
}

/**
 * Checks one service against the configured category names, throwing a TypeError that names the
 * service and says what to pass. Returns the service unchanged.
 *
 * @example
 * validateService({ name: 'chat', category: 'functional' }, ['functional']) // the service
 * validateService({ name: 'chat', category: 'ads' }, ['functional']) // TypeError
 */
export function validateService(service: Service, categories: string[]): Service {
  if (service == null || typeof service != 'object') fail('services: pass objects like { name, category }', service)
  let { name, category } = service
  if (typeof name != 'string' || !NAME.test(name)) fail("services: pass a name like 'chat' (letters, digits, _ or -)", name)
  let where = `services.${name}`
  if (!categories.includes(category)) fail(`${where}.category: pass one of ${categories.join(', ')}`, category)
  for (let key of ['load', 'onRevoke'] as const) {
    if (service[key] != null && typeof service[key] != 'function') fail(`${where}.${key}: pass a function`, service[key])
  }
  for (let key of ['label', 'description', 'provider'] as const) {
    if (service[key] != null && typeof service[key] != 'string') fail(`${where}.${key}: pass a string`, service[key])
  }
  if (service.privacyPolicyUrl != null && !isSafeUrl(service.privacyPolicyUrl)) {
    fail(`${where}.privacyPolicyUrl: pass an http(s) or relative URL`, service.privacyPolicyUrl)
  }
  let cookies = service.cookies
  if (cookies != null) {
    if (!Array.isArray(cookies)) fail(`${where}.cookies: pass an array of { name, duration }`, cookies)
    cookies.forEach((cookie, index) => checkCookie(where, cookie, index))
  }
  let hosts = service.embedHosts
  if (hosts != null && !(Array.isArray(hosts) && hosts.every(host => typeof host == 'string' && host !== ''))) {
    fail(`${where}.embedHosts: pass host names like ['www.youtube.com']`, hosts)
  }
  return service
}

/**
 * Checks every service (see validateService), then that no two share a name and that no service
 * is named like a category (both live in one namespace: isGranted('ga4'), isGranted('analytics')).
 *
 * @example
 * validateServices([googleAnalytics({ id: 'G-XXXX' })], ['analytics'])
 */
export function validateServices(list: Service[], categories: string[]): Service[] {
  if (!Array.isArray(list)) fail('services: pass an array of services', list)
  let seen = new Set<string>()
  for (let service of list) {
    validateService(service, categories)
    if (seen.has(service.name)) fail('services: pass each service name once', service.name)
    if (categories.includes(service.name)) {
      fail('services: pass a service name that is not also a category name', service.name)
    }
    seen.add(service.name)
  }
  return list
}
