import type { Service } from '../types.js'
import { page, requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface TiktokPixelOptions extends PresetOptions {
  /** The pixel id, e.g. 'CABCDEFGHIJ1234567'. */
  id: string
}

type Ttq = unknown[] & Record<string, unknown>

// The methods TikTok's base code queues before events.js runs (consent ones included).
const METHODS = ['page', 'track', 'identify', 'instances', 'debug', 'on', 'off', 'once', 'ready', 'alias', 'group', 'enableCookie', 'disableCookie', 'holdConsent', 'revokeConsent', 'grantConsent']

// TikTok's base code: ttq is an array; each method pushes [name, ...args] until events.js runs.
function ttqQueue(): Ttq {
  let tiktok = page() as { ttq?: Ttq; TiktokAnalyticsObject?: string }
  if (tiktok.ttq) return tiktok.ttq
  let ttq = [] as unknown as Ttq
  for (let method of METHODS) {
    ttq[method] = (...args: unknown[]) => {
      ttq.push([method, ...args])
    }
  }
  tiktok.TiktokAnalyticsObject = 'ttq'
  tiktok.ttq = ttq
  return ttq
}

let call = (method: string): void => {
  let queued = ttqQueue()[method] as () => void
  queued()
}

/**
 * TikTok Pixel, service `tiktok-pixel`, category `marketing`. On grant: the ttq queue,
 * `ttq.grantConsent()`, the pixel registration TikTok's `ttq.load(id)` makes, events.js, then
 * `ttq.page()`. On withdrawal: `ttq.revokeConsent()`.
 *
 * @example
 * createConsent({ categories: ['marketing'], services: [tiktokPixel({ id: 'CABCDEFGHIJ1234567' })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function tiktokPixel(options: TiktokPixelOptions): Service {
  let id = requireId('tiktokPixel', options, 'id', "'CABCDEFGHIJ1234567'")
  return {
    name: options.name ?? 'tiktok-pixel',
    category: options.category ?? 'marketing',
    label: 'TikTok Pixel',
    provider: 'TikTok',
    privacyPolicyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    // TikTok's help page (https://ads.tiktok.com/help/article/how-to-use-cookies-with-tiktok-pixel)
    // names the first-party cookie setting but no lifetime; 13 months as published on
    // https://consentchecker.eu/en/kb/tiktok-pixel.
    cookies: [{ name: '_ttp', duration: { months: 13 }, description: 'Identifies the browser for ad measurement.' }],
    load(context) {
      let ttq = ttqQueue()
      // Consent API (ttq.holdConsent / grantConsent / revokeConsent): TikTok's developer portal
      // page was not in the searchable corpus; https://cookiebeam.com/guides/tiktok-pixel-events-api-consent-2026
      call('grantConsent')
      // What TikTok's ttq.load(id) records before it injects events.js.
      let script = 'https://analytics.tiktok.com/i18n/pixel/events.js'
      ttq._i = { ...(ttq._i as object), [id]: Object.assign([], { _u: script }) }
      ttq._t = { ...(ttq._t as object), [id]: Date.now() }
      ttq._o = { ...(ttq._o as object), [id]: {} }
      context.loadScript(`${script}?sdkid=${id}&lib=ttq`)
      call('page')
    },
    onRevoke() {
      call('revokeConsent')
    }
  }
}
