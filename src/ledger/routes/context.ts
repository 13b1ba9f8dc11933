// What every route receives.
import type { LedgerOptions } from '../options.js'
import type { LedgerStore } from '../types.js'

export interface Context {
  request: Request
  url: URL
  /** The path's captured parts, e.g. the id of `/consent/:id`, decoded. */
  params: string[]
  /** The sender's address when known (never stored as is). */
  address: string | null
  options: LedgerOptions
  store: LedgerStore
  now: number
}

export type Handler = (context: Context) => Promise<Response> | Response
