import { createNanoEvents } from 'nanoevents'

import { watchBlocked } from './blocked.js'
import { fail, normalize } from './config.js'
import { parseDecision, randomId, serializeDecision } from './cookie-format.js'
import { guard } from './guard.js'
import { createLoaders } from './loaders.js'
import { createCookieStorage } from './storage.js'
import type { Consent, ConsentConfig, ConsentEvents, Decision, DecisionMethod } from './types.js'

// The instance's types live with the others in types.ts; modules import them from here too.
export type { Consent, ScriptOptions } from './types.js'

/** What the composing entry (not the site) tells the engine about the policy in force. */
export interface EnginePolicy {
  /**
   * Categories a browser signal (Global Privacy Control) refuses: for a visitor without a stored
   * decision, acceptAll grants only the others, with method 'gpc'.
   */
  refusedBySignal?: string[]
}

/**
 * Creates the consent engine. Nothing non-essential runs, and no cookie is written, until a
 * decision exists; a stored decision applies synchronously, here.
 *
 * @example
 * import { createConsent } from 'consentry/headless'
 * let consent = createConsent({ categories: ['analytics'], privacyPolicyUrl: '/privacy' })
 * consent.whenGranted('analytics', () => loadAnalytics())
 * if (!consent.getDecision()) showMyOwnBanner()
 */
/* @__NO_SIDE_EFFECTS__ */
export function createConsent(config: ConsentConfig, policy: EnginePolicy = {}): Consent {
  let normalized = normalize(config)
  let { names, options } = normalized
  let emitter = createNanoEvents<ConsentEvents>()

  let emit: Consent['emit'] = (event, ...args) => {
    for (let listener of emitter.events[event] ?? []) {
      // A listener that throws stops neither the others nor the page; an 'error' listener that
      // throws is not reported again (that could loop).
      let onError = event === 'error' ? () => {} : report
      guard(onError, () => (listener as (...values: unknown[]) => void)(...args))
    }
  }
  let report = (error: Error): void => {
    console.error('[consentry]', error)
    emit('error', error)
  }

  let storage = createCookieStorage(normalized, report)
  // With several stored copies the newest valid one stands, so a stale accept can never outrank
  // a later refusal; the next write removes the others.
  let read = (): Decision | null => {
    let newest: Decision | null = null
    for (let value of storage.get()) {
      let candidate = parseDecision(value, { ...normalized, categories: names })
      if (candidate && (!newest || Date.parse(candidate.timestamp) > Date.parse(newest.timestamp))) newest = candidate
    }
    return newest
  }
  let decision = read()
  // The signal limits "accept all" for a visitor who has not decided yet; a stored decision stands.
  let refusedBySignal = decision ? [] : (policy.refusedBySignal ?? [])

  let isGranted = (name: string): boolean => name === 'necessary' || decision?.categories[name] === true
  let stateOf = (granted: (name: string) => boolean): Record<string, boolean> => {
    let state: Record<string, boolean> = { necessary: true }
    for (let name of names) state[name] = granted(name)
    return state
  }
  let checkKnown = (list: string[]): void => {
    for (let name of list) {
      if (name !== 'necessary' && !names.includes(name)) fail(`category: pass one of ${names.join(', ')}`, name)
    }
  }

  // Loaders and the blocked-element scan: each re-checks its categories after every decision.
  let updates = new Set<() => void>()
  let stopBlocked = typeof document === 'object' ? watchBlocked(updates, isGranted, report, normalized) : undefined

  // Stores a decision made here (null: a reset) and applies it; a remote one is stored already.
  // Every decision is announced; a reset is not.
  let apply = <D extends Decision | null>(next: D, remote = false): D => {
    if (!remote) storage.set(next ? serializeDecision(next) : null)
    let before = stateOf(isGranted)
    decision = next
    let after = stateOf(isGranted)
    let changed = false
    for (let name of names) {
      if (before[name] !== after[name]) {
        changed = true
        // Withdrawn: delete the cookies the category lists.
        if (before[name]) storage.clean([options[name].cookies ?? []].flat())
      }
    }
    // Each update is isolated: one that throws must not stop the others or the decision's events.
    // A Set's walk skips what a loader unbinds and visits what it registers.
    for (let update of updates) guard(report, update)
    // A loader or listener that decided or reset meanwhile announced its own decision: these
    // events are stale, and would come after it.
    if (changed && decision === next) emit('change', after, before)
    if (next && decision === next) emit('decision', next, remote)
    return next
  }

  // Every decision is a save: acceptAll saves every category as true, rejectAll none.
  let save = (choices: Record<string, boolean>, method: DecisionMethod = 'custom'): Decision => {
    if (!choices || typeof choices !== 'object') fail('save: pass { category: true | false }', choices)
    checkKnown(Object.keys(choices))
    return apply({
      id: randomId(),
      timestamp: new Date().toISOString(),
      revision: normalized.revision,
      method,
      categories: stateOf(name => choices[name] === true)
    })
  }

  let acceptAll = (): Decision => {
    if (refusedBySignal.length === 0) return save(stateOf(() => true), 'accept-all')
    // Under Global Privacy Control "accept all" grants what the signal does not cover.
    return save(stateOf(name => !refusedBySignal.includes(name)), 'gpc')
  }

  let loaders = createLoaders({ updates, isGranted, report, checkKnown })

  return {
    config: normalized,
    emit,
    whenGranted: loaders.whenGranted,
    loadScript: loaders.loadScript,
    acceptAll,
    rejectAll: () => save({}, 'reject-all'),
    save,
    isGranted,
    getDecision: () => decision,
    on: (event, listener) => emitter.on(event, listener),
    reset() {
      apply(null)
    },
    refresh() {
      let next = read()
      if (next?.id !== decision?.id) apply(next, true)
    },
    destroy() {
      updates.clear()
      stopBlocked?.()
      emitter.events = {}
    }
  }
}
