// Google's gtag() command queue, shared by the GA4, Google Ads and Tag Manager presets. It is
// the same global the Consent Mode integration (src/integrations/consent-mode.ts) defines, so
// whichever runs first creates it and the other reuses it.

type Gtag = (...args: unknown[]) => void
type ConsentValue = 'granted' | 'denied'

interface GooglePage {
  dataLayer?: unknown[]
  gtag?: Gtag
}

/** Google's advertising consent types (Consent Mode v2). */
export const AD_TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization']

/**
 * The page's `dataLayer`, created when absent.
 *
 * @example
 * dataLayer().push({ event: 'gtm.js' })
 */
export function dataLayer(): unknown[] {
  let google = window as unknown as GooglePage
  return (google.dataLayer ||= [])
}

/**
 * The page's `gtag`, defined like Google's snippet when absent: it pushes real `arguments`
 * objects, since Google's tag ignores commands pushed as plain arrays.
 *
 * @example
 * gtagQueue()('js', new Date())
 */
export function gtagQueue(): Gtag {
  let google = window as unknown as GooglePage
  let queue = dataLayer()
  if (!google.gtag) {
    google.gtag = function () {
      // eslint-disable-next-line prefer-rest-params
      queue.push(arguments)
    }
  }
  return google.gtag
}

/**
 * Sends `gtag('consent', 'update', …)` with each type set to `value`.
 *
 * @example
 * updateConsent(['analytics_storage'], 'granted')
 */
export function updateConsent(types: string[], value: ConsentValue): void {
  let values: Record<string, ConsentValue> = {}
  for (let type of types) values[type] = value
  gtagQueue()('consent', 'update', values)
}

/**
 * The consent types a category stands for, as in the Consent Mode integration's default mapping.
 *
 * @example
 * consentTypes('marketing') // ['ad_storage', 'ad_user_data', 'ad_personalization']
 */
export function consentTypes(category: string): string[] {
  if (category === 'analytics') return ['analytics_storage']
  if (category === 'marketing' || category === 'ads') return AD_TYPES
  if (category === 'functional' || category === 'preferences') {
    return ['functionality_storage', 'personalization_storage']
  }
  return []
}
