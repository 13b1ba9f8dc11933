// The script-tag entry (dist/consentry.iife.js): the only module with side effects. It reads the
// config from <script type="application/json" id="consentry-config"> and its own data-*
// attributes (which win), creates the consent instance with its banner, and publishes it as
// `window.consentry`, the one global.
import { createConsent } from './full.js'
import { addLocale } from './i18n/registry.js'
import { isSafeUrl } from './url.js'

type Instance = ReturnType<typeof createConsent>

declare global {
  interface Window {
    /** The instance created by the script tag (dist/consentry.iife.js). */
    consentry?: Instance
  }
}

// Marks the instances this entry publishes: `<form id="consentry">` also answers to
// window.consentry (named access), and a symbol is what markup can never set.
const INSTANCE = Symbol.for('consentry.instance')
const JSON_BLOCK = 'script[type="application/json"][id="consentry-config"]'

/**
 * The config block: a `<script type="application/json" id="consentry-config">` placed before the
 * tag (`where: 'before'`) or after it. Never any other element with that id: user content that a
 * sanitizer lets through (a `<p id>`) must not configure the banner.
 */
function configBlock(script: HTMLScriptElement | null, where: 'before' | 'after'): HTMLScriptElement | undefined {
  let blocks = [...document.querySelectorAll<HTMLScriptElement>(JSON_BLOCK)]
  // Without its own element (evaluated by a loader), the tag cannot tell; a JSON script is trusted.
  if (!script) return where == 'before' ? blocks[0] : undefined
  return blocks.find(block => {
    let follows = (block.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING) != 0
    return where == 'before' ? follows : !follows
  })
}

/** document.currentScript through the prototype's getter: `<img name="currentScript">` cannot shadow it. */
function currentScript(): HTMLScriptElement | null {
  let getter = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get
  let script = getter ? getter.call(document) : null
  return script instanceof HTMLScriptElement ? script : null
}

let list = (value: unknown): string[] => (typeof value == 'string' ? value.split(/[\s,]+/).filter(Boolean) : [])
let report = (message: string): void => console.error('[consentry] ' + message)
// data-foo-bar → the option fooBar, data-cookie-foo-bar → cookie.fooBar, except these names.
const ALIAS: Record<string, string> = { privacyPolicy: 'privacyPolicyUrl', days: 'maxAgeDays' }

/**
 * Builds the config from the JSON block and the data attributes, pushing what is wrong to
 * `problems`; never throws.
 *
 * @example
 * readConfig(document.querySelector('script[data-categories]'), [])
 */
function readConfig(script: HTMLScriptElement | null, problems: string[]): Record<string, any> {
  let config: Record<string, any> = {}
  let json = configBlock(script, 'before')
  try {
    if (json) config = JSON.parse(json.textContent!)
    if (typeof config != 'object' || !config || Array.isArray(config)) throw Error('must hold a JSON object')
  } catch (e) {
    config = {}
    problems.push('#consentry-config: ' + (e as Error).message)
  }
  // Browsers hide a parsed nonce attribute; the property keeps it.
  let nonce = script && (script.nonce || script.getAttribute('nonce'))
  if (nonce) config.nonce ??= nonce
  // Attributes rather than dataset: some DOMs (happy-dom) leave bare attributes out of it.
  for (let { name, value: text } of script?.attributes || []) {
    let [, cookie, key] = /^data-(cookie-)?(.+)/.exec(name) || []
    if (!key) continue
    key = key.replace(/-(.)/g, (_, c: string) => c.toUpperCase())
    // Whole numbers and true/false are what they say, "" (a bare attribute) is true; the rest is
    // text. (`+` rather than JSON.parse: "01" is no JSON.)
    let value: any = /^\d+$/.test(text) ? +text : text == 'true' || text == '' || (text != 'false' && text)
    if (key == 'categories') {
      let options = config.categories
      value = list(value)
      // Keep the JSON options (labels, cookies) of the categories the attribute lists.
      if (options && !Array.isArray(options)) value = Object.fromEntries(value.map((n: string) => [n, options[n] || {}]))
    }
    ;(cookie ? (config.cookie ||= {}) : config)[ALIAS[key] || key] = value
  }
  return config
}

