// Shared by the ledger tests: valid records, requests, and the two stores on throwaway databases.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { startPostgres } from '../../scripts/postgres.js'
import { pgliteStore } from '../../src/ledger/stores/pglite.js'
import { postgresStore } from '../../src/ledger/stores/postgres.js'
import type { Ledger } from '../../src/ledger/handler.js'
import type { ConsentRecord, LedgerStore } from '../../src/ledger/types.js'

export const TOKEN = 'test-token-0123456789abcdef'
export const ORIGIN = 'https://www.example.com'

let counter = 0

/** A valid record with a fresh id, decided now (or `at`). */
export function makeRecord(overrides: Partial<ConsentRecord> = {}, at = Date.now()): ConsentRecord {
  counter += 1
  return {
    id: `test-${process.pid}-${Date.now().toString(36)}-${counter}`,
    timestamp: new Date(at).toISOString(),
    revision: 1,
    method: 'custom',
    categories: { necessary: true, analytics: true, marketing: false },
    language: 'en',
    textsHash: '1f0b9a43',
    ...overrides
  }
}

/** POST /consent as a browser's sendBeacon would (text/plain), or with other headers. */
export function post(ledger: Ledger, body: unknown, headers: Record<string, string> = {}, address = '198.51.100.1'): Promise<Response> {
  let text = typeof body === 'string' ? body : JSON.stringify(body)
  let request = new Request('http://ledger.test/consent', {
    method: 'POST',
    body: text,
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', ...headers }
  })
  return ledger.fetch(request, { clientAddress: address })
}

/** A token route (or any route) with the right token unless `token` says otherwise. */
export function call(ledger: Ledger, path: string, method = 'GET', token: string | null = TOKEN): Promise<Response> {
  let headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` }
  return ledger.fetch(new Request('http://ledger.test' + path, { method, headers }), { clientAddress: '198.51.100.2' })
}

export interface StoreKind {
  name: 'pglite' | 'postgres'
  /** A new store on an empty database, and how to throw the database away. */
  create(): Promise<{ store: LedgerStore; reopen(): LedgerStore; dispose(): Promise<void> }>
}

export const PGLITE: StoreKind = {
  name: 'pglite',
  async create() {
    let dir = mkdtempSync(join(tmpdir(), 'consentry-pglite-'))
    return {
      store: pgliteStore({ dataDir: dir }),
      reopen: () => pgliteStore({ dataDir: dir }),
      dispose: async () => rmSync(dir, { recursive: true, force: true })
    }
  }
}

export const POSTGRES: StoreKind = {
  name: 'postgres',
  async create() {
    let cluster = await startPostgres()
    return {
      store: postgresStore({ url: cluster.url }),
      reopen: () => postgresStore({ url: cluster.url }),
      dispose: () => cluster.stop()
    }
  }
}
