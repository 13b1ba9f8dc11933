// consentry/ledger: receive, keep, answer and forget consent records (Node and other servers).
export { createLedger } from '../ledger/handler.js'
export type { Ledger, RequestInfo } from '../ledger/handler.js'
export type { LedgerOptions } from '../ledger/options.js'
export type { RateLimitOptions } from '../ledger/rate-limit.js'
export { listen, toNodeHandler } from '../ledger/node.js'
export type { ListenOptions } from '../ledger/node.js'
export { pgliteStore } from '../ledger/stores/pglite.js'
export type { PgliteStoreOptions } from '../ledger/stores/pglite.js'
export { postgresStore } from '../ledger/stores/postgres.js'
export type { PostgresStoreOptions } from '../ledger/stores/postgres.js'
export { validateRecord } from '../ledger/validate.js'
export { MIGRATIONS } from '../ledger/schema.js'
export type {
  ConsentRecord,
  LedgerMethod,
  LedgerStore,
  StatsBucket,
  StatsInterval,
  StoredRecord
} from '../ledger/types.js'
