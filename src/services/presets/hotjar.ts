import type { Service } from '../types.js'
import { page, requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface HotjarOptions extends PresetOptions {
  /** The site id, e.g. 1234567. */
  id: string | number
}

type Hj = ((...args: unknown[]) => void) & { q?: unknown[] }

/**
 * Hotjar, service `hotjar`, category `analytics`. On grant, as Hotjar's tracking code does: the
 * hj() queue, `_hjSettings = { hjid, hjsv: 6 }`, then hotjar-<id>.js. Hotjar documents no consent
 * call: it is simply not loaded without consent, and on withdrawal the engine deletes its cookies
 * (the recording stops at the next page).
 *
 * @example
 * createConsent({ categories: ['analytics'], services: [hotjar({ id: 1234567 })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function hotjar(options: HotjarOptions): Service {
  let id = requireId('hotjar', options, 'id', '1234567')
  return {
    name: options.name ?? 'hotjar',
    category: options.category ?? 'analytics',
    label: 'Hotjar',
    provider: 'Hotjar',
    privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    // Hotjar's "Cookies set by the Hotjar tracking code" help page was not in the searchable
    // corpus; names and lifetimes as sites publish them from it, e.g. https://lp.giveclick4love.org/
    // and https://cmssupport.nhs.wales/shared-content/cookie-policy-content/website-usage-cookies/hotjar
    cookies: [
      { name: `_hjSessionUser_${id}`, duration: { days: 365 }, description: 'Keeps the Hotjar user id for this site.' },
      { name: `_hjSession_${id}`, duration: { minutes: 30 }, description: 'Keeps the current visit together.' },
      { name: '_hjAbsoluteSessionInProgress', duration: { minutes: 30 }, description: 'Detects the first page view of a visit.' }
    ],
    load(context) {
      let hotjarPage = page() as { hj?: Hj; _hjSettings?: { hjid: number | string; hjsv: number } }
      if (!hotjarPage.hj) {
        let hj: Hj = function () {
          hj.q ||= []
          // eslint-disable-next-line prefer-rest-params
          hj.q.push(arguments)
        }
        hotjarPage.hj = hj
      }
      hotjarPage._hjSettings = { hjid: /^\d+$/.test(id) ? Number(id) : id, hjsv: 6 }
      context.loadScript(`https://static.hotjar.com/c/hotjar-${id}.js?sv=6`)
    }
  }
}
