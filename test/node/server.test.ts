import { describe, expect, it } from 'vitest'

import { parseConsentCookie, serializeDecision } from '../../src/entries/server.js'
import type { Decision } from '../../src/entries/server.js'
// The module the browser engine writes its cookie through.
import { serializeDecision as browserSerialize } from '../../src/core/cookie-format.js'

const DAY = 864e5
const NOW = Date.parse('2026-06-01T12:00:00.000Z')
const categories = ['analytics', 'marketing']

const decision = (over: Partial<Decision> = {}): Decision => ({
  id: '7f9c1e2a-1b2c-4d3e-8f90-0123456789ab',
  timestamp: new Date(NOW - DAY).toISOString(),
  revision: 2,
  method: 'custom',
  categories: { necessary: true, analytics: true, marketing: false },
  ...over
})
const opts = { revision: 2, categories, now: NOW }

describe('parseConsentCookie', () => {
  it('runs with no DOM', () => {
    expect(typeof document).toBe('undefined')
  })

  it('round-trips the browser serializer from a bare value', () => {
    let original = decision()
    expect(parseConsentCookie(browserSerialize(original), opts)).toEqual(original)
  })

  it('uses the same serializer as the browser engine', () => {
    expect(serializeDecision).toBe(browserSerialize)
  })

  it('round-trips every method', () => {
    for (let method of ['accept-all', 'reject-all', 'custom', 'gpc'] as const) {
      let values = method === 'accept-all' ? [true, true] : method === 'reject-all' ? [false, false] : [false, true]
      let original = decision({ method, categories: { necessary: true, analytics: values[0], marketing: values[1] } })
      expect(parseConsentCookie(serializeDecision(original), opts)).toEqual(original)
    }
  })

  it('finds the cookie in a full Cookie header', () => {
    let original = decision()
    let header = `_ga=GA1.2.3; consentry=${serializeDecision(original)}; theme=dark`
    expect(parseConsentCookie(header, opts)).toEqual(original)
  })

  it('finds the cookie first or last in the header, with or without spaces', () => {
    let value = serializeDecision(decision())
    expect(parseConsentCookie(`consentry=${value};a=1`, opts)).not.toBeNull()
    expect(parseConsentCookie(`a=1;consentry=${value}`, opts)).not.toBeNull()
    expect(parseConsentCookie(`consentry=${value}`, opts)).not.toBeNull()
  })

  it('decodes a percent-encoded value', () => {
    let original = decision()
    expect(parseConsentCookie(`consentry=${encodeURIComponent(serializeDecision(original))}`, opts)).toEqual(original)
  })

  it('reads a double-quoted value, as js-cookie does in the browser', () => {
    let original = decision()
    expect(parseConsentCookie(`a=1; consentry="${serializeDecision(original)}"`, opts)).toEqual(original)
    expect(parseConsentCookie(`"${serializeDecision(original)}"`, opts)).toEqual(original)
  })

  it('reads a custom cookie name and ignores other cookies ending in the name', () => {
    let value = serializeDecision(decision())
    expect(parseConsentCookie(`cc=${value}`, { ...opts, name: 'cc' })).not.toBeNull()
    expect(parseConsentCookie(`cc=${value}`, opts)).toBeNull()
    expect(parseConsentCookie(`xconsentry=${value}; a=1`, opts)).toBeNull()
  })

  it('returns null for no header, an empty one, or one without the cookie', () => {
    expect(parseConsentCookie(undefined, opts)).toBeNull()
    expect(parseConsentCookie(null, opts)).toBeNull()
    expect(parseConsentCookie('', opts)).toBeNull()
    expect(parseConsentCookie('a=1; b=2', opts)).toBeNull()
  })

  it('voids a decision from another revision', () => {
    let value = serializeDecision(decision())
    expect(parseConsentCookie(value, { ...opts, revision: 3 })).toBeNull()
    expect(parseConsentCookie(value, { ...opts, revision: 1 })).toBeNull()
  })

  it('defaults to revision 1', () => {
    let value = serializeDecision(decision({ revision: 1 }))
    expect(parseConsentCookie(value, { categories, now: NOW })).not.toBeNull()
  })

  it('voids a decision older than maxAgeDays (182 by default)', () => {
    let at = (days: number): string => serializeDecision(decision({ timestamp: new Date(NOW - days * DAY).toISOString() }))
    expect(parseConsentCookie(at(181), opts)).not.toBeNull()
    expect(parseConsentCookie(at(183), opts)).toBeNull()
    expect(parseConsentCookie(at(29), { ...opts, maxAgeDays: 30 })).not.toBeNull()
    expect(parseConsentCookie(at(31), { ...opts, maxAgeDays: 30 })).toBeNull()
  })

  it('voids a decision dated more than a few minutes ahead', () => {
    let ahead = (ms: number): string => serializeDecision(decision({ timestamp: new Date(NOW + ms).toISOString() }))
    expect(parseConsentCookie(ahead(60e3), opts)).not.toBeNull()
    expect(parseConsentCookie(ahead(DAY), opts)).toBeNull()
  })

  it('voids a decision whose categories differ from the configured ones', () => {
    let value = serializeDecision(decision())
    expect(parseConsentCookie(value, { ...opts, categories: ['analytics'] })).toBeNull()
    expect(parseConsentCookie(value, { ...opts, categories: ['analytics', 'marketing', 'ads'] })).toBeNull()
    expect(parseConsentCookie(value, { ...opts, categories: ['analytics', 'ads'] })).toBeNull()
  })

  it('accepts any categories when none are configured', () => {
    expect(parseConsentCookie(serializeDecision(decision()), { revision: 2, now: NOW })).not.toBeNull()
  })

  it('voids other format versions, bad encodings and oversized values', () => {
    let value = serializeDecision(decision())
    expect(parseConsentCookie('0' + value.slice(1), opts)).toBeNull()
    expect(parseConsentCookie('2' + value.slice(1), opts)).toBeNull()
    expect(parseConsentCookie(`consentry=${value}%E0%A4%A`, opts)).toBeNull()
    expect(parseConsentCookie(`consentry=%`, opts)).toBeNull()
    expect(parseConsentCookie(value + '|x'.repeat(600) + ':0', opts)).toBeNull()
    expect(parseConsentCookie('{"analytics":true}', opts)).toBeNull()
  })

  it('uses the current time by default', () => {
    let fresh = serializeDecision(decision({ timestamp: new Date().toISOString() }))
    expect(parseConsentCookie(fresh, { revision: 2, categories })).not.toBeNull()
  })
})

