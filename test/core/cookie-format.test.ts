import { afterEach, describe, expect, it, vi } from 'vitest'

import { FORMAT_VERSION, FORMAT_VERSION_SERVICES, METHOD_CODES, parseDecision, serializeDecision } from '../../src/core/cookie-format.js'
import type { Decision } from '../../src/entries/headless.js'
import { parseSetCookie, readCookie, recordCookieWrites, useConsent } from '../helpers/dom.js'

const make = useConsent()
const DAY = 864e5
const config = { categories: ['analytics', 'marketing'] }
// The documented format: version.revision.base36 ms.method.id.category:0|1…
const FORMAT = /^1\.\d+\.[\da-z]+\.[arcg]\.[\w-]{8,64}\.[A-Za-z][\w-]*:[01](\|[A-Za-z][\w-]*:[01])*$/

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** Freezes Date (only Date: happy-dom's own timers keep working) at `iso`. */
function at(iso: string | number): void {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(iso))
}

const decision = (over: Partial<Decision> = {}): Decision => ({
  id: '3b1f2c4d-0000-4000-8000-123456789abc',
  timestamp: '2026-01-10T12:00:00.000Z',
  revision: 1,
  method: 'custom',
  categories: { necessary: true, analytics: true, marketing: false },
  ...over
})

describe('cookie format', () => {
  it('writes the documented one-line format', () => {
    at('2026-01-10T12:00:00.000Z')
    let stored = make(config).save({ analytics: true })
    let value = readCookie('consentry')!
    expect(value).toMatch(FORMAT)
    expect(value).toBe(
      `1.1.${Date.parse('2026-01-10T12:00:00.000Z').toString(36)}.c.${stored.id}.analytics:1|marketing:0`
    )
  })

  it('stores the method as one letter', () => {
    expect(serializeDecision(decision({ method: 'accept-all' })).split('.')[3]).toBe('a')
    expect(serializeDecision(decision({ method: 'reject-all' })).split('.')[3]).toBe('r')
    expect(serializeDecision(decision({ method: 'custom' })).split('.')[3]).toBe('c')
    expect(serializeDecision(decision({ method: 'gpc' })).split('.')[3]).toBe('g')
  })

  it('never stores necessary', () => {
    expect(serializeDecision(decision())).not.toContain('necessary')
  })

  it('round-trips through parseDecision', () => {
    let original = decision()
    let parsed = parseDecision(serializeDecision(original), {
      categories: ['analytics', 'marketing'],
      now: Date.parse(original.timestamp)
    })
    expect(parsed).toEqual(original)
  })

  it('is not Secure on an http page', () => {
    let { writes, restore } = recordCookieWrites()
    try {
      make(config).acceptAll()
    } finally {
      restore()
    }
    expect(location.protocol).toBe('http:')
    expect('secure' in parseSetCookie(writes[0]).attrs).toBe(false)
  })
})

describe('return visits', () => {
  it('apply the stored decision synchronously at creation', () => {
    let stored = make(config).save({ marketing: true })
    let consent = make(config)
    expect(consent.getDecision()).toEqual(stored)
    expect(consent.isGranted('marketing')).toBe(true)
    expect(consent.isGranted('analytics')).toBe(false)
  })

  it("emit no 'decision' for a stored decision", () => {
    make(config).acceptAll()
    let consent = make(config)
    let listener = vi.fn()
    consent.on('decision', listener)
    consent.refresh()
    expect(listener).not.toHaveBeenCalled()
  })

  it('do not rewrite the cookie', () => {
    make(config).acceptAll()
    let { writes, restore } = recordCookieWrites()
    try {
      make(config).whenGranted('analytics', () => {})
    } finally {
      restore()
    }
    expect(writes).toEqual([])
  })
})

describe('revision', () => {
  it('voids a decision made under another revision', () => {
    make({ ...config, revision: 1 }).acceptAll()
    let consent = make({ ...config, revision: 2 })
    let loader = vi.fn()
    consent.whenGranted('analytics', loader)
    expect(consent.getDecision()).toBeNull()
    expect(loader).not.toHaveBeenCalled()
  })

  it('is stored with the decision', () => {
    make({ ...config, revision: 7 }).acceptAll()
    expect(readCookie('consentry')!.split('.')[1]).toBe('7')
    expect(make({ ...config, revision: 7 }).getDecision()!.revision).toBe(7)
  })

  it('voids a decision made before a category was added', () => {
    make({ categories: ['analytics'] }).acceptAll()
    expect(make(config).getDecision()).toBeNull()
  })
})

