import type { CategoryOptions, ConsentConfig } from './types.js'

export interface Normalized {
  /** Category names, without `necessary`, in config order. */
  names: string[]
  options: Record<string, CategoryOptions>
  revision: number
  maxAgeDays: number
}

let fail = (message: string): never => {
  throw new TypeError('consentry: ' + message)
}

/**
 * Checks a privacy policy URL: http(s), relative or mailto; throws on anything that could run code.
 *
 * @example
 * checkUrl('/privacy') // '/privacy'
 */
export function checkUrl(url: unknown): string {
  if (typeof url !== 'string' || !url.trim()) {
    fail('privacyPolicyUrl must be a URL string, e.g. "/privacy"')
  }
  // Browsers drop tabs, newlines and controls inside a scheme ("java\tscript:").
  let scheme = /^([a-z][a-z\d+.-]*):/i.exec((url as string).replace(/[\0-\x20]/g, ''))
  if (scheme && !/^(https?|mailto)$/i.test(scheme[1])) {
    fail(`privacyPolicyUrl must be http(s), relative or mailto, not "${scheme[1]}:"; pass e.g. "/privacy"`)
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
  if (!config || typeof config !== 'object') fail("pass a config object, e.g. { categories: ['analytics'] }")
  let { categories, revision = 1, cookie = {}, privacyPolicyUrl } = config
  let list = Array.isArray(categories)
    ? categories
    : categories && typeof categories === 'object'
      ? Object.keys(categories)
      : fail("categories must be an array or an object, e.g. categories: ['analytics']")
  let names: string[] = []
  let options: Record<string, CategoryOptions> = {}
  for (let name of list) {
    if (typeof name !== 'string' || !/^[A-Za-z][\w-]{0,63}$/.test(name)) {
      fail(`category names are letters, digits, _ or -, starting with a letter; got ${JSON.stringify(name)}`)
    }
    if (name in options) fail(`category "${name}" is listed twice; list each once`)
    options[name] = (Array.isArray(categories) ? {} : (categories as Record<string, CategoryOptions>)[name]) || {}
    if (name !== 'necessary') names.push(name)
  }
  if (!names.length) {
    fail("categories is empty; list what needs consent, e.g. ['analytics'] ('necessary' is implicit)")
  }
  if (!Number.isInteger(revision) || revision < 0) {
    fail(`revision must be a whole number ≥ 0, e.g. revision: 2; got ${revision}`)
  }
  let maxAgeDays = cookie.maxAgeDays ?? 182
  if (typeof maxAgeDays !== 'number' || !(maxAgeDays >= 1 && maxAgeDays <= 400)) {
    fail(`cookie.maxAgeDays must be between 1 and 400 (browsers cap cookies at 400 days); got ${maxAgeDays}`)
  }
  if (cookie.name !== undefined && !/^[\w-]{1,64}$/.test(cookie.name)) {
    fail(`cookie.name must be letters, digits, _ or -; got ${JSON.stringify(cookie.name)}`)
  }
  if (privacyPolicyUrl !== undefined) checkUrl(privacyPolicyUrl)
  return { names, options, revision, maxAgeDays }
}
