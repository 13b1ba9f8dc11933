import { describe, expect, it } from 'vitest'

import {
  normalizeRegion,
  resolvePolicy,
  timeZoneMatters,
  validatePolicies,
  validateRegion
} from '../../src/jurisdictions/region.js'
import type { Policy } from '../../src/jurisdictions/region.js'

describe('normalizeRegion', () => {
  it.each([
    ['FR', 'FR'],
    ['fr', 'FR'],
    [' de ', 'DE'],
    ['US-CA', 'US-CA'],
    ['us-ca', 'US-CA'],
    ['Us-Ca', 'US-CA'],
    ['GB-ENG', 'GB-ENG'],
    ['JP-13', 'JP-13'],
    ['XK', 'XK']
  ])('gives the canonical code for %j', (input, expected) => {
    expect(normalizeRegion(input)).toBe(expected)
  })

  it.each([
    'XX', 'T1', 'A1', 'A2', 'O1', 'EU', 'AP', 'ZZ', 'AA', 'QM', 'QZ', 'XA', 'UK', 'UN',
    '', ' ', 'F', 'FRA', 'US-', 'US-CALI', 'US_CA', 'US CA', 'XX-CA', '-CA', 'US-C-A', 'é1', 'F R',
    'FR,US', 'US-CA,US-NY', 'California', 'US-CA'.padEnd(17, ' '), 'A'.repeat(100_000)
  ])('gives null for %j', input => {
    expect(normalizeRegion(input)).toBeNull()
  })

  it.each([null, undefined, 42, {}, ['FR'], true])('gives null for the non-string %j', input => {
    expect(normalizeRegion(input)).toBeNull()
  })
})

describe('resolvePolicy with the built-in table', () => {
  it.each<[string, Policy]>([
    ['FR', 'opt-in'],
    ['DE-BE', 'opt-in'],
    ['GB', 'opt-in'],
    ['CH', 'opt-in'],
    ['NO', 'opt-in'],
    ['GP', 'opt-in'],
    ['US-CA', 'opt-out'],
    ['us-ca', 'opt-out'],
    ['US-TX', 'opt-out'],
    ['US', 'opt-in'],
    ['US-WY', 'opt-in'],
    ['BR', 'opt-in'],
    ['JP', 'opt-in']
  ])('gives %s → %s', (region, policy) => {
    expect(resolvePolicy(region)).toBe(policy)
  })

  it.each([null, undefined, '', 'XX', 'T1', 'garbage'])('gives opt-in for the unknown region %j', region => {
    expect(resolvePolicy(region)).toBe('opt-in')
  })
})

describe('resolvePolicy with a site table', () => {
  const site: Record<string, Policy> = { 'US-CA': 'opt-in', US: 'opt-out', BR: 'none', default: 'none' }

  it('reads the exact region first', () => {
    expect(resolvePolicy('US-CA', site)).toBe('opt-in')
  })

  it('falls back to the country row of the site table before the built-in state row', () => {
    // Built-in says opt-out for Texas; the site's US row decides first.
    expect(resolvePolicy('US-TX', { US: 'opt-in', default: 'opt-in' })).toBe('opt-in')
    expect(resolvePolicy('US-NY', site)).toBe('opt-out')
  })

  it("uses the site's default for a region it does not name", () => {
    expect(resolvePolicy('FR', site)).toBe('none')
    expect(resolvePolicy('BR-SP', site)).toBe('none')
  })

  it('falls back to the built-in table when the site table has no default', () => {
    expect(resolvePolicy('US-CO', { BR: 'none' } as Record<string, Policy>)).toBe('opt-out')
    expect(resolvePolicy('FR', { BR: 'none' } as Record<string, Policy>)).toBe('opt-in')
  })

  it("never applies the site's default to an unknown region", () => {
    expect(resolvePolicy(null, site)).toBe('opt-in')
    expect(resolvePolicy('XX', site)).toBe('opt-in')
  })

  it('skips values that are no policy instead of reading them as weaker ones', () => {
    let broken = { FR: 'off', default: 'allow' } as unknown as Record<string, Policy>
    expect(resolvePolicy('FR', broken)).toBe('opt-in')
    expect(resolvePolicy('US-CA', broken)).toBe('opt-out')
  })

  it('reads only own keys of the site table', () => {
    let inherited = Object.create({ FR: 'none', default: 'none' }) as Record<string, Policy>
    expect(resolvePolicy('FR', inherited)).toBe('opt-in')
  })
})

