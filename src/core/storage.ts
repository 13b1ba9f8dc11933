import Cookies from 'js-cookie'

import type { Normalized } from './config.js'
import { cookieValues } from './cookie-header.js'

/** Where the decision lives: a tiny get/set interface, so tests and fallbacks swap it. */
export interface DecisionStorage {
  /**
   * Every stored value, deeper paths first: there may be several (one left on the host after a
   * `cookie.domain` change, one at a deeper path). The engine keeps the newest valid decision.
   */
  get(): string[]
  /** Writes the value, replacing every other copy it can reach; `null` deletes them all. */
  set(value: string | null): void
  /**
   * Deletes the page's cookies whose names match, on every path and domain they may have
   * been set with (analytics tags set theirs on the parent domain). Never the decision cookie.
   */
  clean(patterns: Array<string | RegExp>): void
}

// The browser's own cookie accessor: `<img name="cookie">` in the page cannot shadow it.
const cookieProperty = typeof Document === 'function' ? Object.getOwnPropertyDescriptor(Document.prototype, 'cookie') : undefined

/** `document.cookie`, read through the prototype's getter. */
function cookieString(): string {
  return cookieProperty?.get ? String(cookieProperty.get.call(document)) : document.cookie
}

/**
 * The values of the cookies named exactly `name` (no decoding of names: `%63onsentry` is another
 * cookie), with values decoded as js-cookie writes them.
 *
 * @example
 * readCookies('consentry') // ['1.1.mifr5yq8.r.…']
 */
export function readCookies(name: string): string[] {
  return cookieValues(cookieString(), name)
}

/**
 * Calls `visit(domain, path)` for every domain and path a cookie of this page may have been set
 * with: the host and each parent domain (and '' for the host-only cookie), `/` and each parent path.
 */
function eachScope(visit: (domain: string, path: string) => void): void {
  let labels = location.hostname.split('.')
  let domains = [''].concat(labels.map((_, index) => labels.slice(index).join('.')))
  let segments = location.pathname.split('/')
  let paths = ['/']
  for (let end = 2; end <= segments.length; end++) {
    let path = segments.slice(0, end).join('/')
    if (path && !paths.includes(path)) paths.push(path)
  }
  for (let domain of domains) for (let path of paths) visit(domain, path)
}

/**
 * Cookie storage through js-cookie, falling back to page memory when cookies are blocked,
 * throw, or do not stick (then the decision still holds for this page).
 *
 * @example
 * let storage = createCookieStorage(normalize({ categories: ['analytics'], cookie: { name: 'cc' } }), console.error)
 * storage.clean(['_gid', /^_ga/])
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCookieStorage(
  { cookie: options = {}, maxAgeDays, cookieName: name }: Normalized,
  report: (error: Error) => void
): DecisionStorage {
  let hasDom = typeof document === 'object'
  let memory: string[] = []
  let attributes: Cookies.CookieAttributes = hasDom
    ? {
        path: options.path || '/',
        domain: options.domain,
        sameSite: options.sameSite || 'Lax',
        secure: options.secure ?? location.protocol === 'https:',
        expires: maxAgeDays
      }
    : {}
  // Cookies are trusted (given a DOM) until one throws or a written value does not read back;
  // from then on this page keeps the decision in memory (and touches no cookie). Until then, the
  // cookie wins (another tab may have changed it).
  let works = hasDom
  let attempt = (fn: () => void): void => {
    if (!works) return
    try {
      fn()
    } catch {
      works = false
    }
  }
  let remove = (cookie: string): void =>
    eachScope((domain, path) => Cookies.remove(cookie, domain ? { domain, path } : { path }))

  return {
    get() {
      // Memory follows the cookies while they work, and keeps the last values once they fail.
      attempt(() => {
        memory = readCookies(name)
      })
      return memory
    },
    set(next) {
      memory = next ? [next] : []
      attempt(() => {
        let write = (): void => {
          if (next) Cookies.set(name, next, attributes)
          else Cookies.remove(name, attributes)
        }
        write()
        // Another copy left (on the host after a cookie.domain change, or at a deeper path) would
        // outlive or outrank this one: remove every copy in reach, then write again.
        if (readCookies(name).length > (next ? 1 : 0)) {
          remove(name)
          write()
        }
        let stored = readCookies(name)
        // A write or deletion is checked alike: what does not read back means memory from now on.
        works = next ? stored.includes(next) : stored.length === 0
      })
      // Said when it matters: the decision will not outlive this page.
      if (next && hasDom && !works) report(Error('Cookies blocked: decision kept in memory'))
    },
    clean(patterns) {
      attempt(() => {
        for (let cookie of Object.keys(Cookies.get())) {
          let listed = patterns.some(pattern => (typeof pattern === 'string' ? pattern === cookie : cookie.search(pattern) >= 0))
          if (listed && cookie !== name) remove(cookie)
        }
      })
    }
  }
}
