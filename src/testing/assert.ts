import type { Decision } from '../core/types.js'
import { storedDecision } from './cookies.js'
import type { ReadOptions } from './cookies.js'
import { queryBanner } from './find.js'
import type { Spy } from './spies.js'

/** What to check: a consent instance, a Decision (or null), or read options for the stored cookie. */
export type Source = { getDecision(): Decision | null; isGranted(category: string): boolean } | Decision | null | ReadOptions

let isConsent = (value: unknown): value is { getDecision(): Decision | null; isGranted(category: string): boolean } =>
  Boolean(value) && typeof (value as { getDecision?: unknown }).getDecision === 'function'
let isDecision = (value: unknown): value is Decision =>
  Boolean(value) && typeof (value as Decision).id === 'string' && Boolean((value as Decision).categories)

/** The decision `source` holds; with no source, the one stored in `document.cookie`. */
function decisionOf(source: Source | Document | undefined): Decision | null {
  if (source === null || isDecision(source)) return source
  if (isConsent(source)) return source.getDecision()
  if (source && 'nodeType' in source) return storedDecision()
  return storedDecision(source as ReadOptions | undefined)
}

let granted = (source: Source | Document | undefined, category: string): boolean =>
  isConsent(source) ? source.isGranted(category) : decisionOf(source)?.categories[category] === true

/** An Error shaped like Node's AssertionError, which test runners print with a diff. */
export class ConsentAssertionError extends Error {
  actual: unknown
  expected: unknown
  constructor(message: string, actual?: unknown, expected?: unknown) {
    super('consentry/testing: ' + message)
    this.name = 'AssertionError'
    this.actual = actual
    this.expected = expected
  }
}

/**
 * Throws unless there is no decision (the banner would show). Default source: the stored cookie.
 *
 * @example
 * assertNoDecision() // before any click
 * assertNoDecision(consent)
 */
export function assertNoDecision(source?: Source): void {
  let decision = decisionOf(source)
  if (decision) throw new ConsentAssertionError(`expected no decision, found ${JSON.stringify(decision)}`, decision, null)
}

/**
 * Throws unless `category` is granted. Default source: the stored cookie.
 *
 * @example
 * clickAccept()
 * assertGranted('analytics')
 */
export function assertGranted(category: string, source?: Source): void {
  if (!granted(source, category)) {
    throw new ConsentAssertionError(`expected "${category}" to be granted; decision: ${JSON.stringify(decisionOf(source))}`, false, true)
  }
}

/**
 * Throws if `category` is granted. Default source: the stored cookie.
 *
 * @example
 * clickReject()
 * assertNotGranted('analytics')
 */
export function assertNotGranted(category: string, source?: Source): void {
  if (granted(source, category)) {
    throw new ConsentAssertionError(`expected "${category}" not to be granted; decision: ${JSON.stringify(decisionOf(source))}`, true, false)
  }
}

interface Result {
  pass: boolean
  message: () => string
}
type Matcher = (this: { isNot?: boolean } | void, received: unknown, ...args: never[]) => Result

let result = (pass: boolean, yes: string, no: string): Result => ({ pass, message: () => (pass ? no : yes) })
let show = (value: unknown): string => JSON.stringify(value)

/**
 * Matchers for vitest's or jest's `expect.extend`, with no dependency on either. The received
 * value is a consent instance, a Decision (or null), or `document` (reads the stored cookie);
 * `toHaveRun` takes a loader spy.
 *
 * @example
 * expect.extend(consentMatchers)
 * expect(consent).toHaveNoDecision()
 * clickAccept()
 * expect(consent).toHaveConsent('analytics')
 * expect(loaders.analytics).toHaveRun(1)
 * expect(document).not.toShowBanner()
 */
export const consentMatchers = {
  toHaveConsent(received: unknown, category: string): Result {
    let pass = granted(received as Source, category)
    return result(
      pass,
      `expected "${category}" to be granted; decision: ${show(decisionOf(received as Source))}`,
      `expected "${category}" not to be granted`
    )
  },
  toHaveNoDecision(received: unknown): Result {
    let decision = decisionOf(received as Source)
    return result(!decision, `expected no decision, found ${show(decision)}`, 'expected a decision, found none')
  },
  toHaveRun(received: unknown, times?: number): Result {
    let count = (received as Spy)?.count
    // Misuse must fail even under .not: throw instead of returning pass: false.
    if (typeof count !== 'number') {
      throw new TypeError(`consentry/testing: toHaveRun() expects a loader spy from createTestConsent() or createSpy(), got ${show(received)}`)
    }
    let pass = times == null ? count > 0 : count === times
    let want = times == null ? 'to have run' : `to have run ${times} time(s)`
    return result(pass, `expected the loader ${want}; it ran ${count} time(s)`, `expected the loader not ${want}; it ran ${count} time(s)`)
  },
  toShowBanner(received: unknown): Result {
    let root = received && typeof received == 'object' && 'querySelector' in received ? (received as Element) : undefined
    let pass = !!queryBanner(root)
    return result(pass, 'expected the consent banner to be shown', 'expected no consent banner')
  }
} satisfies Record<string, Matcher>

/**
 * The matcher types, to add to your runner's `Assertion` interface.
 *
 * @example
 * // vitest.d.ts
 * import type { ConsentMatchers } from 'consentry/testing'
 * declare module 'vitest' { interface Assertion<T> extends ConsentMatchers {} }
 */
export interface ConsentMatchers<R = unknown> {
  toHaveConsent(category: string): R
  toHaveNoDecision(): R
  toHaveRun(times?: number): R
  toShowBanner(): R
}
