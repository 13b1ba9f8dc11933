// The npm build's way to the time-zone table: a dynamic import, so bundlers split it into a chunk
// of its own. (The script-tag build swaps this module for load-zones-script-tag.ts.)

/**
 * The visitor's country from the time zone, with its table loaded on demand; null when unknown.
 *
 * @example
 * loadTimeZoneRegion().then(region => resolvePolicy(region, policies))
 */
export function loadTimeZoneRegion(): Promise<string | null> {
  return import('./timezone.js').then(module => module.detectRegion())
}
