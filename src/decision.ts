import type { Decision, DecisionMethod } from './types.js'

/**
 * The decision cookie format, version 1 — one line, no JSON, under 1 KB:
 *
 *   1.<revision>.<timestamp ms, base 36>.<method a|r|c|g>.<id>.<category>:<0|1>|<category>:<0|1>…
 *
 * e.g. `1.3.mifr5yq8.r.8c1e5a52-4f0e-4bfb-9d3c-3d2b0f0e6a1f.analytics:0|marketing:0`.
 * `necessary` is implicit and never stored. Shared by the browser engine, `consentry/server`
 * and `consentry/testing`, so the three cannot drift.
 */
export const FORMAT_VERSION = '1'

const METHODS: Record<string, DecisionMethod> = {
  a: 'accept-all',
  r: 'reject-all',
  c: 'custom',
  g: 'gpc'
}
const DAY = 864e5
// Clocks drift: a timestamp up to 5 minutes ahead is still a real decision.
const SKEW = 3e5

export interface ParseOptions {
  /** The current config revision; a different one voids the decision. Default 1. */
  revision?: number
  /** Configured categories (without `necessary`); when given, the stored set must equal it. */
  categories?: string[]
  /** Older decisions are void. Default 182. */
  maxAgeDays?: number
  /** Current time in ms, for tests. */
  now?: number
}

/**
 * Serializes a decision into the cookie value.
 *
 * @example
 * serializeDecision(consent.getDecision()!) // '1.1.mifr5yq8.a.…'
 */
export function serializeDecision(decision: Decision): string {
  let code = Object.keys(METHODS).find(k => METHODS[k] === decision.method)
  let cats = Object.keys(decision.categories)
    .filter(name => name !== 'necessary')
    .map(name => name + ':' + (decision.categories[name] ? 1 : 0))
  return [
    FORMAT_VERSION,
    decision.revision,
    Date.parse(decision.timestamp).toString(36),
    code,
    decision.id,
    cats.join('|')
  ].join('.')
}

/**
 * Reads a decision cookie value; anything malformed, tampered, expired, from another
 * revision or another set of categories gives `null`, never a throw.
 *
 * @example
 * parseDecision(value, { revision: 2, categories: ['analytics'] }) // Decision | null
 */
export function parseDecision(value: unknown, opts: ParseOptions = {}): Decision | null {
  if (typeof value !== 'string' || value.length > 1024) return null
  let parts = value.split('.')
  if (parts.length !== 6 || parts[0] !== FORMAT_VERSION) return null
  let [, rev, ts, code, id, list] = parts
  let now = opts.now ?? Date.now()
  let time = /^[0-9a-z]{1,10}$/.test(ts) ? parseInt(ts, 36) : NaN
  let method = METHODS[code]
  if (
    rev !== String(opts.revision ?? 1) ||
    !(time <= now + SKEW && now - time <= (opts.maxAgeDays ?? 182) * DAY) ||
    !method ||
    !/^[\w-]{8,64}$/.test(id)
  ) {
    return null
  }
  let categories: Record<string, boolean> = { necessary: true }
  let seen = 0
  for (let item of list.split('|')) {
    let match = /^([A-Za-z][\w-]{0,63}):([01])$/.exec(item)
    if (!match || match[1] in categories) return null
    categories[match[1]] = match[2] === '1'
    seen++
  }
  let expected = opts.categories
  if (expected && (seen !== expected.length || expected.some(c => !(c in categories)))) {
    return null
  }
  let values = Object.values(categories)
  // A method that contradicts the values was tampered with.
  if (
    (method === 'accept-all' && values.includes(false)) ||
    (method === 'reject-all' && values.filter(Boolean).length > 1)
  ) {
    return null
  }
  return {
    id,
    timestamp: new Date(time).toISOString(),
    revision: +rev,
    method,
    categories
  }
}

/**
 * A random decision id: `crypto.randomUUID` where there is one, else a v4-shaped fallback.
 */
export function randomId(): string {
  let c = globalThis.crypto
  if (c?.randomUUID) return c.randomUUID()
  let hex = ''
  for (let i = 0; i < 32; i++) {
    hex += (
      c?.getRandomValues ? c.getRandomValues(new Uint8Array(1))[0] % 16 : (Math.random() * 16) | 0
    ).toString(16)
  }
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')
}
