import { describe, expect, it } from 'vitest'

import { normalizeRegion, resolvePolicy, timeZoneMatters } from '../../src/jurisdictions/region.js'
import { BUILT_IN_POLICIES, CHECKED, SOURCES } from '../../src/jurisdictions/table.js'

const rows = Object.entries(BUILT_IN_POLICIES)
const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ')

describe('the built-in table', () => {
  it('has a default, and it is the strictest policy', () => {
    expect(BUILT_IN_POLICIES.default).toBe('opt-in')
  })

  it.each(rows.filter(([key]) => key !== 'default'))('keys %s by its canonical region code', key => {
    expect(normalizeRegion(key)).toBe(key)
  })

  it.each(rows)('gives %s a known policy', (_key, policy) => {
    expect(['opt-in', 'opt-out', 'none']).toContain(policy)
  })

  it('never uses none: only a site may declare that nothing is due', () => {
    expect(rows.filter(([, policy]) => policy === 'none')).toEqual([])
  })

  it('makes every EEA country, the United Kingdom and Switzerland opt-in', () => {
    for (let country of [...EU, 'IS', 'LI', 'NO', 'GB', 'CH']) expect([country, BUILT_IN_POLICIES[country]]).toEqual([country, 'opt-in'])
    expect(EU).toHaveLength(27)
  })

  it('keeps the US without a state opt-in, and gives opt-out to US states only', () => {
    expect(BUILT_IN_POLICIES.US).toBe('opt-in')
    let optOut = rows.filter(([, policy]) => policy === 'opt-out').map(([key]) => key)
    expect(optOut.length).toBeGreaterThanOrEqual(19)
    for (let key of optOut) expect(key).toMatch(/^US-[A-Z]{2}$/)
  })
})

describe('the sources', () => {
  it.each(rows)('explain the row %s', key => {
    let source = SOURCES[key]
    expect(source, key).toBeDefined()
    expect(source.law.length).toBeGreaterThan(10)
    expect(source.inForce).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('explain no row that the table does not have', () => {
    expect(Object.keys(SOURCES).filter(key => !(key in BUILT_IN_POLICIES))).toEqual([])
  })

  it.each(rows.filter(([, policy]) => policy === 'opt-out'))('cite a statute or bill for the opt-out row %s', key => {
    expect(SOURCES[key].law).toMatch(/§|ch\.|art\.|ORS|RSA|KRS|N\.J\.S\.A\.|\b(SB|HB|LB) \d+/)
  })

  it('link only to https addresses', () => {
    for (let source of Object.values(SOURCES)) {
      if (source.url !== undefined) expect(new URL(source.url).protocol).toBe('https:')
    }
  })

  it('were checked on a real date', () => {
    expect(new Date(CHECKED).toISOString().slice(0, 10)).toBe(CHECKED)
  })
})

describe('the engine’s copy of the built-in table', () => {
  it('answers every row as the table does, and gives no country a policy other than opt-in', () => {
    for (let [region, policy] of Object.entries(BUILT_IN_POLICIES)) {
      if (region === 'default') continue
      expect(resolvePolicy(region), region).toBe(policy)
      if (!region.includes('-')) expect(policy, region).toBe('opt-in')
    }
    expect(timeZoneMatters()).toBe(false)
  })
})
