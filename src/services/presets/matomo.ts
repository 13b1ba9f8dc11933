import type { Service } from '../types.js'
import { page, requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface MatomoOptions extends PresetOptions {
  /** The Matomo server, e.g. 'https://analytics.example.com/' (matomo.js and matomo.php live there). */
  url: string
  /** The site id in Matomo, e.g. 1. */
  siteId: string | number
  /**
   * Matomo's cookie-consent flow instead of its tracking-consent flow: requireCookieConsent /
   * setCookieConsentGiven / forgetCookieConsentGiven (for a server set up to track without cookies).
   */
  cookieless?: boolean
}

/**
 * Matomo, service `matomo`, category `analytics`. On grant: `_paq` with `requireConsent` first
 * (`requireCookieConsent` when cookieless), the tracker setup of Matomo's snippet, then
 * `setConsentGiven` (`setCookieConsentGiven`) and matomo.js. Consentry keeps the choice, so the
 * preset gives consent for the page and sets no `mtm_consent` cookie. On withdrawal:
 * `forgetConsentGiven` (`forgetCookieConsentGiven`), which also removes Matomo's cookies.
 *
 * @example
 * createConsent({ categories: ['analytics'], services: [matomo({ url: 'https://stats.example.com/', siteId: 1 })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function matomo(options: MatomoOptions): Service {
  let siteId = requireId('matomo', options, 'siteId', '1')
  let url = options.url
  if (typeof url != 'string' || !/^(https?:)?\/\/[^/?#\s]+/i.test(url)) {
    throw new TypeError(`consentry: matomo: pass { url: 'https://analytics.example.com/' } (got ${JSON.stringify(url)})`)
  }
  let base = url.endsWith('/') ? url : url + '/'
  let flow = options.cookieless ? 'CookieConsent' : 'Consent'
  let paq = (): unknown[][] => {
    let matomoPage = page() as { _paq?: unknown[][] }
    return (matomoPage._paq ||= [])
  }
  return {
    name: options.name ?? 'matomo',
    category: options.category ?? 'analytics',
    label: 'Matomo',
    // https://matomo.org/faq/general/faq_146/ (cookies created by the JavaScript tracking client)
    cookies: [
      { name: /^_pk_id\./, duration: { months: 13 }, description: 'Stores the visitor id.' },
      { name: /^_pk_ref\./, duration: { months: 6 }, description: 'Stores how the visitor first came to the site.' },
      { name: /^_pk_ses\./, duration: { minutes: 30 }, description: 'Keeps the current visit together.' }
    ],
    load(context) {
      let queue = paq()
      // https://developer.matomo.org/guides/tracking-consent
      queue.push([`require${flow}`])
      queue.push(['trackPageView'])
      queue.push(['enableLinkTracking'])
      queue.push(['setTrackerUrl', `${base}matomo.php`])
      queue.push(['setSiteId', siteId])
      queue.push([`set${flow}Given`])
      context.loadScript(`${base}matomo.js`)
    },
    onRevoke() {
      paq().push([`forget${flow}Given`])
    }
  }
}
