import { createConsent } from '../create-consent.js'
import * as preferences from '../ui/preferences/dialog.js'
import { providePreferences } from '../ui/preferences/load.js'
import type { CategoryOptions } from '../core/types.js'
import { queryBanner } from './find.js'

/** A plain recording function: no vitest or jest needed. */
export interface Spy {
  (...args: unknown[]): void
  /** The arguments of each call, in order. */
  readonly calls: unknown[][]
  /** How many times it ran. */
  readonly count: number
}

/**
 * Makes a function that records its calls.
 *
 * @example
 * let load = createSpy()
 * consent.whenGranted('analytics', load)
 * load.count // 0
 */
export function createSpy(): Spy {
  let calls: unknown[][] = []
  let spy = ((...args: unknown[]) => {
    calls.push(args)
  }) as Spy
  Object.defineProperties(spy, {
    calls: { value: calls },
    count: { get: () => calls.length }
  })
  return spy
}

type Config = Parameters<typeof createConsent>[0]
type Instance = ReturnType<typeof createConsent>

export interface TestConsent<C extends string = string> {
  consent: Instance
  /** One spy per configured category, registered with `consent.whenGranted(category, spy)`. */
  loaders: Record<C, Spy>
}

/**
 * Creates a consent instance (with the banner, like `createConsent` from `consentry`) and a loader
 * spy for each category, so a test checks what runs when. Call `consent.destroy()` after the test.
 * Throws when there is no decision and the banner did not render (unless `ui: false`).
 *
 * @example
 * let { consent, loaders } = createTestConsent({ categories: ['analytics'] })
 * loaders.analytics.count // 0: nothing before consent
 * clickAccept()
 * loaders.analytics.count // 1
 */
export function createTestConsent<N extends string>(
  config: Config & { categories: N[] | Record<N, CategoryOptions> }
): TestConsent<N> {
  // The preferences dialog opens synchronously in tests (a site loads it on demand).
  providePreferences(preferences)
  let consent = createConsent(config)
  // The banner reports its own failures only on 'error', before a test could listen: say it here,
  // or every later click helper fails with a vaguer message.
  if (config.ui !== false && typeof document == 'object' && !consent.getDecision() && !queryBanner(config.root || document)) {
    consent.destroy()
    throw new Error(
      'consentry/testing: createConsent() did not render the banner in this DOM environment (no decision is stored, ' +
        'yet no [data-consentry="banner"] appeared). The environment may lack an API the banner uses.'
    )
  }
  let loaders = {} as Record<string, Spy>
  for (let name of consent.config.names) {
    loaders[name] = createSpy()
    consent.whenGranted(name, loaders[name])
  }
  return { consent, loaders }
}
