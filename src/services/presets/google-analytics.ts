import type { Service } from '../types.js'
import { gtagQueue, updateConsent } from './gtag.js'
import { page, requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface GoogleAnalyticsOptions extends PresetOptions {
  /** The measurement id, e.g. 'G-XXXXXXXXXX'. */
  id: string
  /** Where gtag.js comes from (a first-party proxy, a local fake in a demo). Default Google's. */
  scriptUrl?: string
}

/**
 * Google Analytics 4 (gtag.js), service `ga4`, category `analytics`. On grant: the gtag queue,
 * `gtag('consent', 'update', { analytics_storage: 'granted' })` first when Consent Mode is on,
 * then `gtag('js', …)`, `gtag('config', id)` and gtag/js. On withdrawal: the matching 'denied'
 * update and Google's documented opt-out flag `window['ga-disable-<id>'] = true`.
 *
 * @example
 * createConsent({ categories: ['analytics'], services: [googleAnalytics({ id: 'G-XXXXXXXXXX' })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function googleAnalytics(options: GoogleAnalyticsOptions): Service {
  let id = requireId('googleAnalytics', options, 'id', "'G-XXXXXXXXXX'")
  let scriptUrl = options.scriptUrl ?? 'https://www.googletagmanager.com/gtag/js'
  if (typeof scriptUrl !== 'string') {
    throw new TypeError(`consentry: googleAnalytics: pass { scriptUrl: '/gtag.js' } (got ${JSON.stringify(scriptUrl)})`)
  }
  return {
    name: options.name ?? 'ga4',
    category: options.category ?? 'analytics',
    label: 'Google Analytics',
    provider: 'Google',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    // https://support.google.com/analytics/answer/11397207 ([GA4] Cookie usage on websites)
    cookies: [
      { name: '_ga', duration: { years: 2 }, description: 'Distinguishes visitors.' },
      { name: /^_ga_/, duration: { years: 2 }, description: 'Keeps the session state.' }
    ],
    load(context) {
      let gtag = gtagQueue()
      // https://developers.google.com/tag-platform/security/guides/consent (update before config)
      if (context.consentMode) updateConsent(['analytics_storage'], 'granted')
      gtag('js', new Date())
      gtag('config', id)
      context.loadScript(`${scriptUrl}?id=${id}`)
    },
    onRevoke(context) {
      if (context.consentMode) updateConsent(['analytics_storage'], 'denied')
      // https://developers.google.com/analytics/devguides/collection/gtagjs/user-opt-out
      page()[`ga-disable-${id}`] = true
    }
  }
}
