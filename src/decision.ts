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
  let list: string[] = []
  for (let name in decision.categories) {
    if (name != 'necessary') list.push(name + ':' + +decision.categories[name])
  }
  return `1.${decision.revision}.${Date.parse(decision.timestamp).toString(36)}.${decision.method[0]}.${decision.id}.${list.join('|')}`
}

/**
 * Reads a decision cookie value; anything malformed, tampered, expired, from another
 * revision or another set of categories gives `null`, never a throw.
 *
 * @example
 * parseDecision(value, { revision: 2, categories: ['analytics'] }) // Decision | null
 */
export function parseDecision(
  value: unknown,
  { now = Date.now(), revision = 1, maxAgeDays = 182, categories: expected }: ParseOptions = {}
): Decision | null {
  // Defaults apply to missing options (undefined), as the option types say. No match gives [],
  // which the revision check turns into null.
  let m =
    (typeof value == 'string' &&
      value.length < 1024 &&
      /^1\.(\d+)\.([\da-z]{1,10})\.([arcg])\.([\w-]{8,64})\.(\w[\w-]*:[01](\|\w[\w-]*:[01])*)$/.exec(value)) ||
    []
  // At most 10 base-36 digits: always a valid Date, so toISOString cannot throw.
  let time = parseInt(m[2], 36)
  let categories: Record<string, boolean> = { necessary: true }
  let list = m[5]?.split('|')
  if (
    // As strings: a tampered "01" is not revision 1.
    m[1] != revision + '' ||
    // Clocks drift: a timestamp up to 5 minutes ahead is still a real decision.
    time > now + 3e5 ||
    now - time > maxAgeDays * 864e5 ||
    (expected && expected.length != list.length)
  )
    return null
  for (let item of list) {
    let [name, bit] = item.split(':')
    // A repeated name (or a stored "necessary") means the value was forged; so does one not
    // configured, and a method that contradicts a value (accept-all with a 0, reject-all with a 1).
    if (name in categories || (expected && !expected.includes(name)) || /a0|r1/.test(m[3] + bit)) return null
    categories[name] = !!+bit
  }
  return {
    id: m[4],
    timestamp: new Date(time).toISOString(),
    revision: +m[1],
    // Stored as their first letter.
    method: ({ a: 'accept-all', r: 'reject-all', c: 'custom', g: 'gpc' } as Record<string, DecisionMethod>)[m[3]],
    categories
  }
}

/**
 * A random decision id: `crypto.randomUUID` where there is one, else random base 36 and the time.
 *
 * @example
 * randomId() // '3b1f2c4d-…'
 */
export function randomId(): string {
  return (
    crypto.randomUUID?.() ||
    // Non-secure contexts (http) have no randomUUID: ≥ 9 characters, unique enough for a record.
    Math.random().toString(36).slice(2) + Date.now().toString(36)
  )
}