describe('parseConsentCookie against hostile input', () => {
  it('reads only the exact cookie name', () => {
    let value = serializeDecision(decision())
    expect(parseConsentCookie(`%63onsentry=${value}`, opts)).toBeNull()
    expect(parseConsentCookie(`xconsentry=${value}`, opts)).toBeNull()
    expect(parseConsentCookie(`a=1; consentry=${value}`, opts)?.id).toBe(decision().id)
  })

  it('reads at most 16 KB of a header', () => {
    let value = serializeDecision(decision())
    let padding = 'x='.padEnd(20000, 'y')
    expect(parseConsentCookie(`${padding}; consentry=${value}`, opts)).toBeNull()
    expect(parseConsentCookie(`consentry=${value}; ${padding}`, opts)?.id).toBe(decision().id)
  })

  it('throws a TypeError for a maxAgeDays or revision the browser would refuse', () => {
    let value = serializeDecision(decision())
    expect(() => parseConsentCookie(value, { ...opts, maxAgeDays: NaN })).toThrow(/maxAgeDays/)
    expect(() => parseConsentCookie(value, { ...opts, maxAgeDays: 0 })).toThrow(TypeError)
    expect(() => parseConsentCookie(value, { ...opts, revision: 1.5 })).toThrow(/revision/)
  })
})
