// The script-tag entry (dist/consentry.iife.js): the only module with side effects. It reads the
// config from its own data-* attributes and <script type="application/json" id="consentry-config">,
// creates the consent instance with its banner, and publishes it as `window.consentry`.
import { createConsent } from './full.js'
import { addLocale } from './i18n/registry.js'

type Config = Parameters<typeof createConsent>[0]
type Instance = ReturnType<typeof createConsent>
type Plain = Record<string, unknown>

declare global {
  interface Window {
    /** The instance created by the script tag (dist/consentry.iife.js). */
    consentry?: Instance
  }
}

let list = (v: string): string[] => v.split(/[\s,]+/).filter(Boolean)
let num = (v: string): unknown => (/^\d+$/.test(v.trim()) ? Number(v) : v)
// Invalid values stay as written so the engine's TypeError names them.
let bool = (v: string): unknown => (/^(|true|on|yes)$/i.test(v) ? true : /^(false|off|no|0)$/i.test(v) ? false : v)

/** data-* attribute → config path and parser. */
const ATTRS: Array<[string, string, ((v: string) => unknown)?]> = [
  ['privacy-policy', 'privacyPolicyUrl'],
  ['lang', 'lang'],
  ['categories', 'categories', list],
  ['revision', 'revision', num],
  ['cookie-domain', 'cookie.domain'],
  ['cookie-name', 'cookie.name'],
  ['cookie-days', 'cookie.maxAgeDays', num],
  ['theme', 'theme'],
  ['position', 'position'],
  ['reopen', 'reopen', bool],
  ['preferences', 'preferences', bool],
  ['nonce', 'nonce'],
  ['google-consent-mode', 'googleConsentMode', bool]
]

const NAME = /^[A-Za-z][\w-]{0,63}$/

const CHOICES: Array<[string, unknown[]]> = [
  ['theme', ['light', 'dark', 'auto']],
  ['position', ['bottom', 'top', 'center']],
  ['reopen', [true, false, 'left', 'right']],
  ['preferences', [true, false]]
]

/**
 * Builds the config from `#consentry-config` JSON and the script's data attributes (which win).
 * Problems (invalid JSON…) are pushed to `problems`; it never throws.
 *
 * @example
 * readConfig(document.querySelector('script[data-categories]'), [])
 * // { categories: ['analytics'], lang: 'fr', privacyPolicyUrl: '/confidentialite', revision: 1 }
 */
function readConfig(script: HTMLScriptElement | null, problems: string[]): Plain {
  let config: Plain = {}
  let json = document.getElementById('consentry-config')
  if (json) {
    try {
      let parsed: unknown = JSON.parse(json.textContent || '')
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) config = parsed as Plain
      else problems.push('#consentry-config must hold a JSON object, e.g. {"categories": ["analytics"]}')
    } catch (e) {
      problems.push(`#consentry-config is not valid JSON (${(e as Error).message})`)
    }
  }
  // A script's own nonce attribute is the natural place for the CSP nonce.
  // (Browsers hide the attribute once parsed; the property keeps it.)
  let nonce = script && (script.nonce || script.getAttribute('nonce'))
  if (nonce && config.nonce === undefined) config.nonce = nonce
  for (let [attr, path, parse] of ATTRS) {
    let value = script?.getAttribute('data-' + attr)
    if (value == null) continue
    let parsed = parse ? parse(value) : value
    let [key, sub] = path.split('.')
    if (sub) {
      config[key] = { ...(config[key] as Plain), [sub]: parsed }
    } else if (key === 'categories' && config.categories && !Array.isArray(config.categories)) {
      // Keep the JSON options (labels, cookies) of the categories the attribute lists.
      let options = config.categories as Plain
      config.categories = Object.fromEntries((parsed as string[]).map(n => [n, options[n] || {}]))
    } else {
      config[key] = parsed
    }
  }
  // The banner takes any string here; a typo would silently give the wrong look, so say it.
  for (let [key, allowed] of CHOICES) {
    if (config[key] !== undefined && !allowed.includes(config[key] as never)) {
      problems.push(`${key} must be ${allowed.map(a => JSON.stringify(a)).join(' or ')}, got ${JSON.stringify(config[key])}`)
      delete config[key]
    }
  }
  return config
}

/**
 * Configs to try, most faithful first: the config as given, then only its safe core, then the
 * bare minimum. Categories always include those of the page's blocked elements, so nothing
 * ever runs without a decision (fail closed).
 */
function attempts(config: Plain): Plain[] {
  let given = config.categories
  let names = (Array.isArray(given) ? given : given && typeof given === 'object' ? Object.keys(given) : [])
    .concat(Array.from(document.querySelectorAll<HTMLElement>('[data-consent]'), el => list(el.dataset.consent || '')).flat())
    .filter((n, i, all) => typeof n === 'string' && NAME.test(n) && n !== 'necessary' && all.indexOf(n) === i)
  let categories = names.length ? names : ['analytics']
  let core: Plain = { categories }
  for (let key of ['lang', 'privacyPolicyUrl', 'revision', 'cookie', 'texts', 'nonce']) {
    if (config[key] !== undefined) core[key] = config[key]
  }
  let minimal: Plain = { categories, lang: typeof config.lang === 'string' ? config.lang : undefined }
  if (Number.isInteger(config.revision)) minimal.revision = config.revision
  return [config, core, minimal]
}

/**
 * Creates the instance, reporting every problem in one console.error.
 *
 * @example
 * start(document.currentScript as HTMLScriptElement)
 */
function start(script: HTMLScriptElement | null): Instance | undefined {
  if (window.consentry) {
    console.error('[consentry] the script tag is included twice; the second one does nothing')
    return window.consentry
  }
  let problems: string[] = []
  let consent: Instance | undefined
  let tries = attempts(readConfig(script, problems))
  for (let i = 0; i < tries.length && !consent; i++) {
    try {
      consent = createConsent(tries[i] as unknown as Config)
    } catch (e) {
      if (i === 0) problems.push(String((e as Error).message || e))
    }
  }
  if (problems.length) {
    console.error(
      '[consentry] ' + problems.join('; ') + '. ' +
        (consent
          ? 'The banner runs with safe defaults until this is fixed.'
          : 'Nothing that needs consent will run until this is fixed.')
    )
  }
  if (consent) {
    window.consentry = consent
    document.dispatchEvent(new CustomEvent('consentry:ready', { detail: consent }))
  }
  return consent
}

// Captured now: currentScript is only set while this file runs (it is, for defer and async too;
// the query covers bundlers or loaders that evaluate the file without a script element).
let self = (document.currentScript ||
  document.querySelector('script[data-categories],script[src*="consentry"]')) as HTMLScriptElement | null
// Locale files (dist/locales/*.iife.js) announce themselves with an event rather than a global:
// before the instance exists they register for the first render, after it they update it.
document.addEventListener('consentry:locale', event => {
  let { lang, texts } = (event as CustomEvent).detail
  ;(window.consentry || { addLocale }).addLocale(lang, texts)
})
let init = (): void => void start(self)
// Wait for the whole document so the JSON config and the blocked elements below this tag exist.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init)
else init()
