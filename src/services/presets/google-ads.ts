import type { Service } from '../types.js'
import { AD_TYPES, gtagQueue, updateConsent } from './gtag.js'
import { requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface GoogleAdsOptions extends PresetOptions {
  /** The conversion id, e.g. 'AW-123456789'. */
  id: string
}

/**
 * Google Ads conversion tracking and remarketing (gtag.js), service `google-ads`, category
 * `marketing`. On grant: the gtag queue, the ad_storage/ad_user_data/ad_personalization 'granted'
 * update first when Consent Mode is on, `gtag('js', …)`, `gtag('config', id)`, gtag/js. On
 * withdrawal: the matching 'denied' update (with Consent Mode; without it the tag stays loaded
 * until the next page, its cookies deleted by the engine).
 *
 * @example
 * createConsent({ categories: ['marketing'], services: [googleAds({ id: 'AW-123456789' })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function googleAds(options: GoogleAdsOptions): Service {
  let id = requireId('googleAds', options, 'id', "'AW-123456789'")
  return {
    name: options.name ?? 'google-ads',
    category: options.category ?? 'marketing',
    label: 'Google Ads',
    provider: 'Google',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    // Google's cookie reference (https://business.safety.google/adscookies/, linked from
    // https://developers.google.com/tag-platform/security/concepts/cookies) lists the conversion
    // linker cookies at 90 days; that page was not in the searchable corpus, the lifetimes were
    // cross-checked on https://cookiesentry.com/cookies/providers/google-ads.
    cookies: [
      { name: '_gcl_au', duration: { days: 90 }, description: 'Links ad clicks to conversions on this site.' },
      { name: '_gcl_aw', duration: { days: 90 }, description: 'Stores the Google Ads click id.' },
      { name: '_gcl_dc', duration: { days: 90 }, description: 'Stores the Display & Video ad click id.' }
    ],
    load(context) {
      let gtag = gtagQueue()
      if (context.consentMode) updateConsent(AD_TYPES, 'granted')
      gtag('js', new Date())
      gtag('config', id)
      context.loadScript(`https://www.googletagmanager.com/gtag/js?id=${id}`)
    },
    onRevoke(context) {
      if (context.consentMode) updateConsent(AD_TYPES, 'denied')
    }
  }
}
