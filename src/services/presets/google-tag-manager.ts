import type { Service } from '../types.js'
import { consentTypes, dataLayer, updateConsent } from './gtag.js'
import { requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface GoogleTagManagerOptions extends PresetOptions {
  /** The container id, e.g. 'GTM-XXXXXXX'. */
  id: string
}

/**
 * Google Tag Manager, service `gtm`, category `analytics`. Tag Manager itself sets no cookie: it
 * loads whatever tags the container holds, and on most sites those are analytics tags, hence the
 * default. A container that also runs ad tags belongs in `marketing` (pass `category`), or leaves
 * the ad tags to Consent Mode. On grant, as Google's snippet does: the `gtm.js` start event, then
 * gtm.js; with Consent Mode on, a 'granted' update for the category's consent types comes first,
 * and a 'denied' one on withdrawal.
 *
 * @example
 * createConsent({ categories: ['analytics'], services: [googleTagManager({ id: 'GTM-XXXXXXX' })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function googleTagManager(options: GoogleTagManagerOptions): Service {
  let id = requireId('googleTagManager', options, 'id', "'GTM-XXXXXXX'")
  let category = options.category ?? 'analytics'
  return {
    name: options.name ?? 'gtm',
    category,
    label: 'Google Tag Manager',
    provider: 'Google',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    // No cookie of its own: the cookies are those of the tags the container runs.
    cookies: [],
    load(context) {
      if (context.consentMode) updateConsent(consentTypes(category), 'granted')
      // https://developers.google.com/tag-manager/devguide (installation snippet)
      dataLayer().push({ 'gtm.start': new Date().getTime(), event: 'gtm.js' })
      context.loadScript(`https://www.googletagmanager.com/gtm.js?id=${id}`)
    },
    onRevoke(context) {
      if (context.consentMode) updateConsent(consentTypes(category), 'denied')
    }
  }
}
