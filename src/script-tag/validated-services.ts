import type { Service } from '../services/types.js'

// The drop-in's stand-in for services/validate.ts (the tsup build swaps it in): the script tag
// checks each JSON service with the add-on's validateService before the engine sees it
// (script-tag/services.ts), so the full checks stay out of the critical path.

/**
 * The list as it is: already checked by the script tag.
 *
 * @example
 * validateServices(kept, ['analytics']) // kept
 */
export function validateServices(list: Service[], _categories: string[]): Service[] {
  return list
}
