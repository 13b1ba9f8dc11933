import { createContext, createElement, Fragment, useCallback, useContext, useMemo, useSyncExternalStore } from 'react'
import type { ReactElement, ReactNode } from 'react'

import type { ConsentUI, ConsentUIConfig } from './engine.js'
import { adopt, checkCategory, consentFor } from './registry.js'
import type { Setup } from './registry.js'

const ConsentContext = createContext<ConsentUI | null>(null)

export interface ConsentProviderProps {
  /** The config of `createConsent`; the page's instance for its cookie is created once. */
  config?: ConsentUIConfig
  /** Or an instance the app created itself. */
  consent?: ConsentUI
  /** Runs once, when the instance is created from `config`: register loaders here. */
  setup?: Setup
  children?: ReactNode
}

/**
 * Gives its children the page's consent instance. Mounting it twice (StrictMode, Fast Refresh,
 * a remount, a second provider) reuses the instance of the same cookie name: one banner, each
 * loader once. Throws a TypeError when that cookie's instance came from another config.
 *
 * @example
 * <ConsentProvider config={{ categories: ['analytics'] }} setup={c => c.loadScript('analytics', '/a.js')}>
 *   <App />
 * </ConsentProvider>
 */
export function ConsentProvider({ config, consent, setup, children }: ConsentProviderProps): ReactElement {
  if (!config === !consent) {
    throw new TypeError(`consentry: ConsentProvider: pass config or consent (got ${config ? 'both' : 'neither'})`)
  }
  // `setup` only matters when the instance is created: an inline function must not re-run this.
  let instance = useMemo(() => (consent ? adopt(consent) : consentFor(config!, setup)), [consent, config])
  return createElement(ConsentContext.Provider, { value: instance }, children)
}

/**
 * The instance of the nearest `ConsentProvider` (acceptAll, showPreferences, whenGranted…).
 *
 * @example
 * let consent = useConsent()
 * return <button onClick={() => consent.showPreferences()}>Cookie settings</button>
 */
export function useConsent(): ConsentUI {
  let consent = useContext(ConsentContext)
  if (!consent) throw new TypeError('consentry: useConsent: render inside <ConsentProvider config={…}> (got no provider)')
  return consent
}

/**
 * Whether `category` is granted; re-renders when it changes. False on the server and while
 * hydrating, so the server's HTML and the first client render match.
 *
 * @example
 * let analytics = useGranted('analytics')
 */
export function useGranted(category: string): boolean {
  let consent = useConsent()
  checkCategory(consent, category)
  let subscribe = useCallback((listener: () => void) => consent.on('change', listener), [consent])
  return useSyncExternalStore(subscribe, () => consent.isGranted(category), () => false)
}

/**
 * The visitor's decision, or null before one (and on the server); re-renders on each decision
 * and on reset.
 *
 * @example
 * let decision = useDecision()
 * return decision ? <small>Decided on {decision.timestamp}</small> : null
 */
export function useDecision(): ReturnType<ConsentUI['getDecision']> {
  let consent = useConsent()
  // A reset announces itself by showing the banner again (and with 'change' when a category was granted).
  let subscribe = useCallback(
    (listener: () => void) => {
      let offs = [consent.on('decision', listener), consent.on('change', listener), consent.on('show', listener)]
      return () => offs.forEach(off => off())
    },
    [consent]
  )
  return useSyncExternalStore(subscribe, () => consent.getDecision(), () => null)
}

export interface ConsentGateProps {
  /** The category the children need. */
  category: string
  /** Shown while it is not granted, and on the server. */
  fallback?: ReactNode
  children?: ReactNode
}

/**
 * Renders `children` only while `category` is granted, else `fallback`.
 *
 * @example
 * <ConsentGate category="marketing" fallback={<p>Allow marketing cookies to see this video.</p>}>
 *   <Video />
 * </ConsentGate>
 */
export function ConsentGate({ category, fallback = null, children }: ConsentGateProps): ReactElement {
  return createElement(Fragment, null, useGranted(category) ? children : fallback)
}
