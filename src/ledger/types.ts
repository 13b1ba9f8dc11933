// The shapes shared by the ledger's handler and its stores.

/** How a decision was made; `opt-out` is a decision recorded under an opt-out policy. */
export type LedgerMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'opt-out'

/**
 * One consent record as `consentry/proof` sends it, validated and normalized.
 *
 * @example
 * { id: '3b1f…', timestamp: '2026-11-28T09:00:00.000Z', revision: 1, method: 'accept-all',
 *   categories: { necessary: true, analytics: true }, language: 'en', textsHash: '1f0b9a43' }
 */
export interface ConsentRecord {
  id: string
  timestamp: string
  revision: number
  method: LedgerMethod
  categories: Record<string, boolean>
  language: string
  textsHash: string
  services?: Record<string, boolean>
  policy?: 'opt-in' | 'opt-out' | 'none'
  region?: string
}

/** A record as the ledger keeps it: what was sent, plus the server's own receive time. */
export interface StoredRecord extends ConsentRecord {
  receivedAt: string
  /** Salted, truncated hash of the sender's address (only with the `ipHash` option). */
  ipHash?: string
}

/** What the handler asks a store to append. */
export interface NewRecord {
  record: ConsentRecord
  receivedAt: Date
  ipHash: string | null
  /** SHA-256 of the record's canonical JSON: a retry of the same content is stored once. */
  contentHash: string
}

export type StatsInterval = 'day' | 'week' | 'month'

/** Counts for one time bucket. */
export interface StatsBucket {
  start: string
  decisions: number
  methods: Record<string, number>
  categories: Record<string, { granted: number; total: number }>
  services: Record<string, { granted: number; total: number }>
}

/** Where an export page ends; the next page starts after it. */
export interface ExportCursor {
  timestamp: string
  seq: string
}

/**
 * Where the ledger keeps records: `pgliteStore()` or `postgresStore()`. One SQL schema for both.
 *
 * @example
 * let store = pgliteStore({ dataDir: './consent-ledger' })
 * await store.open()
 */
export interface LedgerStore {
  readonly kind: string
  /** Connects and runs the pending schema migrations. */
  open(): Promise<void>
  /** The schema migrations applied to the database, in order. */
  schemaVersions(): Promise<number[]>
  /** Appends a record once committed; false when the same content was already there. */
  insert(entry: NewRecord): Promise<boolean>
  byId(id: string): Promise<StoredRecord[]>
  latest(limit: number): Promise<StoredRecord[]>
  erase(id: string): Promise<number>
  stats(from: Date, to: Date, interval: StatsInterval): Promise<StatsBucket[]>
  /** One page of records in [from, to), oldest first, after `cursor`. */
  exportPage(
    from: Date,
    to: Date,
    cursor: ExportCursor | null,
    limit: number
  ): Promise<{ records: StoredRecord[]; next: ExportCursor | null }>
  /** Removes records decided before `before`: whole monthly partitions are dropped. */
  purge(before: Date): Promise<{ deleted: number; droppedPartitions: string[] }>
  close(): Promise<void>
}
