import { afterEach } from 'vitest'

import { createConsent } from '../../src/entries/headless.js'
import type { Consent } from '../../src/entries/headless.js'
import type { ConsentConfig } from '../../src/core/types.js'

/** Waits for queued microtasks and MutationObserver callbacks (happy-dom delivers them as microtasks). */
export const flush = (): Promise<void> => new Promise(resolve => setImmediate(resolve))

/**
 * Creates consent instances that are destroyed after each test, with the page's cookies and
 * body cleared, so tests in one file cannot leak into each other.
 */
export function useConsent(): (config: ConsentConfig) => Consent {
  let made: Consent[] = []
  afterEach(() => {
    for (let consent of made) consent.destroy()
    made = []
    clearCookies()
    document.head.innerHTML = ''
    document.body.innerHTML = ''
  })
  return config => {
    let consent = createConsent(config)
    made.push(consent)
    return consent
  }
}

/** Every domain and path the current page may have cookies on. */
export function cookieScopes(): { domains: Array<string | undefined>; paths: string[] } {
  let host = location.hostname.split('.')
  let domains: Array<string | undefined> = [undefined]
  for (let i = 0; i < host.length; i++) {
    let domain = host.slice(i).join('.')
    domains.push(domain, '.' + domain)
  }
  let paths = ['/']
  let parts = location.pathname.split('/')
  for (let i = 2; i <= parts.length; i++) paths.push(parts.slice(0, i).join('/'))
  return { domains, paths }
}

/** Deletes every cookie the page can see, on every scope (an expired date: max-age=0 is not enough in happy-dom). */
export function clearCookies(): void {
  let { domains, paths } = cookieScopes()
  for (let pair of document.cookie.split(/;\s*/).filter(Boolean)) {
    let name = pair.split('=')[0]
    for (let domain of domains) {
      for (let path of paths) {
        document.cookie =
          `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}` + (domain ? `; domain=${domain}` : '')
      }
    }
  }
}

/** Reads one cookie as the page sees it (first match, like js-cookie). */
export function readCookie(name: string): string | undefined {
  for (let pair of document.cookie.split(/;\s*/)) {
    let at = pair.indexOf('=')
    if (pair.slice(0, at) === name) return pair.slice(at + 1)
  }
  return undefined
}

/** The prototype property that implements `document.cookie`. */
function cookieDescriptor(): PropertyDescriptor {
  let proto: object | null = document
  while (proto) {
    let found = Object.getOwnPropertyDescriptor(proto, 'cookie')
    if (found) return found
    proto = Object.getPrototypeOf(proto)
  }
  throw new Error('document.cookie not found')
}

/**
 * Replaces `document.cookie` on this document with `get`/`set` (the real ones passed in),
 * e.g. to record writes or to make the property throw. Returns the restore function.
 */
export function overrideCookie(
  make: (real: { get: () => string; set: (value: string) => void }) => PropertyDescriptor
): () => void {
  let real = cookieDescriptor()
  let get = (): string => real.get!.call(document)
  let set = (value: string): void => real.set!.call(document, value)
  Object.defineProperty(document, 'cookie', { configurable: true, ...make({ get, set }) })
  return () => {
    delete (document as unknown as Record<string, unknown>).cookie
  }
}

/** Records every string written to `document.cookie` while still writing it. */
export function recordCookieWrites(): { writes: string[]; restore: () => void } {
  let writes: string[] = []
  let restore = overrideCookie(real => ({
    get: real.get,
    set(value: string) {
      writes.push(value)
      real.set(value)
    }
  }))
  return { writes, restore }
}

/** Parses a `Set-Cookie`-style string into its value and lower-cased attributes. */
export function parseSetCookie(line: string): { name: string; value: string; attrs: Record<string, string> } {
  let [pair, ...rest] = line.split(/;\s*/)
  let at = pair.indexOf('=')
  let attrs: Record<string, string> = {}
  for (let attr of rest) {
    let eq = attr.indexOf('=')
    if (eq < 0) attrs[attr.toLowerCase()] = ''
    else attrs[attr.slice(0, eq).toLowerCase()] = attr.slice(eq + 1)
  }
  return { name: pair.slice(0, at), value: pair.slice(at + 1), attrs }
}
