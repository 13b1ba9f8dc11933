import { cacheModule } from './cache.js'
import type { PreferencesModule } from './types.js'

// The npm build's way to the second layer: a dynamic import, so every bundler splits it into a
// chunk of its own. (The script-tag build swaps this module for load-script-tag.ts.)
const preferences = cacheModule<PreferencesModule>(() => import('./dialog.js'))

/**
 * Loads the preferences dialog's module once; later calls share the same promise.
 *
 * @example
 * loadPreferences().then(module => module.openPreferences(context))
 */
export const loadPreferences = preferences.load

/** The module when it has arrived, so opening it then is synchronous. */
export const loadedPreferences = preferences.loaded

/**
 * Hands over the module from a static import (consentry/testing does, so its helpers stay
 * synchronous).
 *
 * @example
 * providePreferences(dialogModule)
 */
export const providePreferences = preferences.provide