describe('expiry', () => {
  it('keeps an acceptance for 182 days', () => {
    at('2026-01-10T12:00:00Z')
    make(config).acceptAll()
    vi.setSystemTime(Date.parse('2026-01-10T12:00:00Z') + 181 * DAY)
    expect(make(config).getDecision()?.method).toBe('accept-all')
  })

  it('voids an acceptance after 182 days', () => {
    at('2026-01-10T12:00:00Z')
    make(config).acceptAll()
    vi.setSystemTime(Date.parse('2026-01-10T12:00:00Z') + 183 * DAY)
    expect(make(config).getDecision()).toBeNull()
  })

  it('keeps a refusal exactly as long as an acceptance', () => {
    at('2026-01-10T12:00:00Z')
    make(config).rejectAll()
    vi.setSystemTime(Date.parse('2026-01-10T12:00:00Z') + 181 * DAY)
    expect(make(config).getDecision()?.method).toBe('reject-all')
    vi.setSystemTime(Date.parse('2026-01-10T12:00:00Z') + 183 * DAY)
    expect(make(config).getDecision()).toBeNull()
  })

  it('follows cookie.maxAgeDays', () => {
    let short = { ...config, cookie: { maxAgeDays: 30 } }
    at('2026-01-10T12:00:00Z')
    make(short).acceptAll()
    vi.setSystemTime(Date.parse('2026-01-10T12:00:00Z') + 29 * DAY)
    expect(make(short).getDecision()).not.toBeNull()
    vi.setSystemTime(Date.parse('2026-01-10T12:00:00Z') + 31 * DAY)
    expect(make(short).getDecision()).toBeNull()
  })

  it('voids an old decision even when its cookie outlived it', () => {
    at('2026-06-01T00:00:00Z')
    let old = serializeDecision(decision({ timestamp: new Date(Date.now() - 200 * DAY).toISOString() }))
    document.cookie = `consentry=${old}; path=/; expires=${new Date(Date.now() + 300 * DAY).toUTCString()}`
    expect(make(config).getDecision()).toBeNull()
  })

  it('voids a decision dated in the future', () => {
    at('2026-06-01T00:00:00Z')
    let future = serializeDecision(decision({ timestamp: new Date(Date.now() + 2 * DAY).toISOString() }))
    document.cookie = `consentry=${future}; path=/`
    expect(make(config).getDecision()).toBeNull()
  })

  it('accepts a decision a minute ahead (clock skew)', () => {
    at('2026-06-01T00:00:00Z')
    let ahead = serializeDecision(decision({ timestamp: new Date(Date.now() + 60e3).toISOString() }))
    document.cookie = `consentry=${ahead}; path=/`
    expect(make(config).getDecision()).not.toBeNull()
  })
})

describe('tampered cookies read as no decision', () => {
  const cases: Record<string, (valid: string) => string> = {
    'an older format version': valid => '0' + valid.slice(1),
    'a newer format version': valid => '2' + valid.slice(1),
    'an unknown category': valid => valid + '|advertising:1',
    'a missing category': valid => valid.replace('|marketing:0', ''),
    'a repeated category': valid => valid.replace('marketing:0', 'analytics:0'),
    'a stored necessary': valid => valid.replace('marketing:0', 'necessary:0'),
    'an unknown method': valid => valid.replace('.c.', '.x.'),
    'accept-all with a refused category': valid => valid.replace('.c.', '.a.'),
    'reject-all with a granted category': valid => valid.replace('.c.', '.r.'),
    'a value other than 0 or 1': valid => valid.replace('analytics:1', 'analytics:2'),
    'a non-date timestamp': valid => valid.replace(/^1\.1\.[\da-z]+/, '1.1.zzzzzzzzzzzz'),
    'a negative revision': valid => valid.replace(/^1\.1\./, '1.-1.'),
    'a short id': valid => valid.replace(/\.c\.[\w-]+\./, '.c.abc.'),
    'extra fields': valid => valid + '.x',
    'a truncated value': valid => valid.slice(0, 20),
    'an oversized value': valid => valid + '|' + Array.from({ length: 200 }, (_, i) => `c${i}:0`).join('|'),
    'JSON': () => '{"analytics":true}',
    'bad percent-encoding': valid => valid.replace('analytics', 'analytics%E0%A4%A')
  }
  for (let [what, mutate] of Object.entries(cases)) {
    it(`with ${what}`, () => {
      at('2026-01-10T12:00:00.000Z')
      let valid = serializeDecision(decision())
      document.cookie = `consentry=${valid}; path=/`
      expect(make(config).getDecision()).not.toBeNull()
      document.cookie = `consentry=${mutate(valid)}; path=/`
      let consent = make(config)
      let loader = vi.fn()
      consent.whenGranted('analytics', loader)
      expect(consent.getDecision()).toBeNull()
      expect(loader).not.toHaveBeenCalled()
    })
  }
})

describe('format constants', () => {
  it('stores each method as its own single letter', () => {
    let codes = Object.values(METHOD_CODES)
    expect(new Set(codes).size).toBe(codes.length)
    for (let code of codes) expect(code).toMatch(/^[a-z]$/)
  })

  it('round-trips every method and reads version 2 only with services', () => {
    for (let method of Object.keys(METHOD_CODES) as Array<keyof typeof METHOD_CODES>) {
      let decision: Decision = {
        id: 'abcdefgh-1234',
        timestamp: new Date(Date.now() - 1000).toISOString().replace(/\.\d+Z/, '.000Z'),
        revision: 1,
        method,
        categories: { necessary: true, analytics: method !== 'reject-all' && method !== 'opt-out' }
      }
      if (method === 'accept-all') decision.categories.analytics = true
      let value = serializeDecision(decision)
      expect(value.startsWith(`${FORMAT_VERSION}.`)).toBe(true)
      expect(parseDecision(value, { categories: ['analytics'] })).toEqual(decision)
      let withServices = { ...decision, services: { ga4: method !== 'reject-all' && method !== 'opt-out' } }
      let valueV2 = serializeDecision(withServices)
      expect(valueV2.startsWith(`${FORMAT_VERSION_SERVICES}.`)).toBe(true)
      expect(parseDecision(valueV2, { categories: ['analytics'], services: ['ga4'] })).toEqual(withServices)
      // Version 2 without its services field, or version 1 with one, is not ours.
      expect(parseDecision(valueV2.replace(/\.[^.]*$/, ''), {})).toBeNull()
      expect(parseDecision(value.replace(/^1/, '2'), {})).toBeNull()
    }
  })
})
