import type { Service } from '../types.js'
import type { PresetOptions } from './preset.js'

/**
 * Vimeo embeds, service `vimeo`, category `analytics`: `<iframe data-consent="vimeo"
 * data-src="https://player.vimeo.com/video/…">`. No loader: the embeds integration loads the
 * iframe once granted. Analytics, because Vimeo's player sets its `vuid` for the video owner's
 * statistics and serves no ads; with `?dnt=1` on the embed URL it sets no such cookie.
 *
 * @example
 * createConsent({ categories: ['analytics'], services: [vimeo()] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function vimeo(options: PresetOptions = {}): Service {
  return {
    name: options.name ?? 'vimeo',
    category: options.category ?? 'analytics',
    label: 'Vimeo',
    provider: 'Vimeo',
    privacyPolicyUrl: 'https://vimeo.com/privacy',
    embedHosts: ['player.vimeo.com', 'vimeo.com'],
    // https://help.vimeo.com/hc/en-us/articles/26080940921361 (cookies of the embeddable player)
    cookies: [
      { name: 'vuid', duration: { years: 2 }, description: 'Vimeo id used for the video owner\u2019s analytics.', provider: 'Vimeo (vimeo.com)' },
      { name: 'player', duration: { years: 1 }, description: 'Keeps player preferences (volume, quality, captions).', provider: 'Vimeo (vimeo.com)' },
      { name: '__cf_bm', duration: { minutes: 30 }, description: 'Cloudflare bot management.', provider: 'Vimeo (vimeo.com)' },
      { name: '_cfuvid', duration: 'session', description: 'Cloudflare rate limiting.', provider: 'Vimeo (vimeo.com)' }
    ]
  }
}
