import { createConsent } from './engine.js'
import type { ConsentUI, ConsentUIConfig } from './engine.js'
import { DEFAULT_COOKIE_NAME } from '../core/config.js'

/** Runs once, with the instance it creates: register loaders here (`consent.loadScript(…)`). */
export type Setup = (consent: ConsentUI) => void

interface Entry {
  consent: ConsentUI
  /** The config it was created from, as text; null for an instance passed in (`consent`). */
  config: string | null
}

// The rule: one instance per decision cookie per page. A second provider (StrictMode's double
// mount, Fast Refresh, a remount, another provider) with the same cookie name gets the first
// instance, so no second banner and no loader run twice. Nothing unmounts it: it lives as long as
// the page, unless the app calls `consent.destroy()`.
const instances = new Map<string, Entry>()

let misuse = (what: string, got: unknown): never => {
  throw new TypeError(`consentry: ${what} (got ${got})`)
}

// The config as comparable text: keys sorted, RegExps and functions by their source, so an equal
// config written again (each render, each hot update) reads the same.
let describe = (config: unknown): string =>
  JSON.stringify(config, (_key, value) => {
    if (value instanceof RegExp || typeof value == 'function') return String(value)
    if (value && typeof value == 'object' && !Array.isArray(value)) {
      let sorted: Record<string, unknown> = {}
      for (let key of Object.keys(value).sort()) sorted[key] = value[key]
      return sorted
    }
    return value
  })

let cookieName = (config: { cookie?: { name?: string } }): string => config?.cookie?.name || DEFAULT_COOKIE_NAME

// destroy() frees the cookie name: the next provider creates a new instance.
let track = (name: string, entry: Entry): void => {
  instances.set(name, entry)
  let { destroy } = entry.consent
  entry.consent.destroy = () => {
    if (instances.get(name) === entry) instances.delete(name)
    destroy()
  }
}

/**
 * The page's instance for `config`'s cookie: created (and `setup` run) the first time, the same
 * one afterwards. Throws a TypeError when that cookie's instance came from another config. On
 * the server (no `document`) each call creates a new in-memory instance, so requests never share
 * one.
 *
 * @example
 * let consent = consentFor({ categories: ['analytics'] }, c => c.loadScript('analytics', '/a.js'))
 * consentFor({ categories: ['analytics'] }) === consent // true
 */
export function consentFor(config: ConsentUIConfig, setup?: Setup): ConsentUI {
  let text = describe(config)
  let name = cookieName(config)
  let entry = typeof document == 'object' ? instances.get(name) : undefined
  if (entry) {
    if (entry.config !== text) {
      misuse(
        `config: the page already has an instance for cookie "${name}"` +
          (entry.config == null ? ', passed as consent: pass that instance' : ` from ${entry.config}: pass the same config`) +
          ' or another cookie.name (after editing the config, reload the page)',
        text
      )
    }
    return entry.consent
  }
  let consent = createConsent(config)
  if (typeof document == 'object') track(name, { consent, config: text })
  if (setup) setup(consent)
  return consent
}

/**
 * Makes an instance the app created itself the page's instance for its cookie. Throws a TypeError
 * when another instance already uses that cookie.
 *
 * @example
 * let consent = createConsent({ categories: ['analytics'] })
 * adopt(consent) === consent // true
 */
export function adopt(consent: ConsentUI): ConsentUI {
  if (typeof document != 'object') return consent
  let name = cookieName(consent.config)
  let entry = instances.get(name)
  if (!entry) track(name, { consent, config: null })
  else if (entry.consent !== consent) {
    misuse(`consent: the page already has another instance for cookie "${name}": pass that one`, 'a second instance')
  }
  return consent
}

/**
 * Throws a TypeError when `category` is not one of the instance's categories (a typo would
 * otherwise read as "not granted" forever).
 *
 * @example
 * checkCategory(consent, 'analytics')
 */
export function checkCategory(consent: ConsentUI, category: string): void {
  if (category !== 'necessary' && !consent.config.names.includes(category)) {
    misuse(`category: pass one of ${consent.config.names.join(', ')}`, JSON.stringify(category))
  }
}
