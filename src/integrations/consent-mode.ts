import type { Consent } from '../consent.js'
import type { Unbind } from '../types.js'

/** A Google consent type, e.g. `ad_storage`. */
export type ConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

export interface ConsentModeOptions {
  /** Category → the consent types it grants; merged over the default mapping (`[]` unmaps one). */
  mapping?: Record<string, ConsentType[]>
  /** ISO 3166-2 regions the default applies to, e.g. `['FR', 'US-CA']`. */
  region?: string[]
  /** How long Google's tags wait for an update, in ms. Default 500. */
  waitForUpdate?: number
  /** Sends `gtag('set', 'url_passthrough', true)`. */
  urlPassthrough?: boolean
  /** Sends `gtag('set', 'ads_data_redaction', true)`. */
  adsDataRedaction?: boolean
}

// The order matters: the first four start denied, the others granted unless a category maps to them.
const TYPES = (
  'ad_storage ad_user_data ad_personalization analytics_storage functionality_storage personalization_storage security_storage'
).split(' ') as ConsentType[]
const AD = TYPES.slice(0, 3)
const FN = TYPES.slice(4, 6)
const MAPPING: Record<string, ConsentType[]> = {
  analytics: [TYPES[3]],
  marketing: AD,
  ads: AD,
  preferences: FN,
  functional: FN
}

type Values = Record<string, string | number | string[]>

/**
 * Google Consent Mode v2. Call it BEFORE creating the engine: it defines `dataLayer` and `gtag`
 * when absent and pushes `gtag('consent', 'default', …)` at once, so the default precedes any
 * 'js', 'config' or 'event' the page pushes after it. The returned function attaches it to the
 * engine: it pushes `gtag('consent', 'update', …)` for a stored decision, then on each decision.
 * Types mapped from a configured category start denied; security, and functionality/personalization
 * when no category maps to them, start granted (they are essential).
 *
 * @example
 * let attach = consentMode(['analytics', 'marketing'], { region: ['FR'] })
 * let consent = createConsent({ categories: ['analytics', 'marketing'] })
 * let detach = attach(consent)
 */
export function consentMode(names: string[], opts: ConsentModeOptions = {}): (consent: Consent) => Unbind {
  let w = window as unknown as { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void }
  w.dataLayer ||= []
  // Google's tag ignores consent commands pushed as plain arrays: push `arguments`, like its snippet.
  let gtag =
    w.gtag ||
    (w.gtag = function () {
      // eslint-disable-next-line prefer-rest-params
      w.dataLayer!.push(arguments)
    })
  let map = { ...MAPPING, ...opts.mapping }
  // Each mapped type follows its category (map a type from one category only).
  let values = (granted: (name: string) => boolean): Values => {
    let result: Values = {}
    for (let name of names) for (let type of map[name] || []) result[type] = granted(name) ? 'granted' : 'denied'
    return result
  }
  let initial: Values = { wait_for_update: opts.waitForUpdate ?? 500 }
  TYPES.forEach((type, i) => (initial[type] = i < 4 ? 'denied' : 'granted'))
  Object.assign(initial, values(() => false))
  if (opts.region) initial.region = opts.region
  gtag('consent', 'default', initial)
  if (opts.urlPassthrough) gtag('set', 'url_passthrough', true)
  if (opts.adsDataRedaction) gtag('set', 'ads_data_redaction', true)

  return consent => {
    let update = (): void => gtag('consent', 'update', values(consent.isGranted))
    if (consent.getDecision()) update()
    let offs = [
      consent.on('decision', update),
      // A reset (withdrawal without a new decision) denies again.
      consent.on('change', () => consent.getDecision() || update())
    ]
    return () => offs.forEach(off => off())
  }
}
