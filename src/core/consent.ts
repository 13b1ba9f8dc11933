import { createNanoEvents } from 'nanoevents'

import { watchBlocked } from './blocked.js'
import { fail, normalize } from './config.js'
import { parseDecision, randomId, serializeDecision } from './cookie-format.js'
import { guard } from './guard.js'
import { createPolicyState } from './policy-state.js'
import type { EnginePolicy } from './policy-state.js'
import { createLoaders, injectScript } from './loaders.js'
import { serviceCookies, serviceFlags, startServices } from './services.js'
import { createCookieStorage } from './storage.js'
import type { Consent, ConsentConfig, ConsentEvents, Decision, DecisionMethod } from './types.js'

// The instance's types live with the others in types.ts; modules import them from here too.
export type { Consent, ScriptOptions } from './types.js'

export type { EnginePolicy } from './policy-state.js'

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
export function createConsent(config: ConsentConfig, hooks: EnginePolicy = {}): Consent {
  let normalized = hooks.normalized ?? normalize(config)
  let { names, options, services, serviceNames } = normalized
  // Service name → service; no prototype, so "constructor" is never a service.
  let serviceByName: Record<string, (typeof services)[number]> = Object.create(null)
  for (let service of services) serviceByName[service.name] = service
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
      // The stored services must be exactly the configured ones: an unknown one grants nothing.
      let candidate = parseDecision(value, { ...normalized, categories: names, services: serviceNames })
      if (candidate && (!newest || Date.parse(candidate.timestamp) > Date.parse(newest.timestamp))) newest = candidate
    }
    return newest
  }
  let decision = read()
  let policyState = createPolicyState(normalized, hooks, decision === null)

  // One namespace: a service is granted only by its own flag, a category by its own; without a
  // decision, as the policy in force grants its category.
  let isGranted = (name: string): boolean => {
    if (name === 'necessary') return true
    let service = serviceByName[name]
    if (!decision) return policyState.grantedByDefault(service ? service.category : name)
    let flags = service ? decision.services : decision.categories
    return flags?.[name] === true
  }
  let stateOf = (granted: (name: string) => boolean): Record<string, boolean> => {
    let state: Record<string, boolean> = { necessary: true }
    for (let name of names) state[name] = granted(name)
    return state
  }
  let known = [...names, ...serviceNames]
  let checkKnown = (list: string[]): void => {
    for (let name of list) {
      if (name !== 'necessary' && !known.includes(name)) fail(`category: pass one of ${known.join(', ')}`, name)
    }
  }
  // Categories and services, for 'change' events.
  let grantedNow = (): Record<string, boolean> => {
    let state = stateOf(isGranted)
    for (let name of serviceNames) state[name] = isGranted(name)
    return state
  }
  // What to delete when a category or a service is withdrawn.
  let cookiesOf = (name: string): Array<string | RegExp> =>
    serviceByName[name] ? serviceCookies(serviceByName[name]) : [options[name].cookies ?? []].flat()

  // Loaders and the blocked-element scan: each re-checks its categories after every decision.
  let updates = new Set<() => void>()
  // Blocked elements may name a category or a service.
  let blocked = { ...normalized, names: known }
  let stopBlocked = typeof document === 'object' ? watchBlocked(updates, isGranted, report, blocked) : undefined

  // Runs a change of state (a decision, a reset, the policy settling): withdrawn categories and
  // services lose their cookies, loaders re-check, and 'change' is announced.
  let transition = (change: () => void): void => {
    let before = grantedNow()
    change()
    let settled = decision
    let after = grantedNow()
    let changed = false
    for (let name of known) {
      if (before[name] !== after[name]) {
        changed = true
        // Withdrawn: delete the cookies the category or service lists.
        if (before[name]) storage.clean(cookiesOf(name))
      }
    }
    // Each update is isolated: one that throws must not stop the others or the decision's events.
    // A Set's walk skips what a loader unbinds and visits what it registers.
    for (let update of updates) guard(report, update)
    // A loader or listener that decided or reset meanwhile announced its own decision: these
    // events are stale, and would come after it.
    if (changed && decision === settled) emit('change', after, before)
  }

  // Stores a decision made here (null: a reset) and applies it; a remote one is stored already.
  // Every decision is announced; a reset is not.
  let apply = <D extends Decision | null>(next: D, remote = false): D => {
    if (!remote) storage.set(next ? serializeDecision(next) : null)
    transition(() => {
      decision = next
    })
    if (next && decision === next) emit('decision', next, remote)
    return next
  }

  let destroyed = false
  if (typeof policyState.given !== 'string') {
    policyState.given.then(settled => {
      if (!destroyed) transition(() => policyState.settle(settled))
    }, report)
  }

  // Every decision is a save: acceptAll saves every category as true, rejectAll none. A service
  // not named follows its category.
  let save = (choices: Record<string, boolean>, method: DecisionMethod = 'custom'): Decision => {
    if (!choices || typeof choices !== 'object') fail('save: pass { category: true | false }', choices)
    checkKnown(Object.keys(choices))
    let next: Decision = {
      id: randomId(),
      timestamp: new Date().toISOString(),
      revision: normalized.revision,
      method,
      categories: stateOf(name => choices[name] === true)
    }
    // Only with services configured: a site without them keeps the version 1 cookie.
    if (services.length > 0) next.services = serviceFlags(services, choices)
    return apply(next)
  }

  let acceptAll = (): Decision => {
    let refused = policyState.refusedBySignal
    if (refused.length === 0) return save(stateOf(() => true), 'accept-all')
    // Under Global Privacy Control "accept all" grants what the signal does not cover.
    return save(stateOf(name => !refused.includes(name)), 'gpc')
  }

  let loaders = createLoaders({ updates, isGranted, report, checkKnown })
  startServices(services, loaders.whenGranted, {
    loadScript: (src, scriptOptions = {}) => injectScript(src, { nonce: config.nonce, ...scriptOptions }, report),
    // The banner's `googleConsentMode` option (its integration checks it): services then send its signals.
    consentMode: Boolean((config as { googleConsentMode?: unknown }).googleConsentMode)
  })

  return {
    get policy() {
      return policyState.policy
    },
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
      destroyed = true
      updates.clear()
      stopBlocked?.()
      emitter.events = {}
    }
  }
}
