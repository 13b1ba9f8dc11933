// The little a store needs from a PostgreSQL driver; PGlite and `postgres` each adapt to it.

export type Row = Record<string, unknown>

/**
 * A connection (or pool) that runs SQL with `$1` parameters.
 *
 * @example
 * let rows = await client.query('select 1 as one') // [{ one: 1 }]
 */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<Row[]>
  /** Runs several statements at once, with no parameters (migrations). */
  exec(text: string): Promise<void>
  /** Runs `work` in one transaction, committed when it resolves. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * Loads an optional peer dependency, or says how to install it.
 *
 * @example
 * let { PGlite } = await loadPeer(() => import('@electric-sql/pglite'), '@electric-sql/pglite')
 */
export async function loadPeer<T>(load: () => Promise<T>, name: string): Promise<T> {
  try {
    return await load()
  } catch (error) {
    let code = (error as { code?: string }).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(`consentry ledger needs ${name}: npm install ${name}`, { cause: error })
    }
    throw error
  }
}
