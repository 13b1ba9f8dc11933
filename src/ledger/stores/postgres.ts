// The server store: PostgreSQL through the `postgres` driver, a pool shared by all requests.
import { loadPeer } from './client.js'
import { sqlStore } from './sql-store.js'
import type { LedgerStore } from '../types.js'
import type { SqlClient } from './client.js'

export interface PostgresStoreOptions {
  /** Connection URL, e.g. `postgres://ledger:secret@db:5432/consent`. */
  url: string
  /** Pool size. Default 10. */
  max?: number
}

interface Sql {
  unsafe(text: string, params?: unknown[], options?: { prepare: boolean }): Promise<Record<string, unknown>[]>
  begin<T>(work: (sql: Sql) => Promise<T>): Promise<T>
  end(options?: { timeout?: number }): Promise<void>
}

// Never echo a URL back: it may hold a password.
function describe(url: unknown): string {
  return typeof url === 'string' ? 'a string that is not a postgres:// URL' : String(url)
}

function adapt(sql: Sql): SqlClient {
  return {
    // Prepared: PostgreSQL parses and plans each of our few statements once per connection.
    query: async (text, params) => [...(await sql.unsafe(text, params ?? [], { prepare: true }))],
    exec: async text => {
      await sql.unsafe(text)
    },
    transaction: work => sql.begin(tx => work(adapt(tx))),
    close: () => sql.end({ timeout: 5 })
  }
}

/**
 * Keeps records on a PostgreSQL server (needs `npm install postgres`). Several ledger processes
 * can share one database: migrations take a lock, inserts are idempotent.
 *
 * @example
 * createLedger({ store: postgresStore({ url: process.env.DATABASE_URL }), token, allowedOrigins })
 */
export function postgresStore(options: PostgresStoreOptions): LedgerStore {
  if (typeof options?.url !== 'string' || !/^postgres(ql)?:\/\//.test(options.url)) {
    throw new TypeError(`consentry: postgresStore url: pass a postgres:// URL (got ${describe(options?.url)})`)
  }
  return sqlStore('postgres', async () => {
    let driver = await loadPeer(() => import('postgres'), 'postgres')
    let sql = driver.default(options.url, {
      max: options.max ?? 10,
      onnotice: () => {}
    }) as unknown as Sql
    return adapt(sql)
  })
}
