// createLedger's options: checked once, at configuration time, with errors that say what to pass.
import type { RateLimitOptions } from './rate-limit.js'
import type { LedgerStore } from './types.js'

export interface LedgerOptions {
  /** `pgliteStore({ dataDir })` or `postgresStore({ url })`. */
  store: LedgerStore
  /** Bearer token for every read, export and delete route (and the dashboard's data). */
  token: string
  /** Origins whose pages may POST records, e.g. `['https://www.example.com']`; `'*'` allows any. */
  allowedOrigins: string[]
  /** Records decided longer ago than this are removed by `purge()`. */
  retentionDays: number
  /** Keep a salted hash of the sender's address (16 hex digits, for counting only). Off by default. */
  ipHash?: { salt: string }
  /** Per-address token bucket; `false` turns it off. */
  rateLimit?: RateLimitOptions | false
  /** Take the sender's address from the first `X-Forwarded-For` entry (behind your own proxy only). */
  trustProxy?: boolean
  /** Where the routes are mounted, e.g. `/api/ledger`. Default ''. */
  basePath?: string
  /** Rows per database query while streaming an export. Default 1000. */
  exportPageSize?: number
}

function fail(option: string, expected: string, got: unknown): never {
  let shown = typeof got === 'string' ? 'a string' : Array.isArray(got) ? 'an array' : String(got)
  throw new TypeError(`consentry: ${option}: pass ${expected} (got ${shown})`)
}

/**
 * Throws a TypeError naming the first misused option.
 *
 * @example
 * checkOptions({ store, token: '', allowedOrigins: [], retentionDays: 30 }) // TypeError: consentry: token: …
 */
export function checkOptions(options: LedgerOptions): void {
  if (typeof options !== 'object' || options === null) fail('createLedger', 'an options object', options)
  let store = options.store as Partial<LedgerStore> | undefined
  if (typeof store?.open !== 'function' || typeof store.insert !== 'function') {
    fail('store', 'pgliteStore({ dataDir }) or postgresStore({ url })', store)
  }
  if (typeof options.token !== 'string' || options.token.length < 8) {
    fail('token', 'a secret string of at least 8 characters, e.g. from `openssl rand -hex 32`', options.token)
  }
  let origins = options.allowedOrigins
  if (!Array.isArray(origins) || origins.some(origin => typeof origin !== 'string' || !/^(\*|https?:\/\/[^/]+)$/.test(origin))) {
    fail('allowedOrigins', "an array of origins such as ['https://www.example.com'] (or ['*'])", origins)
  }
  if (!Number.isInteger(options.retentionDays) || options.retentionDays < 1) {
    fail('retentionDays', 'a whole number of days >= 1, e.g. 1825', options.retentionDays)
  }
  if (options.ipHash !== undefined && (typeof options.ipHash?.salt !== 'string' || options.ipHash.salt === '')) {
    fail('ipHash', '{ salt: "a secret string" }', options.ipHash)
  }
  if (options.basePath !== undefined && !/^(\/[\w.~-]+)*$/.test(options.basePath)) {
    fail('basePath', "a path such as '/api/ledger' (no trailing slash)", options.basePath)
  }
  let pageSize = options.exportPageSize
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1)) {
    fail('exportPageSize', 'a whole number >= 1', pageSize)
  }
}
