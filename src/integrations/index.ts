import type { Consent } from '../consent.js'
import type { ConsentConfig, Unbind } from '../types.js'
import { consentMode } from './consent-mode.js'
import type { ConsentModeOptions } from './consent-mode.js'
import { embeds } from './embeds.js'
import type { EmbedTexts } from './embeds.js'
import { gpcNotice, respectGpc } from './gpc.js'
import { proof } from './proof.js'
import type { ProofOptions } from './proof.js'
import { reloadOnRevoke, syncTabs } from './tabs.js'

export interface IntegrationOptions extends ProofOptions {
  /** Google Consent Mode v2: `true` for the defaults, or options. */
  googleConsentMode?: boolean | ConsentModeOptions
  /** Honor Global Privacy Control for categories flagged `gpc` (default marketing/ads). Default true. */
  respectGpc?: boolean
  /** Reload the page when a granted category is withdrawn. Default false. */
  reloadOnRevoke?: boolean
}

/** What the banner gives the integrations: its language and resolved texts. */
export type BannerTexts = () => { language: string; texts: EmbedTexts & { gpc: string } }

/**
 * Composes the integrations in two steps. Call it BEFORE creating the engine (Consent Mode's
 * default must come first), then call what it returns with the engine BEFORE the banner decides
 * to show (GPC may make the decision). Returns the cleanup for `destroy()`.
 *
 * @example
 * let attach = integrations(config)
 * let consent = createEngine(config)
 * let detach = attach(consent, () => ({ language: view.lang, texts: view.t }))
 */
export function integrations(config: ConsentConfig & IntegrationOptions): (consent: Consent, shown: BannerTexts) => Unbind {
  let { googleConsentMode: gcm, categories } = config
  let mode = gcm && consentMode(Array.isArray(categories) ? categories : Object.keys(categories || {}), gcm === true ? {} : gcm)
  return (consent, shown) => {
    // Decisions applied by refresh() were made in another tab: not recorded, not echoed, here.
    let remote = false
    let refresh = consent.refresh
    consent.refresh = () => {
      remote = true
      refresh()
      remote = false
    }
    let isRemote = (): boolean => remote
    let offs = [
      () => (consent.refresh = refresh),
      mode && mode(consent),
      proof(consent, config, shown, isRemote),
      syncTabs(consent, isRemote),
      config.reloadOnRevoke && reloadOnRevoke(consent),
      config.respectGpc !== false && respectGpc(consent),
      config.respectGpc !== false && gpcNotice(consent, () => shown().texts.gpc),
      embeds(consent, () => shown().texts)
    ]
    return () => offs.forEach(off => off && off())
  }
}
