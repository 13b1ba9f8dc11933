import { CATEGORY_NAME } from '../core/config.js'
import { createConsent, validateConfig } from '../create-consent.js'
import type { ConsentUI, ConsentUIConfig } from '../create-consent.js'
import { addLocale } from '../i18n/registry.js'
import { source as preferencesSource } from '../ui/preferences/load-script-tag.js'
import type { Service } from '../services/types.js'
import { configBlock, findOwnScript, readConfig, words } from './config.js'
import { siblingSource } from './sibling.js'
import { listenForCatalogue, whenCatalogue } from './services.js'
import type { Catalogue } from './services.js'

declare global {
  interface Window {
    /** The instance created by the script tag (dist/consentry.iife.js). */
    consentry?: ConsentUI
  }
}

// Marks the instances this tag publishes: `<form id="consentry">` also answers to
// window.consentry (named access), and a symbol is what markup can never set.
const INSTANCE = Symbol.for('consentry.instance')
/** The second layer, next to the drop-in. */
const PREFERENCES_FILE = 'consentry.preferences.iife.js'

let report = (message: string): void => console.error('[consentry] ' + message)
let isJurisdiction = (problem: string): boolean => /^consentry: (region|policies)\b/.test(problem)

/** The categories of the page's blocked elements: what needs consent here, in document order. */
function pageCategories(): string[] {
  let names = [...document.querySelectorAll<HTMLElement>('[data-consent]')].flatMap(element => words(element.dataset.consent))
  // Inherited names ("constructor") and necessary are no categories to ask about.
  return [...new Set(names)].filter(name => CATEGORY_NAME.test(name) && name !== 'necessary' && !(name in {}))
}

/**
 * Drops each option that is wrong, with the TypeError's message in `problems`: every problem is
 * reported, and every valid option (the policy link, the nonce…) is kept.
 */
function dropInvalid(config: Record<string, unknown>, problems: string[]): void {
  for (let option of Object.keys(config)) {
    let probe: Record<string, unknown> = { categories: ['analytics'], [option]: config[option] }
    try {
      validateConfig(probe as unknown as ConsentUIConfig)
    } catch (error) {
      problems.push((error as Error).message)
      delete config[option]
    }
  }
}

/**
 * Creates the instance from the tag's config and publishes it as `window.consentry`, reporting
 * every problem in one console.error. Wrong options are left out (fail closed: without valid
 * categories, those of the page's blocked elements are asked about; a service that cannot be
 * built stays off), so nothing that needs consent ever runs without a decision. With a
 * `"services"` list it first waits for the dist/services.iife.js add-on. Then fires `consentry:ready`.
 *
 * @example
 * startScriptTag(findOwnScript())
 */
export function startScriptTag(script: HTMLScriptElement | null): void {
  if ((window.consentry as { [INSTANCE]?: boolean } | undefined)?.[INSTANCE]) {
    report('included twice: this tag is ignored')
    return
  }
  if (script?.src) {
    preferencesSource.src = new URL(PREFERENCES_FILE, script.src).href
    preferencesSource.nonce = script.nonce || script.getAttribute('nonce') || ''
    siblingSource.src = script.src
    siblingSource.nonce = preferencesSource.nonce
  }
  let problems: string[] = []
  let config = readConfig(script, problems)
  // Parsed already (else the check waits for DOMContentLoaded below): a block after the tag is not read.
  if (document.readyState !== 'loading' && configBlock(script, 'after')) {
    problems.push('#consentry-config ignored: put it before the script tag')
  }
  // Services are checked against the categories, once the add-on has built them.
  let listed = config.services
  delete config.services
  dropInvalid(config, problems)
  // A wrong region or table: the strictest policy, never what the built-in table or the time zone
  // would make of what is left.
  if (problems.some(isJurisdiction)) {
    config.region = null
    delete config.policies
  }
  if (listed === undefined) createInstance(config, problems)
  else whenCatalogue(catalogue => createInstance(config, problems, listed, catalogue))
}

/** The category names of a `categories` option (a list or an object), without necessary. */
const categoryNames = (categories: unknown): string[] =>
  (Array.isArray(categories) ? categories : Object.keys(categories as object)).filter(name => name !== 'necessary')

/** Creates and publishes the instance (see startScriptTag). */
function createInstance(config: Record<string, unknown>, problems: string[], listed?: unknown, catalogue?: Catalogue): void {
  let services: Service[] = []
  if (catalogue) services = catalogue.buildServices(listed, problems)
  else if (listed !== undefined) problems.push('services need dist/services.iife.js: they stay off')
  let serviceNames = services.map(service => service.name)
  // Without categories the page's own blocked elements say what to ask about (documented), and
  // the services' categories; a blocked element may name a service instead.
  if (config.categories === undefined) {
    let found = pageCategories().filter(name => !serviceNames.includes(name))
    for (let { category } of services) if (!found.includes(category)) found.push(category)
    if (found.length > 0) config.categories = found
    else {
      problems.push('no categories: add data-categories="analytics" (or data-consent elements)')
      config.categories = ['analytics']
    }
  }
  if (catalogue) config.services = catalogue.keepValid(services, categoryNames(config.categories), problems)
  let instance: ConsentUI
  try {
    instance = createConsent(config as unknown as ConsentUIConfig)
  } catch (error) {
    // Options valid one by one may still clash (a category list that ends up empty): ask about
    // the page's categories with nothing else.
    problems.push((error as Error).message)
    let found = pageCategories()
    instance = createConsent({ categories: found.length > 0 ? found : ['analytics'], nonce: config.nonce as string | undefined })
  }
  Object.defineProperty(instance, INSTANCE, { value: true })
  window.consentry = instance
  if (problems.length > 0) report(problems.join('; ') + '. Running with safe defaults.')
  document.dispatchEvent(new CustomEvent('consentry:ready', { detail: instance }))
}

/**
 * Runs the tag: starts now, so the banner is there at first paint even from `<head>` (blocked
 * elements parsed later are picked up by the engine's observer), unless the categories may still
 * be below the tag (no JSON block before it and no data-categories): then it waits for the whole
 * document. Locale files announce themselves with a `consentry:locale` event rather than a global.
 *
 * @example
 * runScriptTag() // the drop-in's only statement
 */
export function runScriptTag(): void {
  // Captured now: currentScript is only set while this file runs (for defer and async too).
  let script = findOwnScript()
  listenForCatalogue()
  document.addEventListener('consentry:locale', event => {
    let { lang, texts } = (event as CustomEvent).detail
    // Before the instance exists they register for the first render, after it they update it.
    if (window.consentry) window.consentry.addLocale(lang, texts)
    else addLocale(lang, texts)
  })
  let early = document.readyState === 'loading' && !configBlock(script, 'before')
  let wait = early && !script?.dataset.categories
  if (!wait) startScriptTag(script)
  if (early) {
    document.addEventListener('DOMContentLoaded', () => {
      if (wait) startScriptTag(script)
      else if (configBlock(script, 'after')) report('#consentry-config ignored: put it before the script tag')
    })
  }
}
