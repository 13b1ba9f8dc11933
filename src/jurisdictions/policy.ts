import { loadTimeZoneRegion } from './load-zones.js'
import { resolvePolicy, timeZoneMatters } from './region.js'
import type { Policy } from './table.js'

/** What decides the policy: the validated `region` ('auto', a code or null) and `policies`. */
export interface PolicyInput {
  region: string | null
  policies?: Record<string, Policy>
}

/**
 * The policy in force for this visitor. 'auto' reads the time zone only when it can change the
 * answer (`timeZoneMatters`); its table then loads on demand, so the answer is a promise, and
 * until it settles the engine applies opt-in (the strictest). A failed load is opt-in too.
 *
 * @example
 * policyOf({ region: 'US-CA' }) // 'opt-out'
 * policyOf({ region: 'auto' }) // 'opt-in': the built-in table gives every country opt-in
 * await policyOf({ region: 'auto', policies: { FR: 'opt-in', default: 'none' } }) // 'none' in Tokyo
 */
export function policyOf({ region, policies }: PolicyInput): Policy | Promise<Policy> {
  if (region !== 'auto') return resolvePolicy(region, policies)
  // Without a DOM (SSR) the zone is the server's, not the visitor's.
  if (typeof document !== 'object' || !zoneMatters(policies)) return 'opt-in'
  return loadTimeZoneRegion().then(
    found => resolvePolicy(found, policies),
    () => 'opt-in' as const
  )
}

// The built-in table's answer, computed once: most pages pass no `policies`.
let builtInZoneMatters: boolean | undefined
const zoneMatters = (policies?: Record<string, Policy>): boolean =>
  policies ? timeZoneMatters(policies) : (builtInZoneMatters ??= timeZoneMatters())

/**
 * Whether the browser sends Global Privacy Control (`navigator.globalPrivacyControl === true`).
 *
 * @example
 * if (policy === 'opt-out' && gpcSignal()) refuse(config.sale)
 */
export function gpcSignal(): boolean {
  return typeof navigator === 'object' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true
}

/**
 * The categories granted without a decision under `policy`: none under opt-in, all under none,
 * and under opt-out all but those `refused` (the `sale` categories when GPC is on).
 *
 * @example
 * grantedByDefault('opt-out', ['marketing'])('analytics') // true
 */
export function grantedByDefault(policy: Policy, refused: string[]): (name: string) => boolean {
  return name => policy === 'none' || (policy === 'opt-out' && !refused.includes(name))
}
