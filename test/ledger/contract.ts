// The one contract every store meets, run by pglite.test.ts and postgres.test.ts: every route,
// validation, idempotency, erasure, stats, export streaming, retention and migrations.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLedger } from '../../src/ledger/handler.js'
import { partitionName } from '../../src/ledger/partitions.js'
import { MIGRATIONS } from '../../src/ledger/schema.js'
import { ORIGIN, TOKEN, call, makeRecord, post } from './helpers.js'
import type { Ledger } from '../../src/ledger/handler.js'
import type { LedgerStore } from '../../src/ledger/types.js'
import type { StoreKind } from './helpers.js'

const DAY = 24 * 60 * 60 * 1000

export function contractSuite(kind: StoreKind): void {
  let store: LedgerStore
  let reopen: () => LedgerStore
  let dispose: () => Promise<void> = async () => {}
  let ledger: Ledger

  /** Another ledger on the same store (other options); the store stays open. */
  function ledgerWith(options: Partial<Parameters<typeof createLedger>[0]>): Ledger {
    return createLedger({ store, token: TOKEN, allowedOrigins: [ORIGIN], retentionDays: 1825, ...options })
  }

  beforeAll(async () => {
    let created = await kind.create()
    store = created.store
    reopen = created.reopen
    dispose = created.dispose
    ledger = createLedger({ store, token: TOKEN, allowedOrigins: [ORIGIN], retentionDays: 1825 })
    await ledger.ready
  })
  afterAll(async () => {
    // Stop the database even when a test failed.
    try {
      await store?.close()
    } finally {
      await dispose()
    }
  })

  describe(`ledger on ${kind.name}: POST /consent`, () => {
    it('stores a record and answers 201 only once it can be read back', async () => {
      let record = makeRecord({ services: { ga4: true, hotjar: false }, policy: 'opt-in', region: 'FR' })
      let response = await post(ledger, record)
      expect(response.status).toBe(201)
      expect(await response.json()).toEqual({ id: record.id, stored: true, duplicate: false })
      let read = await call(ledger, `/consent/${record.id}`)
      let body = await read.json()
      expect(body.records).toHaveLength(1)
      let { receivedAt, ...stored } = body.records[0]
      expect(stored).toEqual(record)
      expect(Math.abs(Date.parse(receivedAt) - Date.now())).toBeLessThan(60000)
    })

    it('stores a retry of the same record once and answers 200 duplicate', async () => {
      let record = makeRecord()
      expect((await post(ledger, record)).status).toBe(201)
      let again = await post(ledger, { ...record, categories: { marketing: false, analytics: true, necessary: true } })
      expect(again.status).toBe(200)
      expect((await again.json()).duplicate).toBe(true)
      expect((await (await call(ledger, `/consent/${record.id}`)).json()).records).toHaveLength(1)
    })

    it('keeps every different record of one decision id, oldest first', async () => {
      let first = makeRecord({ method: 'accept-all' }, Date.now() - 60000)
      let second = { ...first, timestamp: new Date().toISOString(), method: 'opt-out' as const }
      expect((await post(ledger, second)).status).toBe(201)
      expect((await post(ledger, first)).status).toBe(201)
      let records = (await (await call(ledger, `/consent/${first.id}`)).json()).records
      expect(records.map((record: { method: string }) => record.method)).toEqual(['accept-all', 'opt-out'])
    })

    it('accepts application/json as well as text/plain', async () => {
      let record = makeRecord()
      expect((await post(ledger, record, { 'Content-Type': 'application/json' })).status).toBe(201)
    })

    it.each([
      ['not JSON', '{"id":', 'not JSON'],
      ['an array', '[]', 'JSON object'],
      ['an unknown field', { ...makeRecord(), ip: '1.2.3.4' }, 'unknown field'],
      ['a timestamp two days off', makeRecord({}, Date.now() - 2 * DAY), 'more than a day'],
      ['a timestamp in another format', { ...makeRecord(), timestamp: 'yesterday' }, 'timestamp'],
      ['categories that are a list', { ...makeRecord(), categories: ['analytics'] }, 'categories'],
      ['a category that is not a boolean', { ...makeRecord(), categories: { analytics: 'yes' } }, 'categories.analytics'],
      ['no category', { ...makeRecord(), categories: {} }, 'at least one'],
      ['a missing id', { ...makeRecord(), id: undefined }, 'id'],
      ['an unknown method', { ...makeRecord(), method: 'maybe' }, 'method'],
      ['a negative revision', { ...makeRecord(), revision: -1 }, 'revision'],
      ['a language that is not a tag', { ...makeRecord(), language: '<b>' }, 'language'],
      ['a texts hash that is not hex', { ...makeRecord(), textsHash: 'XYZ' }, 'textsHash'],
      ['services that are not booleans', { ...makeRecord(), services: { ga4: 1 } }, 'services.ga4'],
      ['an unknown policy', { ...makeRecord(), policy: 'always' }, 'policy'],
      ['a region that is not a code', { ...makeRecord(), region: 'Île de France' }, 'region']
    ])('refuses %s with 400 and a reason, storing nothing', async (_name, body, reason) => {
      let response = await post(ledger, body)
      expect(response.status).toBe(400)
      expect((await response.json()).error).toContain(reason)
      let id = typeof body === 'object' && body !== null && 'id' in body ? body.id : undefined
      if (typeof id === 'string') expect((await call(ledger, `/consent/${id}`)).status).toBe(404)
    })

    it('refuses a body over 8 KB with 413, announced or streamed', async () => {
      let big = JSON.stringify({ ...makeRecord(), region: 'x'.repeat(9000) })
      expect((await post(ledger, big)).status).toBe(413)
      let stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)))
          controller.close()
        }
      })
      let request = new Request('http://ledger.test/consent', {
        method: 'POST',
        body: stream,
        headers: { 'Content-Type': 'text/plain' },
        duplex: 'half'
      } as RequestInit)
      expect((await ledger.fetch(request)).status).toBe(413)
    })

    it('refuses other content types with 415', async () => {
      let response = await post(ledger, makeRecord(), { 'Content-Type': 'application/x-www-form-urlencoded' })
      expect(response.status).toBe(415)
    })

    it('refuses a disallowed Origin with 403 and answers an allowed one with CORS headers', async () => {
      let record = makeRecord()
      expect((await post(ledger, record, { Origin: 'https://evil.example' })).status).toBe(403)
      expect((await call(ledger, `/consent/${record.id}`)).status).toBe(404)
      let allowed = await post(ledger, record, { Origin: ORIGIN })
      expect(allowed.status).toBe(201)
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN)
      expect(allowed.headers.get('vary')).toBe('Origin')
    })

    it('answers the preflight of an allowed Origin, and 403 to others', async () => {
      let preflight = (origin: string): Promise<Response> =>
        ledger.fetch(
          new Request('http://ledger.test/consent', {
            method: 'OPTIONS',
            headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' }
          })
        )
      let ok = await preflight(ORIGIN)
      expect(ok.status).toBe(204)
      expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN)
      expect(ok.headers.get('access-control-allow-methods')).toBe('POST')
      expect(ok.headers.get('access-control-allow-headers')).toBe('Content-Type')
      expect((await preflight('https://evil.example')).status).toBe(403)
    })

    it('limits each address with a token bucket: 429 with Retry-After', async () => {
      let limited = ledgerWith({ rateLimit: { capacity: 3, refillPerSecond: 0.5 } })
      let statuses = []
      for (let i = 0; i < 4; i++) statuses.push((await post(limited, makeRecord(), {}, '203.0.113.9')).status)
      expect(statuses).toEqual([201, 201, 201, 429])
      let refused = await post(limited, makeRecord(), {}, '203.0.113.9')
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect((await post(limited, makeRecord(), {}, '203.0.113.10')).status).toBe(201)
    })

    it('keeps a salted address hash only with ipHash, never the address', async () => {
      let hashing = ledgerWith({ ipHash: { salt: 'pepper' } })
      let record = makeRecord()
      await post(hashing, record, {}, '203.0.113.77')
      let text = await (await call(ledger, `/consent/${record.id}`)).text()
      expect(JSON.parse(text).records[0].ipHash).toMatch(/^[0-9a-f]{16}$/)
      expect(text).not.toContain('203.0.113.77')
      let plain = makeRecord()
      await post(ledger, plain, {}, '203.0.113.77')
      expect((await (await call(ledger, `/consent/${plain.id}`)).json()).records[0].ipHash).toBeUndefined()
    })
  })

  describe(`ledger on ${kind.name}: token routes`, () => {
    it.each(['/consent/x1', '/consent', '/stats', '/export'])('answers 401 to GET %s without the right token', async path => {
      for (let token of [null, '', 'wrong', TOKEN + 'x', TOKEN.slice(1)]) {
        let response = await call(ledger, path, 'GET', token)
        expect(response.status).toBe(401)
        expect(response.headers.get('www-authenticate')).toBe('Bearer')
      }
    })

    it('answers 401 to DELETE without the token and erases nothing', async () => {
      let record = makeRecord()
      await post(ledger, record)
      expect((await call(ledger, `/consent/${record.id}`, 'DELETE', 'nope')).status).toBe(401)
      expect((await call(ledger, `/consent/${record.id}`)).status).toBe(200)
    })

    it('erases every record of one decision id', async () => {
      let record = makeRecord()
      await post(ledger, record)
      await post(ledger, { ...record, method: 'reject-all' })
      let kept = makeRecord()
      await post(ledger, kept)
      let response = await call(ledger, `/consent/${record.id}`, 'DELETE')
      expect(await response.json()).toEqual({ id: record.id, erased: 2 })
      expect((await call(ledger, `/consent/${record.id}`)).status).toBe(404)
      expect((await call(ledger, `/consent/${kept.id}`)).status).toBe(200)
      let exported = await (await call(ledger, '/export')).text()
      expect(exported).not.toContain(record.id)
    })

    it('lists the latest records, newest first', async () => {
      let older = makeRecord({}, Date.now() + 1000)
      let newer = makeRecord({}, Date.now() + 2000)
      await post(ledger, newer)
      await post(ledger, older)
      let records = (await (await call(ledger, '/consent?limit=2')).json()).records
      expect(records.map((record: { id: string }) => record.id)).toEqual([newer.id, older.id])
      expect((await call(ledger, '/consent?limit=0')).status).toBe(400)
    })

    it('counts decisions per method and grants per category and service', async () => {
      let category = `c${Date.now().toString(36)}`
      let service = `s${Date.now().toString(36)}`
      let day = new Date().toISOString().slice(0, 10)
      let today = async (): Promise<{ methods: Record<string, number>; categories: any; services: any }> => {
        let body = await (await call(ledger, '/stats?interval=day')).json()
        return body.buckets.find((bucket: { start: string }) => bucket.start.startsWith(day))
      }
      let before = await today()
      await post(ledger, makeRecord({ method: 'accept-all', categories: { [category]: true }, services: { [service]: true } }))
      await post(ledger, makeRecord({ method: 'reject-all', categories: { [category]: false }, services: { [service]: false } }))
      await post(ledger, makeRecord({ method: 'custom', categories: { [category]: true } }))
      let after = await today()
      expect(after.categories[category]).toEqual({ granted: 2, total: 3 })
      expect(after.services[service]).toEqual({ granted: 1, total: 2 })
      expect(after.methods['reject-all'] - (before?.methods['reject-all'] ?? 0)).toBe(1)
      let monthly = await (await call(ledger, '/stats?interval=month')).json()
      expect(monthly.buckets.at(-1).start).toBe(day.slice(0, 8) + '01T00:00:00Z')
      expect((await call(ledger, '/stats?interval=hour')).status).toBe(400)
      expect((await call(ledger, '/stats?from=2026-02-01&to=2026-01-01')).status).toBe(400)
    })

    it('streams an export as NDJSON, one page of rows per read', async () => {
      let start = Date.now() - 20 * 60 * 60 * 1000
      let ids = []
      for (let i = 0; i < 260; i++) {
        let record = makeRecord({}, start + i * 1000)
        ids.push(record.id)
        await store.insert({ record, receivedAt: new Date(), ipHash: null, contentHash: record.id })
      }
      let pages = 0
      let counting: LedgerStore = {
        ...store,
        exportPage: (...args) => {
          pages += 1
          return store.exportPage(...args)
        }
      }
      let exporter = ledgerWith({ store: counting, exportPageSize: 50 })
      let range = `from=${new Date(start).toISOString()}&to=${new Date(start + 260 * 1000).toISOString()}`
      let response = await call(exporter, `/export?${range}`)
      expect(response.headers.get('content-type')).toContain('application/x-ndjson')
      let reader = response.body!.getReader()
      let first = new TextDecoder().decode((await reader.read()).value)
      expect(first.trim().split('\n')).toHaveLength(50)
      expect(pages).toBeLessThanOrEqual(2)
      let rest = ''
      for (;;) {
        let { done, value } = await reader.read()
        if (done) break
        rest += new TextDecoder().decode(value)
      }
      let lines = (first + rest).trim().split('\n').map(line => JSON.parse(line))
      expect(lines.map(line => line.id)).toEqual(ids)
      expect(pages).toBe(6)
    })

    it('purges records past retention, dropping whole monthly partitions', async () => {
      let now = Date.now()
      let old = makeRecord({}, now - 100 * DAY)
      let edge = makeRecord({}, now - 40 * DAY)
      let recent = makeRecord({}, now)
      for (let record of [old, edge, recent]) {
        await store.insert({ record, receivedAt: new Date(), ipHash: null, contentHash: record.id })
      }
      let result = await ledgerWith({ retentionDays: 35 }).purge()
      expect(result.droppedPartitions).toContain(partitionName(new Date(old.timestamp)))
      expect(result.droppedPartitions).not.toContain(partitionName(new Date(recent.timestamp)))
      for (let gone of [old, edge]) expect((await call(ledger, `/consent/${gone.id}`)).status).toBe(404)
      expect((await call(ledger, `/consent/${recent.id}`)).status).toBe(200)
    })
  })

  describe(`ledger on ${kind.name}: routes, dashboard, migrations`, () => {
    it('answers every route of docs/ledger.openapi.json (and no other)', async () => {
      let spec = JSON.parse(readFileSync('docs/ledger.openapi.json', 'utf8'))
      for (let [path, methods] of Object.entries<Record<string, unknown>>(spec.paths)) {
        for (let method of Object.keys(methods)) {
          let url = path.replace('{id}', 'no-such-id')
          let request = new Request('http://ledger.test' + url, {
            method: method.toUpperCase(),
            headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain', Origin: ORIGIN },
            body: method === 'post' ? JSON.stringify(makeRecord()) : undefined
          })
          let response = await ledger.fetch(request)
          let answer = response.status === 404 ? (await response.json()).error : ''
          expect([response.status, answer], `${method} ${path}`).not.toEqual([404, 'no such route'])
          expect(response.status, `${method} ${path}`).not.toBe(405)
          if (path !== '/consent/{id}') expect(response.status, `${method} ${path}`).toBeLessThan(300)
        }
      }
      expect((await call(ledger, '/nowhere')).status).toBe(404)
      let wrong = await call(ledger, '/stats', 'POST')
      expect(wrong.status).toBe(405)
      expect(wrong.headers.get('allow')).toBe('GET')
    })

    it('serves the dashboard under a CSP with no inline script or style', async () => {
      let page = await call(ledger, '/dashboard', 'GET', null)
      let csp = page.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      let html = await page.text()
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/)
      expect(html).not.toMatch(/https?:\/\//)
      let script = await call(ledger, '/dashboard.js', 'GET', null)
      expect(script.headers.get('content-type')).toContain('text/javascript')
      expect(await script.text()).not.toContain('innerHTML')
    })

    it('runs the schema migrations once, at start, and keeps the records across a reopen', async () => {
      expect(await store.schemaVersions()).toEqual(MIGRATIONS.map(migration => migration.version))
      let record = makeRecord()
      await post(ledger, record)
      await store.close()
      store = reopen()
      ledger = createLedger({ store, token: TOKEN, allowedOrigins: [ORIGIN], retentionDays: 1825 })
      await ledger.ready
      expect(await store.schemaVersions()).toEqual(MIGRATIONS.map(migration => migration.version))
      expect((await call(ledger, `/consent/${record.id}`)).status).toBe(200)
    })
  })
}
