import type { PreferencesModule } from './types.js'

// The npm build's way to the second layer: a dynamic import, so every bundler splits it into a
// chunk of its own. (The script-tag build swaps this module for load-script-tag.ts.)

let loaded: PreferencesModule | undefined
let pending: Promise<PreferencesModule> | undefined

/**
 * Loads the preferences dialog's module once; later calls share the same promise.
 *
 * @example
 * loadPreferences().then(module => module.openPreferences(context))
 */
export function loadPreferences(): Promise<PreferencesModule> {
  pending ??= import('./dialog.js').then(module => {
    loaded = module
    return module
  })
  // A failed load may be retried (the network may come back).
  pending.catch(() => {
    pending = undefined
  })
  return pending
}

/** The module when it has arrived, so opening it then is synchronous. */
export function loadedPreferences(): PreferencesModule | undefined {
  return loaded
}

/**
 * Hands over the module from a static import (consentry/testing does, so its helpers stay
 * synchronous).
 *
 * @example
 * providePreferences(await import('consentry/preferences'))
 */
export function providePreferences(module: PreferencesModule): void {
  loaded = module
}
