import { createNanoEvents } from 'nanoevents'

import { watchBlocked } from './blocked.js'
import { normalize } from './config.js'
import type { Normalized } from './config.js'
import { parseDecision, randomId, serializeDecision } from './decision.js'
import { createLoaders } from './loaders.js'
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
      try {
        ;(listener as (...a: unknown[]) => void)(...args)
      } catch (e) {
        if (event !== 'error') report(e as Error)
      }
    }
  }
  let report = (error: Error): void => {
    console.error('[consentry]', error)
    emit('error', error)
  }
  let storage = createCookieStorage({ ...config.cookie, maxAgeDays }, report)
  let read = (): Decision | null => parseDecision(storage.get(), { revision, categories: names, maxAgeDays })
  let decision = read()
  let state = (d: Decision | null): Record<string, boolean> => {
    let result: Record<string, boolean> = { necessary: true }
    for (let name of names) result[name] = !!d?.categories[name]
    return result
  }
  let granted = state(decision)
  let isGranted = (name: string): boolean => granted[name] === true
  let loaders = createLoaders(isGranted, report)
  let blocked = typeof document === 'undefined' ? null : watchBlocked(isGranted, report)
  blocked?.sync()

  let known = (list: string[]): string[] => {
    for (let name of list) {
      if (name !== 'necessary' && !names.includes(name)) {
        throw new TypeError(`consentry: unknown category "${name}"; configured: ${names.join(', ')}`)
      }
    }
    return list
  }

  let apply = (next: Decision | null, announce: boolean): void => {
    let previous = granted
    decision = next
    granted = state(next)
    let revoked = names.filter(n => previous[n] && !granted[n])
    try {
      deleteCookies(revoked.flatMap(n => options[n].cookies || []))
    } catch (e) {
      report(e as Error)
    }
    loaders.sync()
    blocked?.sync()
    if (names.some(n => previous[n] !== granted[n])) emit('change', { ...granted }, previous)
    if (next && announce) emit('decision', next)
  }

  let decide = (method: DecisionMethod, choose: (name: string) => boolean): Decision => {
    let categories: Record<string, boolean> = { necessary: true }
    for (let name of names) categories[name] = choose(name)
    let next: Decision = { id: randomId(), timestamp: new Date().toISOString(), revision, method, categories }
    storage.set(serializeDecision(next))
    apply(next, true)
    return next
  }

  let consent: Consent = {
    config: { ...config, ...norm },
    emit,
    whenGranted(category, loader, opts = {}) {
      if (typeof loader !== 'function') throw new TypeError('consentry: whenGranted needs a function to run')
      return loaders.add(known([category].flat()), loader, opts)
    },
    loadScript(category, src, opts = {}) {
      if (typeof src !== 'string' || !src) throw new TypeError('consentry: loadScript needs a script URL')
      return consent.whenGranted(category, () => {
        let s = document.createElement('script')
        s.src = src
        s.async = opts.async ?? true
        s.defer = !!opts.defer
        if (opts.nonce) s.nonce = opts.nonce
        if (opts.type) s.type = opts.type
        s.onload = () => opts.onLoad?.()
        s.onerror = () => report(new Error('Could not load ' + src))
        document.head.append(s)
      })
    },
    acceptAll: () => decide('accept-all', () => true),
    rejectAll: () => decide('reject-all', () => false),
    save(choices, method = 'custom') {
      if (!choices || typeof choices !== 'object') {
        throw new TypeError('consentry: save needs an object, e.g. save({ analytics: true })')
      }
      known(Object.keys(choices))
      return decide(method, name => choices[name] === true)
    },
    isGranted,
    getDecision: () => decision,
    on: (event, listener) => emitter.on(event, listener),
    reset() {
      storage.remove()
      apply(null, false)
    },
    refresh() {
      let next = read()
      if (next?.id !== decision?.id) apply(next, !!next)
    },
    destroy() {
      loaders.clear()
      blocked?.stop()
      emitter.events = {}
    }
  }
  return consent
}
