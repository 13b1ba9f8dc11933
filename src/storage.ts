import Cookies from 'js-cookie'

import type { Normalized } from './config.js'

/** Where the decision lives: a tiny get/set interface, so tests and fallbacks swap it. */
export interface DecisionStorage {
  get(): string | null | undefined
  /** Writes the value; `null` deletes it. */
  set(value: string | null): void
  /**
   * Deletes the page's cookies whose names match, on every path and domain they may have
   * been set with (analytics tags set theirs on the parent domain).
   */
  clean(patterns: Array<string | RegExp>): void
}

/**
 * Cookie storage through js-cookie, falling back to page memory when cookies are blocked,
 * throw, or do not stick (then the decision still holds for this page).
 *
 * @example
 * let storage = createCookieStorage({ ...normalize(config), cookie: { name: 'cc' } }, console.error)
 * storage.clean(['_gid', /^_ga/])
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCookieStorage(
  { cookie: opts = {}, maxAgeDays }: Normalized,
  report: (error: Error) => void
): DecisionStorage {
  let name = opts.name || 'consentry'
  let memory: string | null | undefined
  let attrs = typeof document == 'object' && {
    path: opts.path || '/',
    domain: opts.domain,
    sameSite: opts.sameSite || 'Lax',
    secure: opts.secure ?? location.protocol == 'https:',
    expires: maxAgeDays
  }
  // Cookies are trusted (given a DOM: attrs) until one throws or a written value does not read
  // back; from then on this page keeps the decision in memory (and touches no cookie). Until
  // then, the cookie wins (another tab may have changed it).
  let works: unknown = attrs
  let attempt = (fn: () => unknown): void => {
    try {
      works && fn()
    } catch {
      works = false
    }
  }
  return {
    get() {
      // Memory follows the cookie while cookies work, and keeps the last value once they fail.
      attempt(() => (memory = Cookies.get(name)))
      return memory
    },
    set(next) {
      memory = next
      attempt(() => {
        // A deletion is checked like a write: whatever does not read back means memory from now on.
        next ? Cookies.set(name, next, attrs as Cookies.CookieAttributes) : Cookies.remove(name, attrs as Cookies.CookieAttributes)
        works = Cookies.get(name) == next
      })
      // Said when it matters: the decision will not outlive this page.
      if (next && attrs && !works) report(Error('Cookies blocked: decision kept in memory'))
    },
    clean: patterns =>
      attempt(() => {
        // Tags set cookies on the page's path or a parent one, and on the host or a parent
        // domain (a leading dot changes nothing for browsers): try every pair.
        for (let cookie in Cookies.get()) {
          if (patterns.some(p => (typeof p == 'string' ? p == cookie : cookie.search(p) >= 0))) {
            // replace() walks the prefixes: each domain from the start and each dot of
            // "www.example.com", then '' from its end (js-cookie skips it: the host-only cookie);
            // each path up to a slash of "/a/b" and to its end ('' meaning '/').
            location.hostname.replace(/^|\.|$/g, (_, i: number, host: string) =>
              location.pathname.replace(/\/|$/g, (_, j: number, path: string) => {
                Cookies.remove(cookie, {
                  domain: host.slice(i),
                  path: path.slice(0, j) || '/'
                } as Cookies.CookieAttributes)
                return ''
              })
            )
          }
        }
      })
  }
}
