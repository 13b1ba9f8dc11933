// 3,000 random and mutated POST bodies per store: never a 5xx, never a crash, and every record
// the ledger keeps is one the validator accepts. Seeded, so a failure can be replayed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLedger } from '../../src/ledger/handler.js'
import { validateRecord } from '../../src/ledger/validate.js'
import { ORIGIN, PGLITE, POSTGRES, TOKEN, call, makeRecord, post } from './helpers.js'
import type { Ledger } from '../../src/ledger/handler.js'
import type { LedgerStore } from '../../src/ledger/types.js'

const COUNT = 3000

/** mulberry32: a small seeded generator. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

const STRINGS = ['', 'a', 'accept-all', 'opt-out', '__proto__', 'constructor', '<script>', 'é', '\u0000', '😀', 'x'.repeat(300), '2026-01-01T00:00:00Z', 'true']
const KEYS = ['id', 'timestamp', 'revision', 'method', 'categories', 'language', 'textsHash', 'services', 'policy', 'region', '__proto__', 'extra', '']

function fuzzer(random: () => number) {
  let pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  let value = (depth: number): unknown => {
    let kind = Math.floor(random() * (depth > 3 ? 6 : 8))
    if (kind === 0) return null
    if (kind === 1) return random() < 0.5
    if (kind === 2) return pick([0, -1, 1.5, 2147483648, 1e309, -0, Number.MAX_SAFE_INTEGER, Math.floor(random() * 100)])
    if (kind === 3 || kind === 4) return pick(STRINGS)
    if (kind === 5) return new Date(Date.now() + (random() - 0.5) * 4 * 86400000).toISOString()
    if (kind === 6) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1))
    return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick([...KEYS, ...STRINGS]), value(depth + 1)]))
  }
  /** A valid record with one to three fields broken, removed or added. */
  let mutated = (): string => {
    let record: Record<string, unknown> = { ...makeRecord() }
    let changes = 1 + Math.floor(random() * 3)
    for (let i = 0; i < changes; i++) {
      let key = pick(KEYS)
      let action = random()
      if (action < 0.3) delete record[key]
      else if (action < 0.8) record[key] = value(1)
      else record[key] = { ...(record[key] as object), [pick(STRINGS)]: value(2) }
    }
    return JSON.stringify(record)
  }
  /** A JSON text cut or with a byte changed. */
  let garbled = (): string => {
    let text = JSON.stringify(makeRecord())
    let at = Math.floor(random() * text.length)
    return random() < 0.5 ? text.slice(0, at) : text.slice(0, at) + String.fromCharCode(Math.floor(random() * 0xffff)) + text.slice(at + 1)
  }
  return (): string => {
    let roll = random()
    if (roll < 0.15) return JSON.stringify(makeRecord())
    if (roll < 0.6) return mutated()
    if (roll < 0.8) return garbled()
    if (roll < 0.97) return JSON.stringify(value(0))
    return 'x'.repeat(8000 + Math.floor(random() * 400))
  }
}

describe.each([PGLITE, POSTGRES])('fuzzing POST /consent on $name', kind => {
  let store: LedgerStore
  let dispose = async (): Promise<void> => {}
  let ledger: Ledger
  beforeAll(async () => {
    let created = await kind.create()
    store = created.store
    dispose = created.dispose
    ledger = createLedger({ store, token: TOKEN, allowedOrigins: [ORIGIN], retentionDays: 30, rateLimit: false })
    await ledger.ready
  })
  afterAll(async () => {
    try {
      await store?.close()
    } finally {
      await dispose()
    }
  })

  it(`answers ${COUNT} random bodies with 2xx or 4xx and stores only valid records`, async () => {
    let next = fuzzer(generator(kind.name === 'pglite' ? 15 : 16))
    let statuses = new Map<number, number>()
    let created = 0
    for (let i = 0; i < COUNT; i++) {
      let contentType = i % 2 === 0 ? 'text/plain;charset=UTF-8' : 'application/json'
      let response = await post(ledger, next(), { 'Content-Type': contentType })
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      if (response.status === 201) created += 1
      await response.arrayBuffer()
    }
    expect([...statuses.keys()].every(status => [200, 201, 400, 413].includes(status)), JSON.stringify([...statuses])).toBe(true)
    expect(statuses.get(400)).toBeGreaterThan(COUNT / 2)
    expect(created).toBeGreaterThan(COUNT / 20)

    let lines = (await (await call(ledger, '/export')).text()).trim().split('\n')
    expect(lines).toHaveLength(created)
    for (let line of lines) {
      let { receivedAt, ipHash: _ipHash, ...record } = JSON.parse(line)
      let checked = validateRecord(record, Date.parse(receivedAt))
      expect(checked.ok ? checked.record : checked.reason).toEqual(record)
    }
  }, 300000)
})
