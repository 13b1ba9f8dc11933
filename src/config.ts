import type { CategoryOptions, ConsentConfig } from './types.js'
import { isSafeUrl } from './url.js'

/** The config as the engine keeps it (`consent.config`): validated, with defaults applied. */
export interface Normalized extends ConsentConfig {
  /** Category names, without `necessary`, in config order. */
  names: string[]
  options: Record<string, CategoryOptions>
  revision: number
  maxAgeDays: number
}

/**
 * Throws the TypeError for developer misuse: what is wrong and what to pass, then what was given.
 *
 * @example
 * fail('revision: pass an integer >= 0', 1.5) // TypeError: consentry: revision: pass an integer >= 0 (got 1.5)
 */
export let fail = (what: string, got: unknown): never => {
  throw new TypeError(`consentry: ${what} (got ${JSON.stringify(got)})`)
}

/**
 * Validates the headless config, throwing a TypeError that says what to pass instead.
 *
 * @example
 * normalize({ categories: ['analytics'] }).names // ['analytics']
 */
export function normalize(config: ConsentConfig): Normalized {
  let { categories, revision = 1, cookie = {}, privacyPolicyUrl: url } = config || ({} as ConsentConfig)
  let many = Array.isArray(categories)
  let names: string[] = []
  let options: Record<string, CategoryOptions> = {}
  // Anything but an array or an object gives no names, and the "pass categories" error below.
  for (let name of many ? (categories as string[]) : Object.keys(categories || 0)) {
    // Any key, own or inherited (options are never falsy): an inherited name ("constructor")
    // would read as granted elsewhere.
    if (!/^[a-z][\w-]{0,63}$/i.test(name) || options[name]) {
      fail("categories: pass unique names like ['analytics']", name)
    }
    options[name] = (!many && (categories as Record<string, CategoryOptions>)[name]) || {}
    if (name != 'necessary') names.push(name)
  }
  // The same message as for a bad name: both are fixed by the same example.
  if (!names[0]) fail("categories: pass unique names like ['analytics']", categories)
  // >>> 0 keeps whole numbers from 0 to 2^32 - 1 unchanged, and nothing else (no strings, NaN or -1).
  if (revision >>> 0 !== revision) fail('revision: pass an integer >= 0', revision)
  let maxAgeDays = cookie.maxAgeDays ?? 182
  // A string (from a data-* attribute) passes a range check, but js-cookie would write no cookie.
  if (!(maxAgeDays === +maxAgeDays && maxAgeDays >= 1 && maxAgeDays <= 400)) {
    fail('cookie.maxAgeDays: pass 1-400', maxAgeDays)
  }
  // test() reads a missing name as "undefined" (or "null"): valid, the default applies.
  if (!/^[\w-]{1,64}$/.test(cookie.name!)) {
    fail('cookie.name: pass [\\w-]+', cookie.name)
  }
  if (url != null && !isSafeUrl(url, { mailto: true })) fail('privacyPolicyUrl: pass http(s), relative or mailto', url)
  if (config.nonce != null && typeof config.nonce != 'string') fail('nonce: pass the page’s nonce as a string', config.nonce)
  for (let name of names) {
    let cookies = options[name].cookies
    // Names or RegExps only: anything else would become a RegExp matching unrelated cookies.
    for (let entry of cookies == null ? [] : [cookies].flat()) {
      if (typeof entry != 'string' && !(entry instanceof RegExp)) {
        fail(`categories.${name}.cookies: pass cookie names or RegExps`, entry)
      }
    }
  }
  return { ...config, names, options, revision, maxAgeDays }
}
