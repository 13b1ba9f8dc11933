import { presetFromJson } from './catalogue.js'
import type { Service } from './types.js'
import { validateService } from './validate.js'

// The script tag's `"services"` JSON list, built and checked inside the dist/services.iife.js
// add-on (so none of this weighs on the drop-in's critical path). Nothing here throws: each
// service that cannot be built or is wrong is left out — it stays off — and its TypeError's
// message goes to `problems`, for the drop-in's one console.error.

/**
 * The services of the JSON list: presets built by the catalogue, custom ones (no functions in
 * JSON) as they are.
 *
 * @example
 * buildServices([{ preset: 'google-analytics', id: 'G-XXXX' }, { name: 'chat', category: 'functional' }], problems)
 */
export function buildServices(list: unknown, problems: string[]): Service[] {
  if (!Array.isArray(list)) {
    problems.push('consentry: services: pass a JSON array like [{ "preset": "google-analytics", "id": "G-XXXX" }]')
    return []
  }
  let built: Service[] = []
  for (let entry of list) {
    try {
      let isPreset = entry !== null && typeof entry === 'object' && 'preset' in entry
      built.push(isPreset ? presetFromJson(entry) : entry)
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  return built
}

/**
 * The services that pass validateService against `categories`, each name once and never a
 * category's or a reserved one.
 *
 * @example
 * keepValid(services, ['analytics'], problems)
 */
export function keepValid(services: Service[], categories: string[], problems: string[]): Service[] {
  let kept: Service[] = []
  for (let service of services) {
    try {
      validateService(service, categories)
      let { name } = service
      if (categories.includes(name) || kept.some(other => other.name === name) || name === 'necessary' || name in {}) {
        throw new TypeError(`consentry: services: pass each service name once, never a category's (got "${name}")`)
      }
      kept.push(service)
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  return kept
}
