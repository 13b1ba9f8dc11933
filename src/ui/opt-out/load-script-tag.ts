import { loadSibling } from '../../script-tag/sibling.js'
import type { OptOutModule } from './types.js'

// The script tag's way to the opt-out control (the build swaps load.ts for this module): the
// sibling file dist/consentry.opt-out.iife.js, which announces its module with an event.

/**
 * Loads the opt-out control's module from the drop-in's folder, once.
 *
 * @example
 * loadOptOut().then(module => module.mountOptOut(context))
 */
export function loadOptOut(): Promise<OptOutModule> {
  return loadSibling<OptOutModule>('consentry.opt-out.iife.js', 'consentry:opt-out')
}
