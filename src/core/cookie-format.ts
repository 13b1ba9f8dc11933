import { DEFAULT_MAX_AGE_DAYS } from './config.js'
import type { Decision, DecisionMethod } from './types.js'

/**
 * The decision cookie format — one line, no JSON, under 1 KB. Shared by the browser engine,
 * `consentry/server` and `consentry/testing`, so the three cannot drift.
 *
 *   1.<revision>.<timestamp ms, base 36>.<method>.<id>.<category>:<0|1>|<category>:<0|1>…
 *   2.<revision>.<timestamp ms, base 36>.<method>.<id>.<categories as in 1>.<service>:<0|1>|…
 *
 * e.g. `1.3.mifr5yq8.r.8c1e5a52-4f0e-4bfb-9d3c-3d2b0f0e6a1f.analytics:0|marketing:0`.
 * `necessary` is implicit and never stored. Version 2 is written only when services are
 * configured, so a site without services keeps reading (and writing) version 1.
 */
export const FORMAT_VERSION = 1
/** The version that also carries one flag per service. */
export const FORMAT_VERSION_SERVICES = 2

/** Each method is stored as one letter. */
export const METHOD_CODES: Record<DecisionMethod, string> = {
  'accept-all': 'a',
  'reject-all': 'r',
  custom: 'c',
  gpc: 'g',
  'opt-out': 'o'
}

const METHODS_BY_CODE: Record<string, DecisionMethod> = Object.fromEntries(
  Object.entries(METHOD_CODES).map(([method, code]) => [code, method as DecisionMethod])
)

/** Longer values are not ours (and some browsers would not send them back). */
const MAX_LENGTH = 1024
/** Clocks drift: a timestamp up to 5 minutes ahead is still a real decision. */
const CLOCK_SKEW_MS = 5 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const FLAGS = '\\w[\\w-]*:[01](?:\\|\\w[\\w-]*:[01])*'
const PATTERN = new RegExp(
  `^([12])\\.(\\d+)\\.([\\da-z]{1,10})\\.([a-z])\\.([\\w-]{8,64})\\.(${FLAGS})(?:\\.(${FLAGS}))?$`
)

export interface ParseOptions {
  /** The current config revision; a different one voids the decision. Default 1. */
  revision?: number
  /** Configured categories (without `necessary`); when given, the stored set must equal it. */
  categories?: string[]
  /** Configured services; when given, the stored set must equal it. */
  services?: string[]
  /** Older decisions are void. Default 182. */
  maxAgeDays?: number
  /** Current time in ms, for tests. */
  now?: number
}

/** `name:1|other:0` for every entry of `flags` except `necessary`. */
function writeFlags(flags: Record<string, boolean>): string {
  let list: string[] = []
  for (let name in flags) {
    if (name !== 'necessary') list.push(`${name}:${flags[name] ? 1 : 0}`)
  }
  return list.join('|')
}

/**
 * Serializes a decision into the cookie value: version 2 when it has services, else version 1.
 *
 * @example
 * serializeDecision(consent.getDecision()!) // '1.1.mifr5yq8.a.…'
 */
export function serializeDecision(decision: Decision): string {
  let services = decision.services && Object.keys(decision.services).length > 0 ? decision.services : undefined
  let fields = [
    services ? FORMAT_VERSION_SERVICES : FORMAT_VERSION,
    decision.revision,
    Date.parse(decision.timestamp).toString(36),
    METHOD_CODES[decision.method],
    decision.id,
    writeFlags(decision.categories)
  ]
  if (services) fields.push(writeFlags(services))
  return fields.join('.')
}

/**
 * Reads `a:1|b:0` into `target`, checking each name against `expected` (when given). Returns false
 * for a repeated or unexpected name, or a count that differs from `expected`.
 */
function readFlags(text: string | undefined, target: Record<string, boolean>, expected?: string[]): boolean {
  let items = text ? text.split('|') : []
  if (expected && expected.length !== items.length) return false
  for (let item of items) {
    let [name, bit] = item.split(':')
    // A repeated name (or a stored "necessary") means the value was forged; so does one not configured.
    if (name in target || (expected && !expected.includes(name))) return false
    target[name] = bit === '1'
  }
  return true
}

/** Whether the method contradicts a flag: accept-all with a refusal, reject-all with a grant. */
function contradicts(method: DecisionMethod, flags: Record<string, boolean>): boolean {
  let values = Object.values(flags)
  if (method === 'accept-all') return values.includes(false)
  if (method === 'reject-all') return values.includes(true)
  return false
}

/**
 * Reads a decision cookie value; anything malformed, tampered, expired, from another
 * revision or another set of categories or services gives `null`, never a throw.
 *
 * @example
 * parseDecision(value, { revision: 2, categories: ['analytics'] }) // Decision | null
 */
export function parseDecision(value: unknown, options: ParseOptions = {}): Decision | null {
  let { now = Date.now(), revision = 1, maxAgeDays = DEFAULT_MAX_AGE_DAYS } = options
  if (typeof value !== 'string' || value.length >= MAX_LENGTH) return null
  let match = PATTERN.exec(value)
  if (!match) return null
  let [, version, storedRevision, time36, code, id, categoryFlags, serviceFlags] = match
  let method = METHODS_BY_CODE[code]
  // At most 10 base-36 digits: always a valid Date, so toISOString cannot throw.
  let time = parseInt(time36, 36)
  // Compared as strings: a tampered "01" is not revision 1.
  if (!method || storedRevision !== String(revision)) return null
  if (time > now + CLOCK_SKEW_MS || now - time > maxAgeDays * DAY_MS) return null
  // Version 1 has no services; version 2 always has them.
  if ((version === String(FORMAT_VERSION_SERVICES)) !== (serviceFlags !== undefined)) return null
  let categories: Record<string, boolean> = { necessary: true }
  if (!readFlags(categoryFlags, categories, options.categories)) return null
  let services: Record<string, boolean> = {}
  if (!readFlags(serviceFlags, services, options.services)) return null
  let chosen: Record<string, boolean> = { ...categories, ...services }
  delete chosen.necessary
  if (contradicts(method, chosen)) return null
  let decision: Decision = { id, timestamp: new Date(time).toISOString(), revision: Number(storedRevision), method, categories }
  if (serviceFlags !== undefined) decision.services = services
  return decision
}

/**
 * A random decision id: `crypto.randomUUID` where there is one, else random base 36 and the time.
 *
 * @example
 * randomId() // '3b1f2c4d-…'
 */
export function randomId(): string {
  if (typeof crypto === 'object' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  // Non-secure contexts (http) have no randomUUID: ≥ 9 characters, unique enough for a record.
  return Math.random().toString(36).slice(2) + Date.now().toString(36)
}
