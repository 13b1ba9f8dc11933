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

// Stored as their first letter: a r c g.
const METHODS: DecisionMethod[] = ['accept-all', 'reject-all', 'custom', 'gpc']
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
  let { categories } = decision
  return [
    FORMAT_VERSION,
    decision.revision,
    Date.parse(decision.timestamp).toString(36),
    decision.method[0],
    decision.id,
    Object.keys(categories)
      .filter(name => name !== 'necessary')
      .map(name => name + ':' + +categories[name])
      .join('|')
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
  let m =
    typeof value == 'string' &&
    value.length < 1024 &&
    /^1\.(\d+)\.([\da-z]{1,10})\.([arcg])\.([\w-]{8,64})\.(\w[\w-]*:[01](\|\w[\w-]*:[01])*)$/.exec(value)
  if (!m) return null
  let now = opts.now ?? Date.now()
  let time = parseInt(m[2], 36)
  let method = METHODS.find(name => name[0] == m[3])!
  let categories: Record<string, boolean> = { necessary: true }
  let list = m[5].split('|')
  for (let item of list) {
    let [name, bit] = item.split(':')
    // A repeated name (or a stored "necessary") means the value was forged.
    if (name in categories) return null
    categories[name] = bit == '1'
  }
  let values = Object.values(categories)
  let expected = opts.categories
  return m[1] != String(opts.revision ?? 1) ||
    time > now + SKEW ||
    now - time > (opts.maxAgeDays ?? 182) * DAY ||
    (expected && (expected.length != list.length || expected.some(c => !(c in categories)))) ||
    // A method that contradicts the values was tampered with.
    (method == 'accept-all' && values.includes(false)) ||
    (method == 'reject-all' && values.filter(Boolean).length > 1)
    ? null
    : { id: m[4], timestamp: new Date(time).toISOString(), revision: +m[1], method, categories }
}

/**
 * A random decision id: `crypto.randomUUID` where there is one, else a v4-shaped fallback.
 */
export function randomId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ||
    // Non-secure contexts (http) have no randomUUID: a v4-shaped id is enough for a record.
    '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, c =>
      (+c ^ ((Math.random() * 16) >> (+c / 4))).toString(16)
    )
  )
}
