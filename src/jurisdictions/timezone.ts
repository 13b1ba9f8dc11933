import { ZONES } from './zones.js'

// Zone → country, built from ZONES at the first lookup.
let countries: Map<string, string> | undefined

function countryOfZone(): Map<string, string> {
  if (countries === undefined) {
    countries = new Map()
    for (let country of Object.keys(ZONES)) {
      for (let zone of ZONES[country]) countries.set(zone, country)
    }
  }
  return countries
}

/**
 * The country (ISO 3166-1 alpha-2) of an IANA time zone, or `null` when the zone is not in the
 * table (or is no string). A US zone gives 'US', never a state: a zone does not follow state lines.
 *
 * @example
 * regionFromTimeZone('Europe/Paris') // 'FR'
 * regionFromTimeZone('America/Los_Angeles') // 'US'
 * regionFromTimeZone('Etc/UTC') // null
 */
export function regionFromTimeZone(timeZone: unknown): string | null {
  if (typeof timeZone !== 'string') return null
  return countryOfZone().get(timeZone) ?? null
}

/**
 * The visitor's country from the browser's time zone, or `null` when it is unknown or `Intl` is
 * missing or broken. Never throws. A hint only: travellers, VPNs and shared zones mislead it.
 *
 * @example
 * const region = options.region === 'auto' ? detectRegion() : options.region
 */
export function detectRegion(): string | null {
  try {
    return regionFromTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone)
  } catch {
    return null
  }
}