/**
 * Creates the instance, reporting every problem in one console.error. When the config is
 * wrong it retries with safe defaults whose categories include those of the page's blocked
 * elements, so nothing that needs consent ever runs without a decision (fail closed).
 */
function start(script: HTMLScriptElement | null): void {
  // An element with id="consentry" is window.consentry too (named access): not an instance.
  if ((window.consentry as { [INSTANCE]?: boolean } | undefined)?.[INSTANCE]) {
    return report('included twice: this tag is ignored')
  }
  let problems: string[] = []
  let config = readConfig(script, problems)
  // Parsed already (else the check waits for DOMContentLoaded below): a block after the tag is not read.
  if (document.readyState != 'loading' && configBlock(script, 'after')) {
    problems.push('#consentry-config ignored: put it before the script tag')
  }
  try {
    window.consentry = createConsent(config as Parameters<typeof createConsent>[0])
  } catch (e) {
    problems.push((e as Error).message)
    let { categories: given, revision: r } = config
    let names = [
      ...new Set([
        // Of an array its items, of an object its keys, of a string its words (the index keys of
        // arrays and strings are no valid names).
        ...(Array.isArray(given) ? given : Object.keys(given || 0)),
        ...list(given),
        ...[...document.querySelectorAll<HTMLElement>('[data-consent]')].flatMap(el => list(el.dataset.consent))
      ])
      // The engine's name test, written as in config.ts (gzip stores it once). Inherited names
      // ("constructor") fail normalize's uniqueness test: left out with necessary.
    ].filter(n => /^[a-z][\w-]{0,63}$/i.test(n) && !(n in { necessary: 1 }))
    // Valid names, a whole revision (the engine's own test) and the language: nothing here can throw.
    window.consentry = createConsent({
      categories: names[0] ? names : ['analytics'],
      lang: config.lang,
      revision: r >>> 0 === r ? r : 1,
      // Kept when valid: the policy link, and the nonce blocked scripts are checked against.
      privacyPolicyUrl: isSafeUrl(config.privacyPolicyUrl, { mailto: true }) ? config.privacyPolicyUrl : undefined,
      nonce: typeof config.nonce == 'string' ? config.nonce : undefined
    })
  }
  Object.defineProperty(window.consentry, INSTANCE, { value: true })
  if (problems[0]) report(problems.join('; ') + '. Running with safe defaults.')
  document.dispatchEvent(new CustomEvent('consentry:ready', { detail: window.consentry }))
}

// Captured now: currentScript is only set while this file runs (for defer and async too; the
// query covers loaders that evaluate the file without a script element).
let self = currentScript() || document.querySelector<HTMLScriptElement>('script[src*="consentry"]:not([type="text/plain"])')
// Locale files (dist/locales/*.iife.js) announce themselves with an event rather than a global:
// before the instance exists they register for the first render, after it they update it.
document.addEventListener('consentry:locale', event => {
  let { lang, texts } = (event as CustomEvent).detail
  ;(window.consentry || { addLocale }).addLocale(lang, texts)
})
// Start now, so the banner is there at first paint even from <head> (blocked elements parsed
// later are picked up by the engine's observer), unless the config may still be below this
// tag: no JSON block yet and no data-categories. Then wait for the whole document.
let early = document.readyState == 'loading' && !configBlock(self, 'before')
let wait = early && !self?.dataset.categories
if (!wait) start(self)
if (early) {
  document.addEventListener('DOMContentLoaded', () => {
    if (wait) start(self)
    // A JSON block parsed after this tag started was not read: say where it belongs.
    else if (configBlock(self, 'after')) report('#consentry-config ignored: put it before the script tag')
  })
}
