import { DEFAULT_COOKIE_NAME, isMaxAgeDays, isRevision } from '../core/config.js'
import { parseDecision } from '../core/cookie-format.js'
import { cookieValues, decodeCookieValue } from '../core/cookie-header.js'
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
  let header = cookieHeaderOrValue.slice(0, MAX_HEADER)
  // Our values never hold "=": anything with one is a header, read as the browser reads it.
  let value = header.includes('=') ? cookieValues(header, options.name || DEFAULT_COOKIE_NAME)[0] : decodeCookieValue(header)
  return parseDecision(value, options)
}
