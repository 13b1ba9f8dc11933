import { normalize } from '../core/config.js'
import type { ConsentConfig } from '../core/types.js'
import { gpcCategories } from '../integrations/built-in/gpc.js'
import type { PolicyDefault } from '../integrations/opt-in/consent-mode.js'
import { gpcSignal, grantedByDefault, policyOf } from './policy.js'

/**
 * Google Consent Mode's default for the visitor's region, when the region is known and its policy
 * grants something before a decision (opt-out, none): what the engine grants then, the `sale`
 * categories refused under Global Privacy Control. Undefined under opt-in, for an unknown region,
 * and while a time-zone policy loads (Consent Mode's 'update' follows when it settles).
 *
 * @example
 * policyDefault({ categories: ['analytics', 'marketing'], region: 'US-CA' })
 * // { region: 'US-CA', granted: name => true }
 */
export function policyDefault(config: ConsentConfig & { respectGpc?: boolean }): PolicyDefault | undefined {
  let normalized = normalize(config)
  let policy = policyOf(normalized)
  let { region } = normalized
  if (typeof policy !== 'string' || policy === 'opt-in' || region === null || region === 'auto') return undefined
  let signal = config.respectGpc !== false && gpcSignal()
  let refused = signal ? [...gpcCategories(normalized), ...normalized.sale] : []
  return { region, granted: grantedByDefault(policy, refused) }
}
