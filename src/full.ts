import { attachUI } from './banner/ui.js'
import type { ConsentUI, ConsentUIConfig as BannerConfig } from './banner/ui.js'
import { createConsent as createEngine } from './consent.js'
import { pickLang } from './i18n/pick.js'
import { addLocale, locales } from './i18n/registry.js'
import type { Texts } from './i18n/types.js'
import { integrations } from './integrations/index.js'
import type { IntegrationOptions } from './integrations/index.js'

export type { ConsentUI } from './banner/ui.js'

/** What `createConsent` from 'consentry' accepts: the headless config, the banner's and the integrations'. */
export interface ConsentUIConfig extends BannerConfig, IntegrationOptions {}

let noop = (): void => {}

/**
 * Creates the consent engine and its banner: shown right away when there is no valid decision,
 * in the page's language. With `ui: false`, or without a DOM (SSR), it is the headless engine
 * and the UI methods do nothing.
 *
 * @example
 * import { createConsent } from 'consentry'
 * let consent = createConsent({ categories: ['analytics'], privacyPolicyUrl: '/privacy' })
 * consent.whenGranted('analytics', () => loadAnalytics())
 */
/* @__NO_SIDE_EFFECTS__ */
export function createConsent(config: ConsentUIConfig): ConsentUI {
  let dom = typeof document == 'object'
  // Consent Mode's default goes out before the engine can apply a stored decision.
  let attach = dom && integrations(config)
  let consent = createEngine(config)
  if (attach) {
    let texts = config.texts || {}
    try {
      // The banner's language and texts, for proof of consent, embeds and the GPC line.
      let detach = attach(consent, () => {
        let language = pickLang(config.lang || 'auto', texts)
        return { language, texts: { ...locales.en, ...locales[language], ...texts[language] } as Texts }
      })
      let { destroy } = consent
      consent.destroy = () => {
        detach()
        destroy()
      }
    } catch (error) {
      consent.emit('error', error as Error)
    }
  }
  if (config.ui !== false && dom) {
    try {
      return attachUI(consent, config)
    } catch (error) {
      // The page goes on: the engine works, only the banner is missing.
      consent.emit('error', error as Error)
    }
  }
  return Object.assign(consent, { show: noop, hide: noop, showPreferences: noop, addLocale })
}