describe('timeZoneMatters', () => {
  it('is false for the built-in table, whose countries and default are all opt-in', () => {
    expect(timeZoneMatters()).toBe(false)
  })

  it('ignores state rows, which a time zone cannot tell', () => {
    expect(timeZoneMatters({ 'US-NY': 'none', default: 'opt-in' })).toBe(false)
  })

  it.each<Record<string, Policy>>([{ JP: 'none', default: 'opt-in' }, { default: 'none' }, { US: 'opt-out', default: 'opt-in' }])(
    'is true when a country or the default is not opt-in: %j',
    policies => {
      expect(timeZoneMatters(policies)).toBe(true)
    }
  )
})

describe('validatePolicies', () => {
  it('accepts a table of canonical codes, known policies and a default', () => {
    expect(() => validatePolicies({ 'US-CA': 'opt-out', BR: 'opt-in', US: 'none', default: 'opt-in' })).not.toThrow()
  })

  it.each<[unknown, RegExp]>([
    [null, /^consentry: policies: pass an object of region → policy.*\(got null\)$/],
    ['opt-in', /policies: pass an object.*\(got "opt-in"\)$/],
    [[['FR', 'opt-in']], /policies: pass an object/],
    [{ 'US-CA': 'optout', default: 'opt-in' }, /^consentry: policies\['US-CA'\]: pass 'opt-in', 'opt-out' or 'none' \(got "optout"\)$/],
    [{ default: 'strict' }, /policies\['default'\]: pass 'opt-in', 'opt-out' or 'none' \(got "strict"\)/],
    [{ FR: undefined, default: 'opt-in' }, /policies\['FR'\]: pass 'opt-in'/],
    [{ 'us-ca': 'opt-out', default: 'opt-in' }, /policies: write region codes in upper case, 'US-CA' \(got "us-ca"\)/],
    [{ UK: 'opt-in', default: 'opt-in' }, /policies: write 'GB' for the United Kingdom/],
    [{ XX: 'opt-in', default: 'opt-in' }, /policies: keys are ISO 3166-1 alpha-2 codes \('FR'\), ISO 3166-2 codes \('US-CA'\) or 'default' \(got "XX"\)/],
    [{ California: 'opt-out', default: 'opt-in' }, /keys are ISO 3166-1.*\(got "California"\)/],
    [{ 'US-CA': 'opt-out', BR: 'opt-in' }, /^consentry: policies: add default: 'opt-in' \(the strictest\).*\(got \["US-CA","BR"\]\)$/]
  ])('throws a TypeError that says what to pass for %j', (policies, message) => {
    expect(() => validatePolicies(policies)).toThrow(TypeError)
    expect(() => validatePolicies(policies)).toThrow(message)
  })
})

describe('validatePolicies on inherited keys', () => {
  it('does not count an inherited default, which resolvePolicy would not read', () => {
    let inherited = Object.create({ default: 'opt-in' }) as unknown
    expect(() => validatePolicies(inherited)).toThrow(/policies: add default/)
  })

  it("hints GB for 'UK' in any case", () => {
    expect(() => validatePolicies({ Uk: 'opt-in', default: 'opt-in' })).toThrow(/write 'GB' for the United Kingdom/)
  })
})

describe('validateRegion', () => {
  it.each<[unknown, string | null]>([
    [undefined, 'auto'],
    ['auto', 'auto'],
    [null, null],
    ['', null],
    ['fr', 'FR'],
    ['us-ca', 'US-CA']
  ])('turns %j into %j', (region, expected) => {
    expect(validateRegion(region)).toBe(expected)
  })

  it.each(['XX', 'Auto', 'California', 'US-', 42, {}])('throws a TypeError that says what to pass for %j', region => {
    expect(() => validateRegion(region)).toThrow(
      /^consentry: region: pass 'auto' or an ISO 3166 code such as 'FR' or 'US-CA' \(got .+\)$/
    )
  })

  it('shortens a huge value in its message', () => {
    expect(() => validateRegion('Z'.repeat(10_000))).toThrow(/\(got "Z{40}…"\)$/)
  })
})
