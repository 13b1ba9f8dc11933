import type { Service } from '../types.js'
import type { PresetOptions } from './preset.js'

/**
 * YouTube embeds, service `youtube`, category `marketing`: `<iframe data-consent="youtube"
 * data-src="https://www.youtube-nocookie.com/embed/…">`. No loader: the embeds integration loads
 * the iframe once granted. Why marketing rather than functional: Google lists YouTube's cookies
 * among those it uses for its services and ads, and an embedded player, even the
 * youtube-nocookie one, can set identifiers once played; pass `category: 'functional'` if your
 * assessment differs.
 *
 * @example
 * createConsent({ categories: ['marketing'], services: [youtube()] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function youtube(options: PresetOptions = {}): Service {
  return {
    name: options.name ?? 'youtube',
    category: options.category ?? 'marketing',
    label: 'YouTube',
    provider: 'Google',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    embedHosts: ['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com'],
    // https://policies.google.com/technologies/cookies (How Google uses cookies)
    cookies: [
      { name: 'YSC', duration: 'session', description: 'Protects the session against forged requests.', provider: 'Google (youtube.com)' },
      { name: 'VISITOR_INFO1_LIVE', duration: { months: 6 }, description: 'Keeps player preferences and detects playback issues.', provider: 'Google (youtube.com)' }
    ]
  }
}
