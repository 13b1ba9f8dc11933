import type { CategoryOptions, ConsentConfig } from './types.js'

export interface Normalized {
  /** Category names, without `necessary`, in config order. */
  names: string[]
  options: Record<string, CategoryOptions>
  revision: number
  maxAgeDays: number
}

let fail = (what: string, pass: string, got: unknown): never => {
  throw new TypeError(`consentry: ${what}; pass ${pass} (got ${JSON.stringify(got)})`)
}

/**
 * Checks a privacy policy URL: http(s), relative or mailto; throws on anything that could run code.
 *
 * @example
 * checkUrl('/privacy') // '/privacy'
 */
export function checkUrl(url: unknown): string {
  // Browsers drop tabs, newlines and controls inside a scheme ("java\tscript:").
  let scheme = /^([a-z][\w+.-]*):/i.exec(String(url).replace(/[\0-\x20]/g, ''))
  if (typeof url != 'string' || !url.trim() || (scheme && !/^(https?|mailto)$/i.test(scheme[1]))) {
    fail('privacyPolicyUrl must be http(s), relative or mailto', 'e.g. "/privacy"', url)
  }
  return url as string
}

/**
 * Validates the headless config, throwing a TypeError that says what to pass instead.
 *
 * @example
 * normalize({ categories: ['analytics'] }).names // ['analytics']
 */
export function normalize(config: ConsentConfig): Normalized {
  let { categories, revision = 1, cookie = {}, privacyPolicyUrl } = config || fail('no config', "{ categories: ['analytics'] }", config)
  let many = Array.isArray(categories)
  let list = many
    ? (categories as string[])
    : categories && typeof categories == 'object'
      ? Object.keys(categories)
      : fail('categories is missing', "e.g. categories: ['analytics']", categories)
  let names: string[] = []
  let options: Record<string, CategoryOptions> = {}
  for (let name of list) {
    if (!/^[A-Za-z][\w-]{0,63}$/.test(name) || name in options) {
      fail('each category once, named with letters, digits, _ or -', "e.g. ['analytics', 'marketing']", name)
    }
    options[name] = (!many && (categories as Record<string, CategoryOptions>)[name]) || {}
    if (name != 'necessary') names.push(name)
  }
  if (!names.length) fail('no category needs consent', "e.g. ['analytics'] ('necessary' is implicit)", list)
  if (!Number.isInteger(revision) || revision < 0) fail('revision must be a whole number', 'e.g. revision: 2', revision)
  let maxAgeDays = cookie.maxAgeDays ?? 182
  if (typeof maxAgeDays != 'number' || !(maxAgeDays >= 1 && maxAgeDays <= 400)) {
    fail('cookie.maxAgeDays must be 1 to 400 (browsers cap cookies at 400 days)', 'e.g. 182', maxAgeDays)
  }
  if (cookie.name != null && !/^[\w-]{1,64}$/.test(cookie.name)) fail('bad cookie.name', 'letters, digits, _ or -', cookie.name)
  if (privacyPolicyUrl != null) checkUrl(privacyPolicyUrl)
  return { names, options, revision, maxAgeDays }
}
