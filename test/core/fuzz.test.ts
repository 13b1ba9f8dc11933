import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createConsent } from '../../src/entries/headless.js'
import { parseDecision, serializeDecision } from '../../src/core/cookie-format.js'
import type { Decision } from '../../src/entries/headless.js'
import { parseConsentCookie } from '../../src/entries/server.js'

const NOW = Date.parse('2026-06-01T12:00:00.000Z')
const DAY = 864e5
const CATEGORIES = ['analytics', 'marketing', 'ads-2']
const config = { categories: CATEGORIES, revision: 3 }

/** mulberry32: a tiny seeded PRNG, so a failure reproduces from its seed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof prng>
const int = (rnd: Random, below: number): number => Math.floor(rnd() * below)
const pick = <T>(rnd: Random, list: T[]): T => list[int(rnd, list.length)]

/** Any character of the Basic Multilingual Plane except lone surrogates. */
function randomChar(rnd: Random): string {
  let roll = rnd()
  if (roll < 0.5) return String.fromCharCode(32 + int(rnd, 95))
  if (roll < 0.8) return pick(rnd, '.:|-_%;=,"\\ \t\n\0'.split(''))
  let code = int(rnd, 0xd800)
  return String.fromCharCode(code)
}

const randomString = (rnd: Random, max: number): string =>
  Array.from({ length: int(rnd, max) }, () => randomChar(rnd)).join('')

/** A valid value for `config` at NOW, with a random method, id and choices. */
function validValue(rnd: Random): string {
  let method = pick(rnd, ['accept-all', 'reject-all', 'custom', 'gpc'] as const)
  let categories: Record<string, boolean> = { necessary: true }
  for (let name of CATEGORIES) {
    categories[name] = method === 'accept-all' ? true : method === 'reject-all' ? false : rnd() < 0.5
  }
  let decision: Decision = {
    id: '0123456789abcdef-' + int(rnd, 1e9).toString(36),
    timestamp: new Date(NOW - int(rnd, 180 * DAY)).toISOString(),
    revision: 3,
    method,
    categories
  }
  return serializeDecision(decision)
}

/**
 * Mutations that can never leave a valid value, each named for the report: a failing seed says which.
 */
const BREAKING: Record<string, (valid: string, rnd: Random) => string> = {
  truncated: (valid, rnd) => valid.slice(0, int(rnd, valid.length)),
  'random bytes': (_, rnd) => randomString(rnd, 200),
  'bad percent-encoding': (valid, rnd) => {
    let at = int(rnd, valid.length + 1)
    return valid.slice(0, at) + pick(rnd, ['%G', '%Z1', '%E0%A4%A', '%FF', '%%41', '%u0041']) + valid.slice(at)
  },
  huge: (valid, rnd) => valid + randomString(rnd, 40) + 'x'.repeat(1024 + int(rnd, 4096)),
  'future timestamp': (valid, rnd) =>
    valid.replace(/^(1\.3\.)[\da-z]+/, (_, head) => head + (NOW + 6 * 6e4 + int(rnd, 3650 * DAY)).toString(36)),
  'expired timestamp': (valid, rnd) =>
    valid.replace(/^(1\.3\.)[\da-z]+/, (_, head) => head + (NOW - 183 * DAY - int(rnd, 3650 * DAY)).toString(36)),
  'unknown category': (valid, rnd) => valid + '|' + pick(rnd, ['ads', 'x', 'Analytics', 'necessary', 'analytics']) + ':' + int(rnd, 2),
  'older format version': (valid, rnd) =>
    pick(rnd, [
      () => '0' + valid.slice(1),
      () => valid.slice(2),
      () => JSON.stringify({ categories: { analytics: true }, revision: 3 }),
      () => encodeURIComponent(JSON.stringify({ level: ['analytics'], revision: 3 })),
      () => 'v1.' + valid
    ])(),
  'other revision': (valid, rnd) => valid.replace(/^1\.3\./, `1.${pick(rnd, ['2', '4', '03', '', '3.0', '-3'])}.`)
}

/** Mutations that may, by chance, leave a valid value. */
const ANY: Record<string, (value: string, rnd: Random) => string> = {
  'byte flip': (value, rnd) => {
    let at = int(rnd, value.length)
    return value.slice(0, at) + randomChar(rnd) + value.slice(at + 1)
  },
  'bit flip': (value, rnd) => {
    let at = int(rnd, value.length)
    return value.slice(0, at) + String.fromCharCode(value.charCodeAt(at) ^ (1 << int(rnd, 7))) + value.slice(at + 1)
  },
  'deleted char': (value, rnd) => {
    let at = int(rnd, value.length)
    return value.slice(0, at) + value.slice(at + 1)
  },
  'swapped fields': value => {
    let parts = value.split('.')
    return [parts[0], parts[1], parts[2], parts[3], parts[5], parts[4]].join('.')
  }
}

interface Case {
  value: string
  breaking: boolean
  kind: string
}

