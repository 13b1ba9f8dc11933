// Not alphabetical on purpose: import order is bundle order, and this one puts alike code side
// by side, which gzip rewards (16 B less for consentry/headless than alphabetical order). The
// declarations in createConsent are ordered the same way (measured, a few bytes).
import { guard } from './loaders.js'
import { parseDecision, randomId, serializeDecision } from './decision.js'
import { createCookieStorage } from './storage.js'
import { fail, normalize } from './config.js'
import { watchBlocked } from './blocked.js'
import { isSafeUrl } from './url.js'
import { createNanoEvents } from 'nanoevents'

import type { Consent, ConsentConfig, ConsentEvents, Decision } from './types.js'

// The instance's types live with the others in types.ts; modules import them from here too.
export type { Consent, ScriptOptions } from './types.js'

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
export function createConsent(config: ConsentConfig): Consent {
  let norm = normalize(config)
  let names = norm.names
  // `emitter` is declared below (the order gzip likes), before anything here can emit.
  let emit: Consent['emit'] = (event, ...args) => {
    for (let listener of emitter.events[event] || []) {
      // A site's listener that throws must stop neither ours nor the page.
      guard(event == 'error' ? () => {} : report, () => (listener as Function)(...args))
    }
  }
  let report = (error: Error): void => {
    console.error('[consentry]', error)
    emit('error', error)
  }
  // Loaders and the blocked-element scan: each re-checks its categories after every decision.
  let updates = new Set<() => void>()
  let storage = createCookieStorage(norm, report)
  // The parse options are the config's own revision and maxAgeDays, with the category names
  // (ConsentConfig has no `now`, the parser's test clock).
  // With several stored copies the newest valid one stands, so a stale accept can never outrank
  // a later refusal; the next write removes the others.
  let read = (): Decision | null => {
    let newest: Decision | null = null
    for (let value of storage.get()) {
      let candidate = parseDecision(value, { ...norm, categories: names })
      if (candidate && (!newest || Date.parse(candidate.timestamp) > Date.parse(newest.timestamp))) newest = candidate
    }
    return newest
  }
  let decision = read()
  // An inherited name ("constructor") reads as a function, which is not == true.
  let isGranted = (name: string): boolean => name == 'necessary' || decision?.categories[name] == true
  let emitter = createNanoEvents<ConsentEvents>()
  let stop = typeof document == 'object' && watchBlocked(updates, isGranted, report, norm)
  let known = (list: string[]): string[] =>
    list.filter(name => name == 'necessary' || names.includes(name) || fail('category: pass one of ' + names, name))

  // Every decision is a save: acceptAll saves every category as true, rejectAll none.
  let save: Consent['save'] = (choices, method = 'custom') => {
    known(Object.keys(choices))
    return apply({
      id: randomId(),
      timestamp: new Date().toISOString(),
      revision: norm.revision,
      method,
      categories: map(name => choices[name] == true)
    })
  }

  // Stores a decision made here (null: a reset) and applies it; a remote one is stored already.
  // Every decision is announced; only a reset is not.
  let apply = <D extends Decision | null>(next: D, remote = false): D => {
    if (!remote) storage.set(next && serializeDecision(next))
    let before = map(isGranted)
    decision = next
    let after = map(isGranted)
    let changed: unknown
    for (let name of names) {
      if (before[name] != after[name]) {
        changed = 1
        // Withdrawn: delete the cookies the category lists.
        if (before[name]) storage.clean([norm.options[name].cookies || []].flat())
      }
    }
    // A Set's walk skips what a loader unbinds and visits what it registers (a no-op: each
    // update already ran once at registration).
    // Each update is isolated: one that throws must not stop the others or the decision's events.
    for (let update of updates) guard(report, update)
    // A loader or listener that decided or reset meanwhile announced its own decision: these
    // events are stale, and would come after it.
    if (changed && decision == next) emit('change', after, before)
    if (next && decision == next) emit('decision', next, remote)
    return next
  }

  // Every category, necessary included → f(category): a state, or a decision's categories.
  let map = (f: (name: string) => boolean): Record<string, boolean> => {
    let state: Record<string, boolean> = { necessary: true }
    for (let name of names) state[name] = f(name)
    return state
  }

  // Each loader is an update: `loader` runs exactly once per page, the first time every category
  // it needs is granted; `onRevoke` each time that stops holding after that. Errors of both are
  // reported, never thrown.
  let whenGranted: Consent['whenGranted'] = (category, loader, { onRevoke } = {}) => {
    let needs = known([category].flat())
    // [].every() is true: an empty requirement would run at once, with no decision.
    if (!needs.length) fail('whenGranted/loadScript: pass a category name or a non-empty list of them', category)
    // Unset until the loader first runs (read as not live), then whether it is live. State
    // first: a loader that decides again (re-entering here) must not run twice.
    let live: boolean | undefined
    let update = (): void => {
      if (needs.every(isGranted) == !live) {
        if (live == null) {
          live = true
          guard(report, loader)
        } else if (!(live = !live)) guard(report, onRevoke)
      }
    }
    updates.add(update)
    update()
    return () => updates.delete(update)
  }

  return {
    config: norm,
    emit,
    whenGranted,
    loadScript: (category, src, opts = {}) => {
      if (!isSafeUrl(src)) fail('loadScript: pass an http(s) or relative URL', src)
      return whenGranted(category, () =>
        document.head.append(
          Object.assign(
            document.createElement('script'),
            {
              src,
              async: opts.async ?? true,
              defer: opts.defer,
              nonce: opts.nonce || '',
              onload: opts.onLoad,
              onerror: () => report(Error('Could not load ' + src))
            },
            // No type at all rather than an empty one, which some engines (happy-dom) would not run.
            opts.type && { type: opts.type }
          )
        )
      )
    },
    acceptAll: () => save(map(() => true), 'accept-all'),
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
      if (next?.id != decision?.id) apply(next, true)
    },
    destroy() {
      updates.clear()
      if (stop) stop()
      emitter.events = {}
    }
  }
}
