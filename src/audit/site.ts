// The audited site: its origin, the pages to visit on it, and which hosts count as its own.
import { underDomain } from './trackers.js'

export interface Site {
  origin: string
  host: string
  /** The pages to visit, as absolute URLs on `origin`. */
  pages: string[]
  /** Hosts whose requests are not reported: `cdn.example.com`, or `.example.com` for it and its subdomains. */
  allowHosts: string[]
}

const misuse = (option: string, what: string, got: unknown): TypeError =>
  new TypeError(`consentry: audit: ${option}: pass ${what} (got ${JSON.stringify(got)})`)

/**
 * Checks the URL and the pages: http(s) only, every page on the same origin.
 *
 * @example
 * site('https://www.example.com/', ['/', '/article'], []).pages
 * // ['https://www.example.com/', 'https://www.example.com/article']
 */
export function site(url: string, pages: string[] | undefined, allowHosts: string[]): Site {
  let start: URL
  try {
    start = new URL(url)
  } catch {
    throw misuse('url', 'an absolute http(s) URL such as https://www.example.com/', url)
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') {
    throw misuse('url', 'an http: or https: URL', url)
  }
  if (pages !== undefined && (!Array.isArray(pages) || pages.length === 0)) {
    throw misuse('pages', 'a non-empty array of paths such as ["/", "/article"]', pages)
  }
  let resolved = (pages ?? [start.pathname + start.search]).map(page => {
    if (typeof page !== 'string' || page.trim() === '') throw misuse('pages', 'paths such as "/article"', page)
    let target = new URL(page.trim(), start)
    // Only the given origin is audited: a page elsewhere is a mistake, not a second site to crawl.
    if (target.origin !== start.origin) throw misuse('pages', `paths on ${start.origin}`, page)
    target.hash = ''
    return target.href
  })
  return { origin: start.origin, host: start.hostname, pages: [...new Set(resolved)], allowHosts }
}

const IP_OR_LOCAL = /^(\d+\.\d+\.\d+\.\d+|\[.*\]|localhost)$/

/**
 * The registrable part of a host, approximately: `www.example.co.uk` → `example.co.uk`,
 * `cdn.example.com` → `example.com`. IP addresses and `localhost` stand for themselves.
 *
 * @example
 * siteOf('static.lemonde.fr') // 'lemonde.fr'
 */
export function siteOf(host: string): string {
  if (IP_OR_LOCAL.test(host)) return host
  let labels = host.split('.')
  // example.co.uk, example.com.au: a short second-level label under a two-letter country code.
  let keep = labels.length > 2 && labels[labels.length - 2].length <= 3 && labels[labels.length - 1].length === 2 ? 3 : 2
  return labels.slice(-keep).join('.')
}

/**
 * The host belongs to the audited site (same registrable domain).
 *
 * @example
 * isOwnHost(site('https://www.example.com/', undefined, []), 'cdn.example.com') // true
 */
export const isOwnHost = (audited: Site, host: string): boolean => siteOf(host) === siteOf(audited.host)

/**
 * The host was allowed with `allowHosts` (exactly, or under a `.domain` entry).
 *
 * @example
 * isAllowedHost(site('https://a.example/', undefined, ['.cdn.net']), 'eu.cdn.net') // true
 */
export function isAllowedHost(audited: Site, host: string): boolean {
  return audited.allowHosts.some(entry =>
    entry.startsWith('.') ? underDomain(host, entry.slice(1)) : host === entry
  )
}

/**
 * A cookie's domain (`.example.com`, `www.example.com`) is the audited site's.
 *
 * @example
 * isFirstPartyCookie(site('https://www.example.com/', undefined, []), '.example.com') // true
 */
export const isFirstPartyCookie = (audited: Site, domain: string): boolean =>
  isOwnHost(audited, domain.replace(/^\./, ''))
