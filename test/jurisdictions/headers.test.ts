import { describe, expect, it } from 'vitest'

import { regionFromHeaders } from '../../src/jurisdictions/headers.js'
import type { HeadersLike } from '../../src/jurisdictions/headers.js'

// [edge, country header, region header, region value as that edge sends it]
const EDGES: [string, string, string | null, string][] = [
  ['Cloudflare', 'cf-ipcountry', 'cf-region-code', 'CA'],
  ['Vercel', 'x-vercel-ip-country', 'x-vercel-ip-country-region', 'CA'],
  ['CloudFront', 'cloudfront-viewer-country', 'cloudfront-viewer-country-region', 'CA'],
  ['App Engine', 'x-appengine-country', 'x-appengine-region', 'ca'],
  ['Fastly-style', 'x-country-code', null, '']
]

describe.each(EDGES)('regionFromHeaders behind %s', (_edge, countryHeader, regionHeader, regionValue) => {
  it('reads the country', () => {
    expect(regionFromHeaders({ [countryHeader]: 'FR' })).toBe('FR')
  })

  it('reads the country in any case of name and value', () => {
    expect(regionFromHeaders({ [countryHeader.toUpperCase()]: 'fr' })).toBe('FR')
    expect(regionFromHeaders({ [titleCase(countryHeader)]: ' De ' })).toBe('DE')
  })

  it('reads a Web Headers object', () => {
    let headers = new Headers({ [countryHeader]: 'IT' })
    if (regionHeader !== null) headers.set(regionHeader, regionValue)
    expect(regionFromHeaders(headers)).toBe(regionHeader === null ? 'IT' : `IT-${regionValue.toUpperCase()}`)
  })

  it.each(['XX', 'T1', 'ZZ', 'A1', 'EU', '**', '', 'France', 'US-CA', '<script>'])('gives null for the country %j', value => {
    expect(regionFromHeaders({ [countryHeader]: value })).toBeNull()
  })

  if (regionHeader === null) return

  it('adds the state when the region header holds one', () => {
    expect(regionFromHeaders({ [countryHeader]: 'US', [regionHeader]: regionValue })).toBe('US-CA')
  })

  it('gives the country alone when the region header is missing or empty', () => {
    expect(regionFromHeaders({ [countryHeader]: 'US' })).toBe('US')
    expect(regionFromHeaders({ [countryHeader]: 'US', [regionHeader]: '' })).toBe('US')
  })

  it.each(['?', 'NO REGION', 'California', 'CALI', 'C@', 'FR-IDF', 'X'.repeat(5000)])(
    'gives the country alone for the region %j',
    value => {
      expect(regionFromHeaders({ [countryHeader]: 'US', [regionHeader]: value })).toBe('US')
    }
  )

  it('accepts a region already written as a full ISO 3166-2 code for the same country', () => {
    expect(regionFromHeaders({ [countryHeader]: 'GB', [regionHeader]: 'gb-eng' })).toBe('GB-ENG')
  })

  it('ignores a region header without its country header', () => {
    expect(regionFromHeaders({ [regionHeader]: regionValue })).toBeNull()
  })
})

describe('regionFromHeaders with several or odd inputs', () => {
  it('takes the first edge that gives a usable country', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'XX', 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'TX' })).toBe('US-TX')
    expect(regionFromHeaders({ 'cf-ipcountry': 'DE', 'x-vercel-ip-country': 'US' })).toBe('DE')
  })

  it("does not mix one edge's country with another edge's region", () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'x-vercel-ip-country-region': 'CA' })).toBe('US')
  })

  it('reads Node-style arrays when every value agrees, and gives null when they disagree', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': ['US', 'us'], 'cf-region-code': ['CA'] })).toBe('US-CA')
    expect(regionFromHeaders({ 'cf-ipcountry': ['US', 'FR'] })).toBeNull()
    expect(regionFromHeaders({ 'cf-ipcountry': [] })).toBeNull()
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': ['CA', 'NY'] })).toBe('US')
  })

  it('gives null for a Headers value that joins conflicting duplicates', () => {
    let headers = new Headers()
    headers.append('cf-ipcountry', 'US')
    headers.append('cf-ipcountry', 'FR')
    expect(regionFromHeaders(headers)).toBeNull()
  })

  it.each<unknown>([null, undefined, 'cf-ipcountry: FR', 42, true, [], [['cf-ipcountry', 'FR']], () => 'FR', {}])(
    'gives null for %j, without throwing',
    input => {
      expect(regionFromHeaders(input as HeadersLike)).toBeNull()
    }
  )

  it('gives null for values that are no strings', () => {
    let odd = { 'cf-ipcountry': 42, 'x-vercel-ip-country': null, 'cloudfront-viewer-country': { toString: () => 'FR' } }
    expect(regionFromHeaders(odd as unknown as HeadersLike)).toBeNull()
  })

  it('gives null for a huge value, quickly', () => {
    let huge = 'US'.repeat(5_000_000)
    expect(regionFromHeaders({ 'cf-ipcountry': huge, 'x-country-code': ` ${huge}` })).toBeNull()
  })

  it('survives a getter that throws and reads the next edge', () => {
    let hostile = Object.defineProperty({ 'x-vercel-ip-country': 'NL' }, 'cf-ipcountry', {
      enumerable: true,
      get() {
        throw new Error('boom')
      }
    })
    expect(regionFromHeaders(hostile)).toBe('NL')
  })

  it('survives a get() that throws', () => {
    let hostile = {
      get(): string {
        throw new Error('boom')
      }
    }
    expect(regionFromHeaders(hostile)).toBeNull()
  })

  it('ignores inherited keys such as an Object.prototype property', () => {
    let inherited = Object.create({ 'cf-ipcountry': 'FR' }) as HeadersLike
    expect(regionFromHeaders(inherited)).toBeNull()
  })
})

function titleCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_all, dash: string, letter: string) => dash + letter.toUpperCase())
}
