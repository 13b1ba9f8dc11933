import type { OptOutModule } from './types.js'

// The npm build's way to the opt-out control: a dynamic import, so bundlers split it into a chunk
// of its own and opt-in pages never load it. (The script-tag build swaps this module for
// load-script-tag.ts.)

/**
 * Loads the opt-out control's module (once: bundlers cache the import).
 *
 * @example
 * loadOptOut().then(module => module.mountOptOut(context))
 */
export function loadOptOut(): Promise<OptOutModule> {
  return import('./control.js')
}
