import Cookies from 'js-cookie'

import type { CookieOptions } from './types.js'

/** Where the decision lives: a tiny get/set/remove interface, so tests and fallbacks swap it. */
export interface DecisionStorage {
  get(): string | undefined
  set(value: string): void
  remove(): void
}

/**
 * Cookie storage through js-cookie, falling back to page memory when cookies are blocked,
 * throw, or do not stick (then the decision still holds for this page).
 *
 * @example
 * let storage = createCookieStorage({ name: 'consentry', maxAgeDays: 182 }, console.error)
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCookieStorage(
  opts: CookieOptions,
  report: (error: Error) => void
): DecisionStorage {
  let name = opts.name || 'consentry'
  let memory: string | undefined
  let jar =
    typeof document == 'object' &&
    Cookies.withAttributes({
      path: opts.path || '/',
      domain: opts.domain,
      sameSite: opts.sameSite || 'Lax',
      secure: opts.secure ?? location.protocol == 'https:'
    })
  // Cookies are trusted until one throws or a written value does not read back; from then
  // on this page keeps the decision in memory. Until then, the cookie wins (another tab may
  // have changed it).
  let works = !!jar
  let attempt = (fn: (cookies: Cookies.CookiesStatic) => unknown): unknown => {
    try {
      return works && fn(jar as Cookies.CookiesStatic)
    } catch {
      works = false
    }
  }
  return {
    get() {
      let value = attempt(c => c.get(name)) as string | undefined
      return works ? value : memory
    },
    set(next) {
      memory = next
      attempt(c => {
        c.set(name, next, { expires: opts.maxAgeDays })
        works = c.get(name) == next
      })
      // Said when it matters: the decision will not outlive this page.
      if (jar && !works) report(Error('Cookies are unavailable: the decision holds for this page only'))
    },
    remove() {
      memory = undefined
      attempt(c => c.remove(name))
    }
  }
}

/**
 * Deletes the page's cookies whose names match, on every path and domain they may have
 * been set with (analytics tags set theirs on the parent domain).
 *
 * @example
 * deleteCookies(['_gid', /^_ga/])
 */
export function deleteCookies(patterns: Array<string | RegExp>): void {
  if (!patterns[0] || typeof document != 'object') return
  // Tags set cookies on the page's path or a parent one, and on the host or a parent domain
  // (a leading dot changes nothing for browsers): try every pair.
  let host = location.hostname.split('.')
  let path = location.pathname.split('/')
  for (let name in Cookies.get()) {
    if (patterns.some(p => (typeof p == 'string' ? p == name : name.search(p) >= 0))) {
      for (let i = 0; i < host.length; i++) {
        for (let j = 1; j <= path.length; j++) {
          Cookies.remove(name, { domain: i ? host.slice(i - 1).join('.') : undefined, path: path.slice(0, j).join('/') || '/' })
        }
      }
    }
  }
}
