import type { Service } from '../types.js'
import { page, requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface MetaPixelOptions extends PresetOptions {
  /** The pixel id, e.g. '1234567890'. */
  id: string | number
}

type Fbq = ((...args: unknown[]) => void) & { queue: unknown[]; callMethod?: (...args: unknown[]) => void }

// Meta's base code: fbq queues `arguments` until fbevents.js takes over (callMethod).
function fbqQueue(): Fbq {
  let meta = page() as { fbq?: Fbq; _fbq?: Fbq }
  if (meta.fbq) return meta.fbq
  let fbq = function () {
    // eslint-disable-next-line prefer-rest-params
    if (fbq.callMethod) fbq.callMethod.apply(fbq, arguments as unknown as unknown[])
    // eslint-disable-next-line prefer-rest-params
    else fbq.queue.push(arguments)
  } as Fbq
  Object.assign(fbq, { push: fbq, loaded: true, version: '2.0', queue: [] })
  meta.fbq = fbq
  meta._fbq ||= fbq
  return fbq
}

/**
 * Meta Pixel, service `meta-pixel`, category `marketing`. On grant, in the order of Meta's GDPR
 * guide: the fbq queue, `fbq('consent', 'grant')`, `fbq('init', id)`, `fbq('track', 'PageView')`,
 * fbevents.js. On withdrawal: `fbq('consent', 'revoke')`.
 *
 * @example
 * createConsent({ categories: ['marketing'], services: [metaPixel({ id: '1234567890' })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function metaPixel(options: MetaPixelOptions): Service {
  let id = requireId('metaPixel', options, 'id', "'1234567890'")
  return {
    name: options.name ?? 'meta-pixel',
    category: options.category ?? 'marketing',
    label: 'Meta Pixel',
    provider: 'Meta',
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
    // Names: https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/
    // Lifetimes (90 days): Meta's "About cookie settings for your Meta Pixel" help page, not in the
    // searchable corpus; taken from https://cookiesentry.com/cookies/providers/meta.
    cookies: [
      { name: '_fbp', duration: { days: 90 }, description: 'Identifies the browser for ad delivery and measurement.' },
      { name: '_fbc', duration: { days: 90 }, description: 'Stores the click id of the Meta ad that brought the visitor.' }
    ],
    load(context) {
      let fbq = fbqQueue()
      // https://developers.facebook.com/docs/meta-pixel/implementation/gdpr
      fbq('consent', 'grant')
      fbq('init', id)
      fbq('track', 'PageView')
      context.loadScript('https://connect.facebook.net/en_US/fbevents.js')
    },
    onRevoke() {
      fbqQueue()('consent', 'revoke')
    }
  }
}
