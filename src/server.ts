import { parseDecision } from './decision.js'
import type { ParseOptions } from './decision.js'
import type { Decision } from './types.js'

export type { Decision, DecisionMethod } from './types.js'
export { serializeDecision } from './decision.js'
export { regionFromHeaders } from './jurisdictions/headers.js'
export type { HeadersLike } from './jurisdictions/headers.js'
export type { Policy } from './jurisdictions/table.js'

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
  if (typeof cookieHeaderOrValue !== 'string') return null
  let value: string | undefined = cookieHeaderOrValue
  // Our values never hold "=": anything with one is a header.
  if (value.includes('=')) {
    let prefix = (options.name || 'consentry') + '='
    value = value
      .split(';')
      .find(pair => pair.trim().startsWith(prefix))
      ?.trim()
      .slice(prefix.length)
  }
  try {
    // Quotes dropped as js-cookie drops them in the browser: the same decision on both sides.
    return parseDecision(value && decodeURIComponent(value[0] == '"' ? value.slice(1, -1) : value), options)
  } catch {
    return null
  }
}
