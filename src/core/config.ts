import { validatePolicies, validateRegion } from '../jurisdictions/region.js'
import type { Service } from '../services/types.js'
import { readServices } from './services.js'
import type { CategoryOptions, ConsentConfig } from './types.js'
import { isSafeUrl } from './url.js'

// The single source of each rule and default of the engine's config.

/** A category (or service) name: a letter, then letters, digits, `_` or `-`; 64 at most. */
export const CATEGORY_NAME = /^[a-z][\w-]{0,63}$/i
/** The decision cookie's default name. */
export const DEFAULT_COOKIE_NAME = 'consentry'
/** How long any decision lives by default: six months, the CNIL's recommendation. */
export const DEFAULT_MAX_AGE_DAYS = 182
/** Browsers cap cookie lifetimes at 400 days. */
export const MAX_AGE_DAYS_LIMIT = 400
/** Names that mean the same purpose as another: they share its built-in texts and defaults. */
export const CATEGORY_ALIASES: Record<string, string> = {
  ads: 'marketing',
  advertising: 'marketing',
  functional: 'preferences'
}

/** The config as the engine keeps it (`consent.config`): validated, with defaults applied. */
export interface Normalized extends ConsentConfig {
  /** Category names, without `necessary`, in config order. */
  names: string[]
  options: Record<string, CategoryOptions>
  /** The validated services, in config order (none: empty). */
  services: Service[]
  /** Their names, in the same order. */
  serviceNames: string[]
  revision: number
  maxAgeDays: number
  /** The decision cookie's name. */
  cookieName: string
  /** 'auto', a canonical region code, or null (unknown: opt-in). */
  region: string | null
  /** The categories that sell or share personal data (`sale`), in config order. */
  sale: string[]
}

/**
 * Throws the TypeError for developer misuse: what is wrong and what to pass, then what was given.
 *
 * @example
 * fail('revision: pass an integer >= 0', 1.5) // TypeError: consentry: revision: pass an integer >= 0 (got 1.5)
 */
export function fail(what: string, got: unknown): never {
  throw new TypeError(`consentry: ${what} (got ${JSON.stringify(got)})`)
}

/** Whether `value` is a whole number from 0 to 2^32 - 1 (no strings, NaN or negatives). */
export function isRevision(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff
}

/** Whether `value` is a valid `maxAgeDays`: a number from 1 to 400. */
export function isMaxAgeDays(value: unknown): value is number {
  return typeof value === 'number' && value >= 1 && value <= MAX_AGE_DAYS_LIMIT
}

/** The category names and options of `categories` (an array of names or an object of options). */
function readCategories(categories: ConsentConfig['categories']): Pick<Normalized, 'names' | 'options'> {
  let listed = Array.isArray(categories)
  let names: string[] = []
  // No prototype: an inherited name ("constructor") must never read as configured.
  let options: Record<string, CategoryOptions> = Object.create(null)
  let given: unknown[] = listed ? (categories as unknown[]) : Object.keys(categories ?? {})
  for (let name of given) {
    // A name of Object.prototype ("constructor") would read as set on any plain object.
    if (typeof name !== 'string' || !CATEGORY_NAME.test(name) || name in options || name in {}) {
      fail("categories: pass unique names like ['analytics']", name)
    }
    let entry = listed ? undefined : (categories as Record<string, CategoryOptions | undefined>)[name]
    options[name] = entry && typeof entry === 'object' ? entry : {}
    if (name !== 'necessary') names.push(name)
  }
  // The same message as for a bad name: both are fixed by the same example.
  if (names.length === 0) fail("categories: pass unique names like ['analytics']", categories)
  return { names, options }
}

/** Cookie entries of a category: names or RegExps; anything else would match unrelated cookies. */
function checkCookies(name: string, cookies: CategoryOptions['cookies']): void {
  for (let entry of cookies == null ? [] : [cookies].flat()) {
    if (typeof entry !== 'string' && !(entry instanceof RegExp)) {
      fail(`categories.${name}.cookies: pass cookie names or RegExps`, entry)
    }
  }
}

/**
 * Validates the headless config, throwing a TypeError that says what to pass instead.
 *
 * @example
 * normalize({ categories: ['analytics'] }).names // ['analytics']
 */
export function normalize(config: ConsentConfig): Normalized {
  if (!config || typeof config !== 'object') fail("pass a config like { categories: ['analytics'] }", config)
  let { revision = 1, cookie = {}, privacyPolicyUrl } = config
  let { names, options } = readCategories(config.categories)
  for (let name of names) checkCookies(name, options[name].cookies)
  let sale = names.filter(name => isSale(name, options[name].sale))
  let region = validateRegion(config.region)
  if (config.policies !== undefined) validatePolicies(config.policies)
  if (!isRevision(revision)) fail('revision: pass an integer >= 0', revision)
  let maxAgeDays = cookie.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS
  // A string (from a data-* attribute) passes a range check, but js-cookie would write no cookie.
  if (!isMaxAgeDays(maxAgeDays)) fail(`cookie.maxAgeDays: pass 1-${MAX_AGE_DAYS_LIMIT}`, maxAgeDays)
  let cookieName = cookie.name ?? DEFAULT_COOKIE_NAME
  if (typeof cookieName !== 'string' || !/^[\w-]{1,64}$/.test(cookieName)) {
    fail('cookie.name: pass letters, digits, _ or -', cookie.name)
  }
  if (privacyPolicyUrl != null && !isSafeUrl(privacyPolicyUrl, { mailto: true })) {
    fail('privacyPolicyUrl: pass http(s), relative or mailto', privacyPolicyUrl)
  }
  if (config.nonce != null && typeof config.nonce !== 'string') fail('nonce: pass the page’s nonce as a string', config.nonce)
  let services = readServices(config.services, names)
  let serviceNames = services.map(service => service.name)
  return { ...config, names, options, services, serviceNames, revision, maxAgeDays, cookieName, region, sale }
}

/** Whether a category sells or shares data: its `sale` flag, else marketing and its aliases. */
function isSale(name: string, flag: unknown): boolean {
  if (flag != null && typeof flag !== 'boolean') fail(`categories.${name}.sale: pass true or false`, flag)
  return (flag as boolean | undefined) ?? (CATEGORY_ALIASES[name] ?? name) === 'marketing'
}
