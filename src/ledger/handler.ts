// createLedger: one Web-standard fetch handler over a store. Node, Deno, Bun, Workers, Hono and
// Next route handlers all speak Request → Response.
import { sameSecret } from './crypto.js'
import { problem } from './http.js'
import { checkOptions } from './options.js'
import { createRateLimiter } from './rate-limit.js'
import { match } from './routes/table.js'
import type { LedgerOptions } from './options.js'
import type { Context } from './routes/context.js'
import type { LedgerStore } from './types.js'

const DAY = 24 * 60 * 60 * 1000

/** What the platform knows about the request beyond the Request itself. */
export interface RequestInfo {
  /** The sender's IP address (the Node adapter passes the socket's). */
  clientAddress?: string
}

export interface Ledger {
  /** Answers one HTTP request. Never throws: a failing store gives a 503 JSON error. */
  fetch(request: Request, info?: RequestInfo): Promise<Response>
  /** Resolves once the store is open and migrated; rejects if it cannot be. */
  ready: Promise<void>
  /** Removes the records older than `retentionDays` (drops whole monthly partitions). */
  purge(): Promise<{ deleted: number; droppedPartitions: string[] }>
  /** Closes the store. */
  close(): Promise<void>
  store: LedgerStore
}

function addressOf(request: Request, info: RequestInfo | undefined, trustProxy: boolean): string | null {
  if (trustProxy) {
    let forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return info?.clientAddress ?? null
}

async function authorized(request: Request, token: string): Promise<boolean> {
  let header = request.headers.get('authorization') ?? ''
  let given = header.startsWith('Bearer ') ? header.slice(7) : ''
  // Compared even when missing, so a missing and a wrong token take the same time.
  let same = await sameSecret(given, token)
  return same && given !== ''
}

/**
 * Creates the ledger. The store opens (and migrates) right away; requests wait for it.
 *
 * @example
 * let ledger = createLedger({
 *   store: pgliteStore({ dataDir: './consent-ledger' }),
 *   token: process.env.LEDGER_TOKEN,
 *   allowedOrigins: ['https://www.example.com'],
 *   retentionDays: 1825
 * })
 * let response = await ledger.fetch(new Request('http://ledger/health'))
 */
export function createLedger(options: LedgerOptions): Ledger {
  checkOptions(options)
  let { store, token } = options
  let basePath = options.basePath ?? ''
  let limit = options.rateLimit === false ? null : createRateLimiter(options.rateLimit)
  let ready = store.open()
  // Reported through fetch (503) and `ready`; never an unhandled rejection.
  ready.catch(() => {})

  async function handle(request: Request, info?: RequestInfo): Promise<Response> {
    let url = new URL(request.url)
    if (!url.pathname.startsWith(basePath)) return problem(404, 'no such route')
    let found = match(request.method, url.pathname.slice(basePath.length))
    if (found === null) return problem(404, 'no such route')
    if ('allow' in found) return problem(405, 'method not allowed', { Allow: found.allow.join(', ') })
    let now = Date.now()
    let address = addressOf(request, info, options.trustProxy === true)
    if (limit && address !== null && request.method !== 'OPTIONS') {
      let wait = limit(address, now)
      if (wait > 0) return problem(429, 'too many requests from this address', { 'Retry-After': String(wait) })
    }
    if (!found.route.public && !(await authorized(request, token))) {
      return problem(401, 'a valid token is required: Authorization: Bearer <token>', { 'WWW-Authenticate': 'Bearer' })
    }
    try {
      await ready
    } catch {
      return problem(503, 'the ledger store is not available')
    }
    let context: Context = { request, url, params: found.params, address, options, store, now }
    try {
      return await found.route.handle(context)
    } catch (error) {
      console.error('consentry ledger:', error)
      return problem(503, 'the ledger store failed; nothing was stored, try again')
    }
  }

  return {
    fetch: handle,
    ready,
    store,
    purge: async () => {
      await ready
      return store.purge(new Date(Date.now() - options.retentionDays * DAY))
    },
    close: async () => {
      await ready.catch(() => {})
      await store.close()
    }
  }
}
