import { OPT_OUT_REGIONS } from './opt-out-regions.js'
import type { Policy } from './table.js'

export type { Policy } from './table.js'

const POLICIES: readonly Policy[] = ['opt-in', 'opt-out', 'none']

// A country (two letters) and, for ISO 3166-2, a subdivision of one to three letters or digits.
const REGION = /^([A-Z]{2})(?:-[A-Z0-9]{1,3})?$/
// Two-letter codes that name no country: user-assigned ranges (AA, QM-QZ, XA-XZ, ZZ), and what
// edges and GeoIP databases send for groups or unknowns (EU, AP, XX). 'UK' is reserved: GB is the
// United Kingdom. Kosovo's XK is user-assigned but reported as a country by every edge.
const NOT_A_COUNTRY = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN|AP|UK)$/

const isPolicy = (value: unknown): value is Policy => POLICIES.includes(value as Policy)
const own = (table: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(table, key) ? (table as Record<string, unknown>)[key] : undefined
const fail = (what: string, got: unknown): never => {
  let shown = typeof got === 'string' && got.length > 40 ? got.slice(0, 40) + '…' : got
  throw new TypeError(`consentry: ${what} (got ${JSON.stringify(shown)})`)
}

/**
 * The canonical (upper-case) ISO 3166-1 alpha-2 or ISO 3166-2 code in `value`, or `null` for
 * anything else: unknowns such as 'XX', 'T1' (Tor), 'A1', 'EU', garbage, non-strings.
 *
 * @example
 * normalizeRegion(' us-ca ') // 'US-CA'
 * normalizeRegion('XX') // null
 */
export function normalizeRegion(value: unknown): string | null {
  // Longer than 'US-CA ' with some spaces is not a code: no work on huge values.
  if (typeof value !== 'string' || value.length > 16) return null
  let code = value.trim().toUpperCase()
  let match = REGION.exec(code)
  if (match === null || NOT_A_COUNTRY.test(match[1])) return null
  return code
}

/**
 * The policy in force in `region`: the site's `policies` first (the exact region, then its
 * country, then their `default`), then the built-in table in the same order. An unknown region
 * (`null`, garbage) is always 'opt-in', whatever the tables say: uncertain means strictest.
 *
 * @example
 * resolvePolicy('US-CA') // 'opt-out'
 * resolvePolicy('US-WY') // 'opt-in' (no state law: the country row)
 * resolvePolicy('BR', { BR: 'none', default: 'opt-in' }) // 'none'
 */
export function resolvePolicy(region: string | null | undefined, policies?: Record<string, Policy>): Policy {
  let code = normalizeRegion(region)
  if (code === null) return 'opt-in'
  if (policies !== null && typeof policies === 'object') {
    for (let key of [code, code.slice(0, 2), 'default']) {
      let policy = own(policies, key)
      // A value that is no policy (an unvalidated table) is skipped, never read as a weaker one.
      if (isPolicy(policy)) return policy
    }
  }
  // The built-in table: its only rows that are not opt-in (the default) are these states.
  return OPT_OUT_REGIONS.includes(code) ? 'opt-out' : 'opt-in'
}

/**
 * Whether the visitor's time zone can change the policy under `policies`: it only gives a
 * country, so it matters only when a country row or `default` is not 'opt-in'. When it returns
 * false, `region: 'auto'` needs no time-zone table (with the built-in table it is always false).
 *
 * @example
 * timeZoneMatters() // false: every country and the default are opt-in
 * timeZoneMatters({ JP: 'none', default: 'opt-in' }) // true
 */
export function timeZoneMatters(policies?: Record<string, Policy>): boolean {
  // The built-in table gives every country and the default opt-in (table.test.ts checks it).
  if (!policies) return false
  return Object.keys(policies).some(key => !key.includes('-') && isPolicy(policies[key]) && policies[key] !== 'opt-in')
}

/**
 * Checks a site's `policies` option at configuration time; throws a TypeError that says what to
 * pass for a non-object, a key that is no canonical region code, an unknown policy name, or a
 * table without `default`.
 *
 * @example
 * validatePolicies({ 'US-CA': 'opt-out', default: 'opt-in' }) // passes
 * validatePolicies({ 'US-CA': 'optout', default: 'opt-in' }) // TypeError: consentry: policies['US-CA']: pass 'opt-in', 'opt-out' or 'none' (got "optout")
 */
export function validatePolicies(policies: unknown): asserts policies is Record<string, Policy> {
  if (policies === null || typeof policies !== 'object' || Array.isArray(policies)) {
    fail("policies: pass an object of region → policy, such as { 'US-CA': 'opt-out', default: 'opt-in' }", policies)
  }
  let table = policies as Record<string, unknown>
  for (let key of Object.keys(table)) {
    if (key !== 'default') checkKey(key)
    if (!isPolicy(table[key])) fail(`policies['${key}']: pass 'opt-in', 'opt-out' or 'none'`, table[key])
  }
  if (own(table, 'default') === undefined) {
    fail("policies: add default: 'opt-in' (the strictest), the policy of every region the table does not name", Object.keys(table))
  }
}

function checkKey(key: string): void {
  let code = normalizeRegion(key)
  if (key.toUpperCase() === 'UK') fail("policies: write 'GB' for the United Kingdom (ISO 3166-1)", key)
  if (code !== null && code !== key) fail(`policies: write region codes in upper case, '${code}'`, key)
  if (code === null) {
    fail("policies: keys are ISO 3166-1 alpha-2 codes ('FR'), ISO 3166-2 codes ('US-CA') or 'default'", key)
  }
}

/**
 * Checks the `region` option: `'auto'` (also for `undefined`), `null` or `''` when the server could
 * not tell (→ opt-in), or a region code, returned canonical. Anything else throws a TypeError.
 *
 * @example
 * validateRegion('us-ca') // 'US-CA'
 * validateRegion(regionFromHeaders(request.headers)) // 'FR', or null without a usable header
 * validateRegion('California') // TypeError: consentry: region: pass 'auto' or an ISO 3166 code such as 'FR' or 'US-CA' (got "California")
 */
export function validateRegion(region: unknown): string | null {
  if (region === undefined || region === 'auto') return 'auto'
  if (region === null || region === '') return null
  let code = normalizeRegion(region)
  if (code === null) fail("region: pass 'auto' or an ISO 3166 code such as 'FR' or 'US-CA'", region)
  return code
}
