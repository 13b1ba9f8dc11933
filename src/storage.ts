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
    typeof document === 'undefined'
      ? null
      : Cookies.withAttributes({
          path: opts.path || '/',
          domain: opts.domain,
          sameSite: opts.sameSite || 'Lax',
          secure: opts.secure ?? location.protocol === 'https:'
        })
  let attempt = <T>(fn: () => T): T | undefined => {
    try {
      return jar ? fn() : undefined
    } catch (e) {
      report(e as Error)
    }
  }
  return {
    get: () => attempt(() => jar!.get(name)) ?? memory,
    set(value) {
      memory = value
      attempt(() => jar!.set(name, value, { expires: opts.maxAgeDays || 182 }))
    },
    remove() {
      memory = undefined
      attempt(() => jar!.remove(name))
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
  if (typeof document === 'undefined' || !patterns.length) return
  let host = location.hostname.split('.')
  let domains: Array<string | undefined> = [undefined]
  for (let i = 0; i < host.length - 1; i++) {
    let domain = host.slice(i).join('.')
    domains.push(domain, '.' + domain)
  }
  let paths = ['/']
  let parts = location.pathname.split('/')
  for (let i = 2; i <= parts.length; i++) paths.push(parts.slice(0, i).join('/'))
  for (let name of Object.keys(Cookies.get())) {
    if (patterns.some(p => (typeof p === 'string' ? p === name : p.test(name)))) {
      for (let domain of domains) {
        for (let path of paths) Cookies.remove(name, { domain, path })
      }
    }
  }
}
