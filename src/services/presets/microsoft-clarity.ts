import type { Service } from '../types.js'
import { page, requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface MicrosoftClarityOptions extends PresetOptions {
  /** The project id, e.g. 'abcdef1234'. */
  id: string
}

type Clarity = ((...args: unknown[]) => void) & { q?: unknown[] }

// Clarity's snippet: clarity() queues `arguments` in clarity.q until the tag runs.
function clarityQueue(): Clarity {
  let microsoft = page() as { clarity?: Clarity }
  if (!microsoft.clarity) {
    let clarity: Clarity = function () {
      clarity.q ||= []
      // eslint-disable-next-line prefer-rest-params
      clarity.q.push(arguments)
    }
    microsoft.clarity = clarity
  }
  return microsoft.clarity
}

/**
 * Microsoft Clarity, service `clarity`, category `analytics`. On grant: the clarity queue,
 * `clarity('consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' })` (this service
 * stands for analytics consent only), then the tag. On withdrawal: consentv2 with both denied,
 * then `clarity('consent', false)`, which erases Clarity's cookies.
 *
 * @example
 * createConsent({ categories: ['analytics'], services: [microsoftClarity({ id: 'abcdef1234' })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function microsoftClarity(options: MicrosoftClarityOptions): Service {
  let id = requireId('microsoftClarity', options, 'id', "'abcdef1234'")
  return {
    name: options.name ?? 'clarity',
    category: options.category ?? 'analytics',
    label: 'Microsoft Clarity',
    provider: 'Microsoft',
    privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
    // Names and purposes: https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list
    // (it gives no lifetimes; these are the ones sites publish, e.g.
    // https://apply-for-a-veterans-card.service.gov.uk/cookies and https://idealink.tech/privacy-policy/cookies-policy).
    cookies: [
      { name: '_clck', duration: { years: 1 }, description: 'Keeps the Clarity user id and preferences for this site.' },
      { name: '_clsk', duration: { days: 1 }, description: 'Joins the page views of one visit into one recording.' },
      { name: 'CLID', duration: { years: 1 }, description: 'Records when Clarity first saw this browser on any site.', provider: 'Microsoft (clarity.ms)' },
      { name: 'MUID', duration: { years: 1 }, description: 'Identifies the browser across Microsoft sites.', provider: 'Microsoft (clarity.ms)' }
    ],
    load(context) {
      let clarity = clarityQueue()
      // https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2
      clarity('consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' })
      context.loadScript(`https://www.clarity.ms/tag/${id}`)
    },
    onRevoke() {
      let clarity = clarityQueue()
      clarity('consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' })
      // https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v1
      clarity('consent', false)
    }
  }
}
