import type { Service, ServiceContext } from '../services/types.js'
import { validateServices } from '../services/validate.js'
import { fail } from './config.js'
import type { Consent, Unbind } from './types.js'

// Services in the engine: one namespace with the categories (isGranted('ga4'), isGranted('analytics')),
// one flag each in the decision, a loader each.

/**
 * The validated `services` option (none: an empty list). Names must also be usable as cookie
 * flags: never `necessary`, nor a name every object inherits ("constructor").
 *
 * @example
 * readServices([googleAnalytics({ id: 'G-XXXX' })], ['analytics']) // [{ name: 'ga4', … }]
 */
export function readServices(list: unknown, categories: string[]): Service[] {
  if (list == null) return []
  let services = validateServices(list as Service[], categories)
  for (let { name } of services) {
    if (name === 'necessary' || name in {}) fail('services: pass a name that is not reserved', name)
  }
  return services
}

/**
 * Each service's flag for a save: its own choice when the choices name it, else its category's.
 *
 * @example
 * serviceFlags(services, { analytics: true, ga4: false }) // { ga4: false, hotjar: true }
 */
export function serviceFlags(services: Service[], choices: Record<string, boolean>): Record<string, boolean> {
  let flags: Record<string, boolean> = {}
  for (let { name, category } of services) {
    let named = Object.prototype.hasOwnProperty.call(choices, name)
    flags[name] = (named ? choices[name] : choices[category]) === true
  }
  return flags
}

/**
 * The cookies to delete when a service is withdrawn: its listed names and RegExps.
 *
 * @example
 * serviceCookies(googleAnalytics({ id: 'G-XXXX' })) // ['_ga', /^_ga_/]
 */
export function serviceCookies(service: Service): Array<string | RegExp> {
  return (service.cookies ?? []).map(cookie => cookie.name)
}

/**
 * Runs each service's `load` once, the first time it is granted, and its `onRevoke` on each
 * withdrawal after that, through the engine's `whenGranted`; both get `context`.
 *
 * @example
 * let stops = startServices(services, consent.whenGranted, context)
 */
export function startServices(services: Service[], whenGranted: Consent['whenGranted'], context: ServiceContext): Unbind[] {
  return services.map(service =>
    whenGranted(service.name, () => service.load?.(context), { onRevoke: () => service.onRevoke?.(context) })
  )
}
