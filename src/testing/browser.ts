import Cookies from 'js-cookie'

import { parseDecision, serializeDecision } from '../core/cookie-format.js'
import type { Decision } from '../core/types.js'
import { makeDecision } from './cookies.js'
import type { DecisionOptions, ReadOptions } from './cookies.js'
import { DEFAULT_COOKIE_NAME, DEFAULT_MAX_AGE_DAYS } from '../core/config.js'

/** A cookie in the shape Playwright's `context.addCookies()` takes. */
export interface PlaywrightCookie {
  name: string
  value: string
  url?: string
  domain?: string
  path?: string
  expires: number
  sameSite: 'Lax'
  secure?: boolean
}

export interface ConsentCookieOptions extends DecisionOptions {
  /** The site's URL, e.g. `http://127.0.0.1:3000` — or give `domain` (and `path`). */
  url?: string
  domain?: string
  /** Default `/` (with `domain`). */
  path?: string
  /** Cookie name. Default `consentry`. */
  name?: string
  /** Lifetime in days. Default 182. */
  maxAgeDays?: number
}

/**
 * A decision cookie for Playwright, so a test starts past the banner. Takes a Decision (e.g.
 * from `makeDecision`) or `{ category: granted }`.
 *
 * @example
 * await context.addCookies([consentCookie({ analytics: true }, { url: baseURL })])
 * await page.goto(baseURL) // no banner, analytics loads
 */
export function consentCookie(
  decision: Decision | Record<string, boolean>,
  options: ConsentCookieOptions
): PlaywrightCookie {
  let { url, domain, path, name = DEFAULT_COOKIE_NAME, maxAgeDays = DEFAULT_MAX_AGE_DAYS } = options || {}
  if (!url === !domain) {
    throw new TypeError("consentry/testing: consentCookie() needs { url: 'http://127.0.0.1:3000' } or { domain: 'example.com' }")
  }
  let full =
    typeof (decision as Decision).id == 'string' && (decision as Decision).categories
      ? (decision as Decision)
      : makeDecision(decision as Record<string, boolean>, options)
  return {
    name,
    // Encoded exactly as js-cookie (the library's cookie writer) encodes it.
    value: Cookies.converter.write(serializeDecision(full), name),
    ...(url ? { url } : { domain, path: path || '/' }),
    expires: Math.floor(Date.now() / 1000) + maxAgeDays * 86400,
    sameSite: 'Lax'
  }
}

/** The part of a Playwright `Page` that `readDecision` uses. */
export interface PageLike {
  url(): string
  context(): { cookies(urls?: string | string[]): Promise<Array<{ name: string; value: string }>> }
}

export interface ReadDecisionOptions extends Omit<ReadOptions, 'cookie'> {
  /** Cookie name. Default `consentry`. */
  name?: string
}

/**
 * The decision stored for the page's URL, read like the library reads it (`null` when none or
 * when the library would ignore it).
 *
 * @example
 * await page.getByRole('button', { name: 'Accept' }).click()
 * expect((await readDecision(page))?.categories.analytics).toBe(true)
 */
export async function readDecision(page: PageLike, options: ReadDecisionOptions = {}): Promise<Decision | null> {
  let name = options.name || DEFAULT_COOKIE_NAME
  let url = page.url()
  let cookies = await page.context().cookies(/^https?:/.test(url) ? url : undefined)
  let found = cookies.find(cookie => cookie.name === name)
  return parseDecision(found && Cookies.converter.read(found.value, name), options)
}
