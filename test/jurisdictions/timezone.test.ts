import { afterEach, describe, expect, it, vi } from 'vitest'

import { normalizeRegion } from '../../src/jurisdictions/region.js'
import { BUILT_IN_POLICIES } from '../../src/jurisdictions/table.js'
import { detectRegion, regionFromTimeZone } from '../../src/jurisdictions/timezone.js'
import { ZONES } from '../../src/jurisdictions/zones.js'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('regionFromTimeZone', () => {
  it.each([
    ['Europe/Paris', 'FR'],
    ['Europe/Berlin', 'DE'],
    ['Europe/Busingen', 'DE'],
    ['Europe/Vaduz', 'LI'],
    ['Europe/Zurich', 'CH'],
    ['Europe/London', 'GB'],
    ['Atlantic/Reykjavik', 'IS'],
    ['Atlantic/Canary', 'ES'],
    ['Atlantic/Azores', 'PT'],
    ['Europe/Mariehamn', 'AX'],
    ['Indian/Reunion', 'RE'],
    ['America/New_York', 'US'],
    ['America/Los_Angeles', 'US'],
    ['America/Indianapolis', 'US'],
    ['America/Indiana/Indianapolis', 'US'],
    ['US/Pacific', 'US'],
    ['Pacific/Honolulu', 'US'],
    ['America/Toronto', 'CA'],
    ['America/Sao_Paulo', 'BR'],
    ['Asia/Tokyo', 'JP'],
    ['Asia/Calcutta', 'IN'],
    ['Asia/Kolkata', 'IN']
  ])('gives %s → %s', (zone, country) => {
    expect(regionFromTimeZone(zone)).toBe(country)
  })

  it.each(['Etc/UTC', 'UTC', 'GMT', 'CET', 'Europe/Atlantis', 'europe/paris', '', 'Pacific/Pitcairn'])('gives null for %j', zone => {
    expect(regionFromTimeZone(zone)).toBeNull()
  })

  it.each([null, undefined, 1, {}, ['Europe/Paris']])('gives null for the non-string %j', zone => {
    expect(regionFromTimeZone(zone)).toBeNull()
  })
})

describe('the zone table', () => {
  const entries = Object.entries(ZONES)

  it.each(entries)('keys %s by a canonical country code', country => {
    expect(normalizeRegion(country)).toBe(country)
  })

  it.each(entries)('lists for %s only zones this runtime knows', (_country, zones) => {
    for (let zone of zones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow()
  })

  it('lists each zone under one country only', () => {
    let all = entries.flatMap(([, zones]) => zones)
    expect(all.length).toBe(new Set(all).size)
  })

  it('covers every country the built-in table names', () => {
    let countries = Object.keys(BUILT_IN_POLICIES).filter(key => /^[A-Z]{2}$/.test(key))
    expect(countries.filter(country => !ZONES[country]?.length)).toEqual([])
  })

  it("covers every US zone of this runtime's own list", () => {
    // Zones ICU reports under America/ for the 50 states, by their usual prefixes.
    let us = Intl.supportedValuesOf('timeZone').filter(zone =>
      /^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Adak|Boise|Detroit|Juneau|Sitka|Nome|Yakutat|Metlakatla|Menominee|Indiana\/|Kentucky\/|North_Dakota\/|Indianapolis|Louisville)|Pacific\/Honolulu)/.test(zone)
    )
    expect(us.length).toBeGreaterThan(25)
    expect(us.filter(zone => regionFromTimeZone(zone) !== 'US')).toEqual([])
  })
})

describe('detectRegion', () => {
  it("gives the country of the browser's time zone", () => {
    mockTimeZone('Europe/Madrid')
    expect(detectRegion()).toBe('ES')
  })

  it('gives null for a zone outside the table', () => {
    mockTimeZone('Etc/UTC')
    expect(detectRegion()).toBeNull()
  })

  it('gives null, without throwing, when Intl throws or reports no zone', () => {
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new Error('no Intl')
    })
    expect(detectRegion()).toBeNull()
    mockTimeZone(undefined)
    expect(detectRegion()).toBeNull()
  })
})

function mockTimeZone(timeZone: string | undefined): void {
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(
    () => ({ resolvedOptions: () => ({ timeZone }) }) as unknown as Intl.DateTimeFormat
  )
}
