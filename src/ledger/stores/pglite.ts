// The embedded store: PGlite (PostgreSQL compiled to WASM) in a folder. No server to run.
import { loadPeer } from './client.js'
import { sqlStore } from './sql-store.js'
import type { LedgerStore } from '../types.js'
import type { SqlClient } from './client.js'

export interface PgliteStoreOptions {
  /** Folder of the database, created when missing, e.g. `./consent-ledger`. */
  dataDir: string
}

interface PgliteLike {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
  exec(text: string): Promise<unknown>
  transaction<T>(work: (tx: PgliteLike) => Promise<T>): Promise<T>
  close?(): Promise<void>
}

function adapt(db: PgliteLike, close: () => Promise<void>): SqlClient {
  return {
    query: async (text, params) => (await db.query(text, params)).rows,
    exec: async text => {
      await db.exec(text)
    },
    transaction: work => db.transaction(tx => work(adapt(tx, async () => {}))),
    close
  }
}

/**
 * Keeps records in a local folder with PGlite (needs `npm install @electric-sql/pglite`). One
 * process at a time per folder; commits are written before the ledger acknowledges a record.
 *
 * @example
 * createLedger({ store: pgliteStore({ dataDir: './consent-ledger' }), token, allowedOrigins })
 */
export function pgliteStore(options: PgliteStoreOptions): LedgerStore {
  if (typeof options?.dataDir !== 'string' || options.dataDir === '') {
    throw new TypeError(`consentry: pgliteStore dataDir: pass a folder path (got ${String(options?.dataDir)})`)
  }
  // One connection: one write at a time; concurrent posts join the next write.
  return sqlStore('pglite', async () => {
    let { PGlite } = await loadPeer(() => import('@electric-sql/pglite'), '@electric-sql/pglite')
    let db = (await PGlite.create({ dataDir: options.dataDir })) as unknown as PgliteLike
    return adapt(db, async () => {
      await db.close?.()
    })
  }, { maxInFlight: 1 })
}
