import { DEFAULT_COOKIE_NAME, isMaxAgeDays, isRevision } from '../core/config.js'
import { parseDecision } from '../core/cookie-format.js'
import type { ParseOptions } from '../core/cookie-format.js'
import type { Decision } from '../core/types.js'

/** 16 KB: more than any browser sends in one Cookie header to one site in practice. */
const MAX_HEADER = 16384

export interface ServerParseOptions extends ParseOptions {
  /** Cookie name. Default `consentry`. */
  name?: string
}

/**
 * Reads the visitor's decision from a `Cookie` header (or the bare cookie value) with no DOM,
 * under the same rules as the browser: wrong format, revision, categories or age give `null`.
 *
 * @example
 * import { parseConsentCookie } from 'consentry/server'
 * let decision = parseConsentCookie(request.headers.get('cookie'), { revision: 1, categories: ['analytics'] })
 * if (decision?.categories.analytics) html += analyticsTag
 */
export function parseConsentCookie(
  cookieHeaderOrValue: string | null | undefined,
  options: ServerParseOptions = {}
): Decision | null {
  let { maxAgeDays, revision } = options
  // The browser's own rules (config.ts): a NaN or out-of-range age would accept any decision.
  if (maxAgeDays !== undefined && !isMaxAgeDays(maxAgeDays)) {
    throw new TypeError(`consentry: maxAgeDays: pass 1-400 (got ${String(maxAgeDays)})`)
  }
  if (revision !== undefined && !isRevision(revision)) {
    throw new TypeError(`consentry: revision: pass an integer >= 0 (got ${String(revision)})`)
  }
  // Browsers send a few KB of cookies: a longer header is read up to this length only.
  if (typeof cookieHeaderOrValue !== 'string') return null
  let value: string | undefined = cookieHeaderOrValue.slice(0, MAX_HEADER)
  // Our values never hold "=": anything with one is a header.
  if (value.includes('=')) {
    let name = options.name || DEFAULT_COOKIE_NAME
    value = undefined
    for (let pair of cookieHeaderOrValue.slice(0, MAX_HEADER).split(';')) {
      let index = pair.indexOf('=')
      // The exact name, as the browser reads it: `%63onsentry` is another cookie.
      if (index > 0 && pair.slice(0, index).trim() === name) {
        value = pair.slice(index + 1).trim()
        break
      }
    }
  }
  try {
    // Quotes dropped as js-cookie drops them in the browser: the same decision on both sides.
    return parseDecision(value && decodeURIComponent(value.startsWith('"') ? value.slice(1, -1) : value), options)
  } catch {
    return null
  }
}
