import { loadSibling } from '../script-tag/sibling.js'
import type { detectRegion } from './timezone.js'

// The script tag's way to the time-zone table (the build swaps load-zones.ts for this module):
// the sibling file dist/consentry.zones.iife.js, which announces `detectRegion` with an event.

/**
 * The visitor's country from the time zone, with its table loaded from the sibling file.
 *
 * @example
 * loadTimeZoneRegion().then(region => resolvePolicy(region, policies))
 */
export function loadTimeZoneRegion(): Promise<string | null> {
  return loadSibling<typeof detectRegion>('consentry.zones.iife.js', 'consentry:zones').then(detect => detect())
}