function makeCase(rnd: Random): Case {
  let valid = validValue(rnd)
  if (rnd() < 0.6) {
    let kind = pick(rnd, Object.keys(BREAKING))
    return { value: BREAKING[kind](valid, rnd), breaking: true, kind }
  }
  let kind = pick(rnd, Object.keys(ANY))
  let value = ANY[kind](valid, rnd)
  // Stacked mutations.
  if (rnd() < 0.3) value = ANY[pick(rnd, Object.keys(ANY))](value, rnd)
  return { value, breaking: false, kind }
}

/**
 * What any accepted value must satisfy: the configured revision and categories, a date inside the
 * lifetime, a method that agrees with the choices, and a stable re-serialization.
 */
function assertSound(decision: Decision, value: string): void {
  expect(decision.revision, value).toBe(3)
  expect(Object.keys(decision.categories).sort(), value).toEqual(['necessary', ...CATEGORIES].sort())
  expect(decision.categories.necessary, value).toBe(true)
  let time = Date.parse(decision.timestamp)
  expect(time <= NOW + 3e5 && time >= NOW - 182 * DAY, value).toBe(true)
  expect(decision.id, value).toMatch(/^[\w-]{8,64}$/)
  let values = CATEGORIES.map(name => decision.categories[name])
  if (decision.method === 'accept-all') expect(values.every(Boolean), value).toBe(true)
  if (decision.method === 'reject-all') expect(values.some(Boolean), value).toBe(false)
  expect(parseDecision(serializeDecision(decision), { revision: 3, categories: CATEGORIES, now: NOW })).toEqual(decision)
}

const SEED = 0xc0ffee
const COUNT = 10_000

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})
afterAll(() => {
  vi.useRealTimers()
})

// Thousands of cases: generous time on a loaded 2-core machine (about 2 s alone).
describe(`fuzz (seed ${SEED})`, { timeout: 60000 }, () => {
  it('keeps the valid base values valid (the mutations start from real decisions)', () => {
    let rnd = prng(SEED)
    for (let i = 0; i < 1000; i++) {
      let value = validValue(rnd)
      expect(parseDecision(value, { revision: 3, categories: CATEGORIES }), value).not.toBeNull()
    }
  })

  it(`reads ${COUNT} mutated decision cookies through the engine without a throw or a wrong decision`, () => {
    let rnd = prng(SEED)
    let kinds = new Set<string>()
    let loader = vi.fn()
    let errors = vi.fn()
    let spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    for (let i = 0; i < COUNT; i++) {
      let { value, breaking, kind } = makeCase(rnd)
      kinds.add(kind)
      document.cookie = 'consentry=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT'
      // Encoded, so every character reaches the engine; bad encodings go in raw, as a server might send them.
      let raw = kind === 'bad percent-encoding' ? value.replace(/[;\s,"\\\0-\x1f]/g, '') : encodeURIComponent(value)
      document.cookie = `consentry=${raw}; path=/`
      let consent = createConsent(config)
      consent.on('error', errors)
      consent.whenGranted('analytics', loader)
      let decision = consent.getDecision()
      if (breaking && decision) expect.fail(`#${i} ${kind} gave a decision: ${JSON.stringify(value)}`)
      if (decision) assertSound(decision, value)
      else if (consent.isGranted('analytics')) expect.fail(`#${i} ${kind} granted analytics`)
      if (loader.mock.calls.length && !decision?.categories.analytics) expect.fail(`#${i} ${kind} ran a loader`)
      loader.mockClear()
      consent.destroy()
    }
    expect([...kinds].sort()).toEqual([...Object.keys(BREAKING), ...Object.keys(ANY)].sort())
    expect(errors).not.toHaveBeenCalled()
    spy.mockRestore()
    document.cookie = 'consentry=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT'
  })

  it(`parses ${COUNT * 2} mutated values directly without a throw or a wrong decision`, () => {
    let rnd = prng(SEED + 1)
    for (let i = 0; i < COUNT * 2; i++) {
      let { value, breaking, kind } = makeCase(rnd)
      let decision = parseDecision(value, { revision: 3, categories: CATEGORIES })
      if (breaking && decision) expect.fail(`#${i} ${kind} gave a decision: ${JSON.stringify(value)}`)
      if (decision) assertSound(decision, value)
    }
  })

  it('returns null for values that are not strings', () => {
    for (let value of [undefined, null, 0, 1, true, {}, [], Symbol('x'), () => '1.3']) {
      expect(parseDecision(value, { revision: 3, categories: CATEGORIES })).toBeNull()
    }
  })

  it(`reads ${COUNT} mutated Cookie headers on the server without a throw or a wrong decision`, () => {
    let rnd = prng(SEED + 2)
    for (let i = 0; i < COUNT; i++) {
      let { value, breaking, kind } = makeCase(rnd)
      let header = pick(rnd, [
        // A raw ";" would end the cookie early and leave a valid one: encode those.
        () => `consentry=${value.includes(';') ? encodeURIComponent(value) : value}`,
        () => `a=1; consentry=${encodeURIComponent(value)}; b=2`,
        () => value
      ])()
      let decision = parseConsentCookie(header, { revision: 3, categories: CATEGORIES })
      if (breaking && decision) expect.fail(`#${i} ${kind} gave a decision: ${JSON.stringify(header)}`)
      if (decision) assertSound(decision, value)
    }
  })
})
