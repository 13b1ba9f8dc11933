import type { Service } from '../types.js'
import type { PresetOptions } from './preset.js'

/**
 * Google Maps embeds, service `google-maps`, category `functional`: `<iframe
 * data-consent="google-maps" data-src="https://www.google.com/maps/embed?…">`. No loader: the
 * embeds integration loads the iframe once granted. Functional, because Google classes its NID
 * preference cookie as functionality; pass `category: 'marketing'` if your assessment differs.
 *
 * @example
 * createConsent({ categories: ['functional'], services: [googleMaps()] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function googleMaps(options: PresetOptions = {}): Service {
  return {
    name: options.name ?? 'google-maps',
    category: options.category ?? 'functional',
    label: 'Google Maps',
    provider: 'Google',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    embedHosts: ['www.google.com', 'maps.google.com'],
    // https://policies.google.com/technologies/cookies (How Google uses cookies)
    cookies: [
      { name: 'NID', duration: { months: 6 }, description: 'Remembers preferences such as the language.', provider: 'Google (google.com)' }
    ]
  }
}
