import { createNanoEvents } from 'nanoevents'

import { watchBlocked } from './blocked.js'
import { normalize } from './config.js'
import type { Normalized } from './config.js'
import { parseDecision, randomId, serializeDecision } from './decision.js'
import { createLoaders, guard } from './loaders.js'
import type { LoaderOptions } from './loaders.js'
import { createCookieStorage, deleteCookies } from './storage.js'
import type {
  ConsentConfig,
  ConsentEvents,
  Decision,
  DecisionMethod,
  Unbind
} from './types.js'

export interface ScriptOptions {
  async?: boolean
  defer?: boolean
  nonce?: string
  /** e.g. 'module'. */
  type?: string
  /** Called once the script has loaded. */
  onLoad?: () => void
}

/** A consent instance: the headless engine. */
export interface Consent {
  /** Runs `loader` once, as soon as every named category is granted. Returns an unbind. */
  whenGranted(category: string | string[], loader: () => void, options?: LoaderOptions): Unbind
  /** A `whenGranted` that injects `<script src>` into `<head>`. */
  loadScript(category: string | string[], src: string, options?: ScriptOptions): Unbind
  acceptAll(): Decision
  rejectAll(): Decision
  /** Grants exactly the categories set to true; the others are refused. */
  save(choices: Record<string, boolean>, method?: DecisionMethod): Decision
  isGranted(category: string): boolean
  getDecision(): Decision | null
  on<E extends keyof ConsentEvents>(event: E, listener: ConsentEvents[E]): Unbind
  /** Forgets the decision: the visitor will be asked again. */
  reset(): void
  /** Re-reads the stored decision (another tab may have changed it) and applies it. */
  refresh(): void
  /** Removes listeners and stops watching the DOM. */
  destroy(): void
  /** The validated config: category names and options. */
  readonly config: Readonly<Normalized> & ConsentConfig
  /** @internal emits an event to every listener, isolating their errors. */
  emit<E extends keyof ConsentEvents>(event: E, ...args: Parameters<ConsentEvents[E]>): void
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
export function createConsent(config: ConsentConfig): Consent {
  let norm = normalize(config)
  let { names, options, revision, maxAgeDays } = norm
  let emitter = createNanoEvents<ConsentEvents>()
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
  let storage = createCookieStorage({ ...config.cookie, maxAgeDays }, report)
  let read = (): Decision | null => parseDecision(storage.get(), { revision, categories: names, maxAgeDays })
  let decision = read()
  // Every category → granted, for a decision or for none.
  let state = (d: Decision | null): Record<string, boolean> =>
    Object.fromEntries(['necessary', ...names].map(n => [n, !!d?.categories[n]]))
  let isGranted = (name: string): boolean => name == 'necessary' || decision?.categories[name] === true
  let loaders = createLoaders(isGranted, report)
  let blocked = typeof document == 'object' && watchBlocked(isGranted, report)
  if (blocked) blocked.sync()

  let known = (list: string[]): string[] => {
    for (let name of list) {
      if (name != 'necessary' && !names.includes(name)) {
        throw new TypeError(`consentry: unknown category "${name}"; pass one of: ${names}`)
      }
    }
    return list
  }

  let apply = (next: Decision | null, announce?: boolean, remote = false): void => {
    let before = state(decision)
    decision = next
    let after = state(next)
    before.necessary = after.necessary = true
    guard(report, () => deleteCookies(names.flatMap(n => (before[n] && !after[n] && options[n].cookies) || [])))
    loaders.sync()
    if (blocked) blocked.sync()
    if (names.some(n => before[n] != after[n])) emit('change', after, before)
    if (next && announce) emit('decision', next, remote)
  }

  let decide = (method: DecisionMethod, choose: (name: string) => boolean): Decision => {
    let next: Decision = {
      id: randomId(),
      timestamp: new Date().toISOString(),
      revision,
      method,
      categories: { necessary: true }
    }
    for (let name of names) next.categories[name] = choose(name)
    storage.set(serializeDecision(next))
    apply(next, true)
    return next
  }

  let consent: Consent = {
    config: { ...config, ...norm },
    emit,
    whenGranted: (category, loader, opts = {}) => loaders.add(known([category].flat()), loader, opts),
    loadScript: (category, src, opts = {}) =>
      consent.whenGranted(category, () => {
        let s = Object.assign(document.createElement('script'), {
          src,
          async: opts.async ?? true,
          defer: !!opts.defer,
          nonce: opts.nonce || '',
          onload: opts.onLoad,
          onerror: () => report(Error('Could not load ' + src))
        })
        if (opts.type) s.type = opts.type
        document.head.append(s)
      }),
    acceptAll: () => decide('accept-all', () => true),
    rejectAll: () => decide('reject-all', () => false),
    save: (choices, method = 'custom') => {
      known(Object.keys(choices))
      return decide(method, name => choices[name] == true)
    },
    isGranted,
    getDecision: () => decision,
    on: (event, listener) => emitter.on(event, listener),
    reset() {
      storage.remove()
      apply(null)
    },
    refresh() {
      let next = read()
      if (next?.id != decision?.id) apply(next, true, true)
    },
    destroy() {
      loaders.clear()
      if (blocked) blocked.stop()
      emitter.events = {}
    }
  }
  return consent
}
