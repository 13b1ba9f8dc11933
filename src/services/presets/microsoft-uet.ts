import type { Service } from '../types.js'
import { page, requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface MicrosoftUetOptions extends PresetOptions {
  /** The UET tag id, e.g. '123456789'. */
  id: string | number
}

interface UetPage {
  uetq?: unknown[] | { push: (...args: unknown[]) => void }
  UET?: new (options: { ti: string; enableAutoSpaTracking: boolean; q: unknown }) => { push: (...args: unknown[]) => void }
}

// Before bat.js runs, uetq is a plain array read in order; bat.js then replaces it with its tag.
function uetQueue(): { push: (...args: unknown[]) => void } {
  let microsoft = page() as UetPage
  microsoft.uetq ||= [] as unknown[]
  return microsoft.uetq
}

/**
 * Microsoft Advertising UET, service `uet`, category `marketing`. On grant, as Microsoft's
 * consent mode asks: `uetq.push('consent', 'default', { ad_storage: 'denied' })`, then
 * `uetq.push('consent', 'update', { ad_storage: 'granted' })`, then bat.js; once it has run,
 * the tag starts like Microsoft's snippet (`new UET({ ti, q: uetq })`, then 'pageLoad'). Needs
 * the engine's loadScript to call `onLoad`. On withdrawal: the 'update' with 'denied'.
 *
 * @example
 * createConsent({ categories: ['marketing'], services: [microsoftUet({ id: '123456789' })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function microsoftUet(options: MicrosoftUetOptions): Service {
  let id = requireId('microsoftUet', options, 'id', "'123456789'")
  let start = (): void => {
    let microsoft = page() as UetPage
    if (typeof microsoft.UET != 'function') return
    let tag = new microsoft.UET({ ti: id, enableAutoSpaTracking: true, q: microsoft.uetq })
    microsoft.uetq = tag
    tag.push('pageLoad')
  }
  return {
    name: options.name ?? 'uet',
    category: options.category ?? 'marketing',
    label: 'Microsoft Advertising',
    provider: 'Microsoft',
    privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
    // Microsoft's UET pages name no lifetimes; these are from https://cookiesentry.com/cookies/_uetsid
    // and https://kukie.io/blog/microsoft-uet-consent-mode-guide (_uetvid: 13 months, as commonly published).
    cookies: [
      { name: '_uetsid', duration: { days: 1 }, description: 'Keeps the visit id for conversion attribution.' },
      { name: '_uetvid', duration: { months: 13 }, description: 'Recognizes a returning visitor for remarketing.' },
      { name: '_uetmsclkid', duration: { days: 90 }, description: 'Stores the Microsoft Advertising click id.' },
      { name: 'MUID', duration: { months: 13 }, description: 'Identifies the browser across Microsoft sites.', provider: 'Microsoft (bing.com)' }
    ],
    load(context) {
      let uetq = uetQueue()
      // https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_consent
      uetq.push('consent', 'default', { ad_storage: 'denied' })
      uetq.push('consent', 'update', { ad_storage: 'granted' })
      context.loadScript('https://bat.bing.com/bat.js', { onLoad: start })
    },
    onRevoke() {
      uetQueue().push('consent', 'update', { ad_storage: 'denied' })
    }
  }
}
