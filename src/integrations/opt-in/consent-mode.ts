import type { Consent, Unbind } from '../../core/types.js'

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

/** Denied until a category grants them. */
const DENIED_BY_DEFAULT: ConsentType[] = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage']
/** Essential: granted unless a configured category maps to them. */
const GRANTED_BY_DEFAULT: ConsentType[] = ['functionality_storage', 'personalization_storage', 'security_storage']
const ADS: ConsentType[] = ['ad_storage', 'ad_user_data', 'ad_personalization']
const FUNCTIONAL: ConsentType[] = ['functionality_storage', 'personalization_storage']
/** Category → the consent types it grants, for the usual names (aliases included). */
const MAPPING: Record<string, ConsentType[]> = {
  analytics: ['analytics_storage'],
  marketing: ADS,
  ads: ADS,
  preferences: FUNCTIONAL,
  functional: FUNCTIONAL
}

type Values = Record<string, string | number | string[]>

/** The visitor's region when its policy grants categories without a decision (opt-out, none). */
export interface PolicyDefault {
  /** The canonical region code, e.g. 'US-CA'. */
  region: string
  /** What the policy grants before any decision. */
  granted: (name: string) => boolean
}

/**
 * Google Consent Mode v2. Call it BEFORE creating the engine: it defines `dataLayer` and `gtag`
 * when absent and pushes `gtag('consent', 'default', …)` at once, so the default precedes any
 * 'js', 'config' or 'event' the page pushes after it. The returned function attaches it to the
 * engine: it pushes `gtag('consent', 'update', …)` for a stored decision, then on each decision.
 * Types mapped from a configured category start denied; security, and functionality/personalization
 * when no category maps to them, start granted (they are essential).
 * With `policyDefault` (the visitor's region is under opt-out or none) a second default, limited
 * to that region with Google's `region` parameter, grants what the policy grants: Google applies
 * it when its own geolocation agrees, and the denied default everywhere else.
 *
 * @example
 * let attach = consentMode(['analytics', 'marketing'], { region: ['FR'] })
 * let consent = createConsent({ categories: ['analytics', 'marketing'] })
 * let detach = attach(consent)
 */
export function consentMode(
  names: string[],
  opts: ConsentModeOptions = {},
  policyDefault?: PolicyDefault
): (consent: Consent) => Unbind {
  let page = window as unknown as { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void }
  page.dataLayer ??= []
  // Google's tag ignores consent commands pushed as plain arrays: push `arguments`, like its snippet.
  page.gtag ??= function () {
    // eslint-disable-next-line prefer-rest-params
    page.dataLayer!.push(arguments)
  }
  let gtag = page.gtag
  let map = { ...MAPPING, ...opts.mapping }
  // Each mapped type follows its category (map a type from one category only).
  let values = (granted: (name: string) => boolean): Values => {
    let result: Values = {}
    for (let name of names) {
      for (let type of map[name] ?? []) result[type] = granted(name) ? 'granted' : 'denied'
    }
    return result
  }
  let initial: Values = { wait_for_update: opts.waitForUpdate ?? 500 }
  for (let type of DENIED_BY_DEFAULT) initial[type] = 'denied'
  for (let type of GRANTED_BY_DEFAULT) initial[type] = 'granted'
  Object.assign(initial, values(() => false))
  if (opts.region) initial.region = opts.region
  gtag('consent', 'default', initial)
  if (policyDefault) gtag('consent', 'default', { ...values(policyDefault.granted), region: [policyDefault.region] })
  if (opts.urlPassthrough) gtag('set', 'url_passthrough', true)
  if (opts.adsDataRedaction) gtag('set', 'ads_data_redaction', true)

  return consent => {
    let update = (): void => gtag('consent', 'update', values(consent.isGranted))
    if (consent.getDecision()) update()
    let offs = [
      consent.on('decision', update),
      // A reset (withdrawal without a new decision) returns to the policy's defaults, as does a
      // policy read from the time zone when it settles.
      consent.on('change', () => {
        if (!consent.getDecision()) update()
      })
    ]
    return () => {
      for (let off of offs) off()
    }
  }
}
