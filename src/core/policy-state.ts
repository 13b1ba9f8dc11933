import { gpcSignal, grantedByDefault, policyOf } from '../jurisdictions/policy.js'
import type { Policy } from '../jurisdictions/table.js'
import type { Normalized } from './config.js'

/** What the composing entry (not the site) tells the engine about the policy in force. */
export interface EnginePolicy {
  /** The config as `normalize` returned it, when the entry validated it already (no second pass). */
  normalized?: Normalized
  /**
   * Categories a browser signal (Global Privacy Control) refuses: for a visitor without a stored
   * decision, acceptAll grants only the others (and their services), with method 'gpc'.
   */
  refusedBySignal?: string[]
  /**
   * The policy in force, when the entry resolved it; by default the engine resolves it from the
   * config's `region` and `policies`. A promise: opt-in until it settles.
   */
  policy?: Policy | Promise<Policy>
  /** false: Global Privacy Control does not refuse the `sale` categories under opt-out. Default true. */
  respectGpc?: boolean
}

/** The policy in force for one engine, and what it grants before any decision. */
export interface PolicyState {
  readonly policy: Policy
  /** Categories the browser's signal refuses (acceptAll grants the others). */
  readonly refusedBySignal: string[]
  /** Whether a category is granted while there is no decision. */
  grantedByDefault(category: string): boolean
  /** Applies a policy that settled later (region: 'auto' with a time-zone table). */
  settle(next: Policy): void
  /** The policy as given: settled now, or a promise. */
  readonly given: Policy | Promise<Policy>
}

/**
 * The engine's policy state: opt-in until the policy is known; under opt-out everything but the
 * `sale` categories refused by Global Privacy Control runs without a decision; under none,
 * everything. A stored decision (`undecided` false) keeps GPC from changing anything.
 *
 * @example
 * let state = createPolicyState(normalized, hooks, decision === null)
 * state.grantedByDefault('analytics') // false under opt-in
 */
export function createPolicyState(normalized: Normalized, hooks: EnginePolicy, undecided: boolean): PolicyState {
  let policy: Policy = 'opt-in'
  // The signal limits "accept all" for a visitor who has not decided yet; a stored decision stands.
  let refusedBySignal = undecided ? (hooks.refusedBySignal ?? []) : []
  // What runs without a decision: nothing under opt-in (until a promised policy settles).
  let byDefault = grantedByDefault(policy, [])
  let settle = (next: Policy): void => {
    policy = next
    // Under opt-out GPC is the visitor's opt-out of sale/sharing, kept in memory (no cookie: the
    // browser sends it on every visit).
    if (next === 'opt-out' && undecided && hooks.respectGpc !== false && gpcSignal()) {
      refusedBySignal = [...new Set([...refusedBySignal, ...normalized.sale])]
    }
    byDefault = grantedByDefault(next, refusedBySignal)
  }
  let given = hooks.policy ?? policyOf(normalized)
  if (typeof given === 'string') settle(given)
  return {
    get policy() {
      return policy
    },
    get refusedBySignal() {
      return refusedBySignal
    },
    grantedByDefault: category => byDefault(category),
    settle,
    given
  }
}
