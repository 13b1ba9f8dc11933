import { attachUI } from './banner/ui.js'
import type { ConsentUI, ConsentUIConfig as BannerConfig } from './banner/ui.js'
import { fail } from './config.js'
import { createConsent as createEngine } from './consent.js'
import { pickLang } from './i18n/pick.js'
import { addLocale, locales } from './i18n/registry.js'
import type { ConsentModeOptions } from './integrations/consent-mode.js'
import { respectGpc } from './integrations/gpc.js'
import type { ProofOptions } from './integrations/proof.js'
import { extensions } from './integrations/registry.js'
import { reloadOnRevoke, syncTabs } from './integrations/tabs.js'

export type { ConsentUI } from './banner/ui.js'

/** What `createConsent` from 'consentry' accepts: the headless config, the banner's and the integrations'. */
export interface ConsentUIConfig extends BannerConfig, ProofOptions {
  /** Google Consent Mode v2 (needs `import 'consentry/consent-mode'`): `true` or options. */
  googleConsentMode?: boolean | ConsentModeOptions
  /** Reload the page when a granted category is withdrawn (scripts that cannot be unloaded). */
  reloadOnRevoke?: boolean
}

let noop = (): void => {}

/** Texts are strings (category entries: lists of strings), by language: anything else would break the banner. */
function checkTexts(texts: unknown): void {
  if (texts == null) return
  if (typeof texts != 'object') fail('texts: pass { lang: { key: text } }', texts)
  for (let [lang, entries] of Object.entries(texts as object)) {
    if (typeof entries != 'object' || !entries) fail(`texts.${lang}: pass { key: text }`, entries)
    for (let [key, value] of Object.entries(entries as object)) {
      let valid = typeof value == 'string' || (Array.isArray(value) && value.every(item => typeof item == 'string'))
      if (!valid) fail(`texts.${lang}.${key}: pass a string`, value)
    }
  }
}

/**
 * Creates the consent engine and its banner: shown right away when there is no valid decision,
 * in the page's language. With `ui: false`, or without a DOM (SSR), it is the headless engine
 * and the UI methods do nothing. Cross-tab sync and Global Privacy Control are built in;
 * Consent Mode, proof of consent and embed placeholders are entries you import.
 *
 * @example
 * import { createConsent } from 'consentry'
 * let consent = createConsent({ categories: ['analytics'], privacyPolicyUrl: '/privacy' })
 * consent.whenGranted('analytics', () => loadAnalytics())
 */
/* @__NO_SIDE_EFFECTS__ */
export function createConsent(config: ConsentUIConfig): ConsentUI {
  for (let [option, entry] of [
    ['googleConsentMode', 'consent-mode'],
    ['proofEndpoint', 'proof'],
    ['onDecision', 'proof']
  ]) {
    if (config?.[option as keyof ConsentUIConfig] && !extensions[entry]) {
      throw new TypeError(`consentry: ${option} needs import 'consentry/${entry}' (or consentry.full.iife.js)`)
    }
  }
  // A typo would otherwise give the default look without a word.
  for (let [key, values] of Object.entries({
    theme: 'auto|light|dark',
    position: 'bottom|top|center',
    reopen: 'true|false|left|right'
  })) {
    let value = config?.[key as 'theme']
    if (value != null && !values.split('|').includes(value + '')) fail(key + ': pass ' + values, value)
  }
  checkTexts(config?.texts)
  if (config?.root != null && !(typeof HTMLElement == 'function' && config.root instanceof HTMLElement)) {
    fail('root: pass an element', String(config.root))
  }
  let dom = typeof document == 'object'
  // Consent Mode's default goes out before the engine can apply a stored decision.
  let attach = dom ? Object.values(extensions).map(extension => extension(config)) : []
  let consent = createEngine(config)
  // The UI methods do nothing until the banner (if any) replaces them.
  let ui: ConsentUI = Object.assign(consent, { show: noop, hide: noop, showPreferences: noop, addLocale })
  if (dom) {
    // The config's texts by lowercase tag, like the registry.
    let texts: Record<string, object> = {}
    for (let tag in config.texts) texts[tag.toLowerCase()] = config.texts[tag]
    // The language and texts shown (English, under the language, under the overrides; a region
    // such as fr-ca over its language): for the banner, proof of consent and embeds.
    let shown = (): { language: string; texts: Record<string, any> } => {
      let language = pickLang(config.lang || 'auto', texts)
      let base = language.split(/[-_]/)[0]
      return {
        language,
        texts: { ...locales.en, ...locales[base], ...texts[base], ...locales[language], ...texts[language] }
      }
    }
    let offs = [
      syncTabs(consent),
      config.reloadOnRevoke && reloadOnRevoke(consent),
      ...attach.map(add => add && add(consent, shown)),
      // After the integrations: the refusal GPC may save here is a decision they record too.
      config.respectGpc !== false && respectGpc(consent)
    ]
    let { destroy } = consent
    consent.destroy = () => {
      offs.forEach(off => off && off())
      destroy()
    }
    if (config.ui !== false) {
      try {
        offs.push(attachUI(ui, config, shown))
      } catch (error) {
        // The page goes on: the engine works, only the banner is missing.
        console.error('[consentry]', error)
        consent.emit('error', error as Error)
      }
    }
  }
  return ui
}
