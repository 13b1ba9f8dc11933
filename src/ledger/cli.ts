// `consentry ledger …`: run the ledger over HTTP, or purge old records, from the command line.
import { parseArgs } from 'node:util'

import { createLedger } from './handler.js'
import { listen } from './node.js'
import { pgliteStore } from './stores/pglite.js'
import { postgresStore } from './stores/postgres.js'
import type { RateLimitOptions } from './rate-limit.js'
import type { LedgerStore } from './types.js'

const DAY = 24 * 60 * 60 * 1000

export const HELP = `Usage:
  consentry ledger [options]          receive and keep consent records over HTTP
  consentry ledger purge [options]    remove records older than the retention period, then exit

Options:
  --data <folder>            embedded PGlite database folder (default ./consent-ledger)
  --database-url <url>       a PostgreSQL server instead, postgres://user:password@host:5432/db
  --token <secret>           token of the read, export and delete routes (or env LEDGER_TOKEN)
  --port <number>            default 8787
  --host <address>           default 127.0.0.1; 0.0.0.0 to accept other machines
  --allowed-origin <origin>  an origin allowed to POST records; repeat it (default: any origin)
  --retention-days <days>    default 1825 (five years); purged at start and daily
  --ip-salt <secret>         store a salted 16-digit hash of each sender's address
  --trust-proxy              read the sender's address from X-Forwarded-For
  --rate-limit <n>/<per-s>   per-address token bucket, e.g. 600/60 (the default), or off
  -h, --help                 this help
`

const OPTIONS = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  token: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'allowed-origin': { type: 'string', multiple: true },
  'retention-days': { type: 'string' },
  'ip-salt': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'rate-limit': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

class UsageError extends Error {}

function wholeNumber(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number (got ${text})`)
  return Number(text)
}

function rateLimitFrom(text: string | undefined): RateLimitOptions | false | undefined {
  if (text === undefined) return undefined
  if (text === 'off') return false
  let found = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(text)
  if (!found) throw new UsageError(`--rate-limit must be <capacity>/<per second> such as 600/60, or off (got ${text})`)
  return { capacity: Number(found[1]), refillPerSecond: Number(found[2]) }
}

function storeFrom(values: Values): LedgerStore {
  if (values['database-url'] !== undefined) return postgresStore({ url: values['database-url'] })
  return pgliteStore({ dataDir: values.data ?? './consent-ledger' })
}

async function purge(values: Values, retentionDays: number): Promise<number> {
  let store = storeFrom(values)
  await store.open()
  try {
    let result = await store.purge(new Date(Date.now() - retentionDays * DAY))
    let dropped = result.droppedPartitions.join(', ') || 'none'
    console.log(`consentry ledger: purged ${result.deleted} records; dropped partitions: ${dropped}`)
  } finally {
    await store.close()
  }
  return 0
}

async function serve(values: Values, retentionDays: number): Promise<number> {
  let token = values.token ?? process.env.LEDGER_TOKEN
  if (!token) throw new UsageError('pass --token <secret> or set LEDGER_TOKEN')
  let allowedOrigins = values['allowed-origin'] ?? ['*']
  if (values['allowed-origin'] === undefined) {
    console.error('consentry ledger: accepting records from any origin; restrict it with --allowed-origin')
  }
  // Every argument is checked before the store opens: a typo never leaves a database folder behind.
  let port = wholeNumber(values.port, 8787, 'port')
  let rateLimit = rateLimitFrom(values['rate-limit'])
  let salt = values['ip-salt']
  let ledger = createLedger({
    store: storeFrom(values),
    token,
    allowedOrigins,
    retentionDays,
    ipHash: salt ? { salt } : undefined,
    trustProxy: values['trust-proxy'] === true,
    rateLimit
  })
  let server = await listen(ledger, { port, host: values.host })
  let purgeNow = (): void => {
    ledger.purge().catch(error => console.error('consentry ledger: purge failed:', error))
  }
  purgeNow()
  setInterval(purgeNow, DAY).unref()
  console.log(`consentry ledger: listening on ${server.url} (${ledger.store.kind})`)
  await new Promise<void>(resolve => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await server.close()
  return 0
}

/**
 * Runs `consentry ledger` with the arguments after `ledger`; resolves to the exit code
 * (0 done, 1 failed, 2 wrong usage).
 *
 * @example
 * process.exitCode = await run(['--port', '8787', '--token', 'secret'])
 */
export async function run(args: string[]): Promise<number> {
  try {
    let { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true })
    if (values.help) {
      console.log(HELP)
      return 0
    }
    if (positionals.length > 1 || (positionals.length === 1 && positionals[0] !== 'purge')) {
      throw new UsageError(`unknown command: ${positionals.join(' ')}`)
    }
    let retentionDays = wholeNumber(values['retention-days'], 1825, 'retention-days')
    if (positionals[0] === 'purge') return await purge(values, retentionDays)
    return await serve(values, retentionDays)
  } catch (error) {
    let usage = error instanceof UsageError || error instanceof TypeError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    console.error(`consentry ledger: ${(error as Error).message}`)
    if (usage) console.error('Run "consentry ledger --help" for the options.')
    return usage ? 2 : 1
  }
}
