import type { Service } from '../types.js'
import { page, requireId } from './preset.js'
import type { PresetOptions } from './preset.js'

export interface LinkedinInsightOptions extends PresetOptions {
  /** The partner id, e.g. '123456'. */
  partnerId: string | number
}

type Lintrk = ((action: unknown, data: unknown) => void) & { q: unknown[] }

interface LinkedinPage {
  _linkedin_partner_id?: string
  _linkedin_data_partner_ids?: string[]
  lintrk?: Lintrk
}

/**
 * LinkedIn Insight Tag, service `linkedin-insight`, category `marketing`. On grant, as LinkedIn's
 * tag does: `_linkedin_partner_id`, `_linkedin_data_partner_ids.push(id)`, the lintrk() queue,
 * then insight.min.js. LinkedIn documents no consent call: the tag is simply not loaded without
 * consent, and on withdrawal the engine deletes the cookies it set on this site.
 *
 * @example
 * createConsent({ categories: ['marketing'], services: [linkedinInsight({ partnerId: '123456' })] })
 */
/* @__NO_SIDE_EFFECTS__ */
export function linkedinInsight(options: LinkedinInsightOptions): Service {
  let partnerId = requireId('linkedinInsight', options, 'partnerId', "'123456'")
  return {
    name: options.name ?? 'linkedin-insight',
    category: options.category ?? 'marketing',
    label: 'LinkedIn Insight Tag',
    provider: 'LinkedIn',
    privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    // LinkedIn's cookie table (https://www.linkedin.com/legal/l/cookie-table) lists these; its
    // Insight Tag rows were not in the searchable corpus, the lifetimes are as published on
    // https://www.consentstack.io/vendors/linkedin-insight-tag.
    cookies: [
      { name: 'li_fat_id', duration: { days: 30 }, description: 'Member indirect identifier for conversion attribution.' },
      { name: 'li_sugr', duration: { days: 90 }, description: 'Browser identifier for probabilistic matching.', provider: 'LinkedIn (linkedin.com)' },
      { name: 'bcookie', duration: { years: 1 }, description: 'LinkedIn browser id.', provider: 'LinkedIn (linkedin.com)' },
      { name: 'lidc', duration: { days: 1 }, description: 'Routes requests to a LinkedIn data center.', provider: 'LinkedIn (linkedin.com)' },
      { name: 'UserMatchHistory', duration: { days: 30 }, description: 'Syncs ids for LinkedIn ads.', provider: 'LinkedIn (linkedin.com)' },
      { name: 'AnalyticsSyncHistory', duration: { days: 30 }, description: 'Records when the ids were last synced.', provider: 'LinkedIn (linkedin.com)' }
    ],
    load(context) {
      let linkedin = page() as LinkedinPage
      linkedin._linkedin_partner_id = partnerId
      linkedin._linkedin_data_partner_ids ||= []
      linkedin._linkedin_data_partner_ids.push(partnerId)
      if (!linkedin.lintrk) {
        let lintrk = ((action: unknown, data: unknown) => {
          lintrk.q.push([action, data])
        }) as Lintrk
        lintrk.q = []
        linkedin.lintrk = lintrk
      }
      context.loadScript('https://snap.licdn.com/li.lms-analytics/insight.min.js')
    }
  }
}
