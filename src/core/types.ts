import type { Policy } from '../jurisdictions/table.js'
import type { Service } from '../services/types.js'
import type { Normalized } from './config.js'

/**
 * How a decision was made. `gpc` = refused by the browser's Global Privacy Control signal;
 * `opt-out` = the visitor opted out of sale/sharing where the policy is opt-out.
 */
export type DecisionMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'opt-out'

export interface LoaderOptions {
  /** Runs when a category this loader needs is withdrawn after the loader ran. */
  onRevoke?: () => void
}

/**
 * One visitor decision, as stored in the decision cookie and kept in memory.
 *
 * @example
 * consent.getDecision()
 * // { id: '3b1f…', timestamp: '2026-11-28T09:00:00.000Z', revision: 1,
 * //   method: 'reject-all', categories: { necessary: true, analytics: false } }
 */
export interface Decision {
  /** Random id of this decision (proof of consent). */
  id: string
  /** When it was made, ISO 8601. */
  timestamp: string
  /** The config `revision` it was made under. */
  revision: number
  method: DecisionMethod
  /** Every configured category (and `necessary`, always true) → granted. */
  categories: Record<string, boolean>
  /** Every configured service → granted; present when services are configured. */
  services?: Record<string, boolean>
}

/** Describes one category; every field is optional. */
export interface CategoryOptions {
  /** Name shown in the preferences dialog (defaults to the built-in label for usual names). */
  label?: string
  /** One sentence shown under the label. */
  description?: string
  /** Cookies to delete when consent for this category is withdrawn: names or RegExps (or one). */
  cookies?: string | RegExp | Array<string | RegExp>
  /** Refused by default when the browser sends Global Privacy Control. */
  gpc?: boolean
  /**
   * Selling or sharing personal data under US state laws (targeted ads): what "Do Not Sell or
   * Share" and, under the opt-out policy, Global Privacy Control turn off. Default: true for
   * marketing and its aliases (ads, advertising).
   */
  sale?: boolean
}

/** Decision cookie options. */
export interface CookieOptions {
  /** Cookie name. Default `consentry`. */
  name?: string
  /** Set e.g. `.example.com` to share the decision with subdomains. */
  domain?: string
  /** Default `/`. */
  path?: string
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None'
  /** Default: true on https pages. */
  secure?: boolean
  /** Lifetime of any decision, acceptance or refusal alike: 1..400, default 182 (six months). */
  maxAgeDays?: number
}

/** What `createConsent` accepts (headless part). */
export interface ConsentConfig {
  /** Categories besides the implicit, always-granted `necessary`. */
  categories: string[] | Record<string, CategoryOptions>
  /** http(s), relative or mailto URL of the privacy policy. */
  privacyPolicyUrl?: string
  /** Bump to void every stored decision. Integer, default 1. */
  revision?: number
  cookie?: CookieOptions
  /**
   * The page's CSP nonce (the script tag passes its own). Blocked scripts run only when they carry
   * it; it also goes on the banner's `<style>` fallback.
   */
  nonce?: string
  /**
   * Default true: when the page uses nonces, a blocked script without the page's nonce is refused
   * (markup injected into the page must not run with Consentry's trust). false turns the check off.
   */
  requireNonce?: boolean
  /**
   * The visitor's region: an ISO 3166-1 or 3166-2 code ('FR', 'US-CA'), `null` or `''` when the
   * server could not tell (→ opt-in), or 'auto' (default): the time zone, read only when
   * `policies` give some country a policy other than opt-in.
   */
  region?: 'auto' | (string & {}) | null
  /**
   * Region → policy, replacing the built-in table (`BUILT_IN_POLICIES`; spread it to extend it);
   * must have `default`. An unknown region is always opt-in.
   */
  policies?: Record<string, Policy>
  /**
   * Services (one vendor's tag or embed each, e.g. from `consentry/services`): each has its own
   * flag, its category's by default; their names share one namespace with the categories.
   */
  services?: Service[]
}

/** Events of a consent instance; `on()` returns an unbind function. */
export interface ConsentEvents {
  /**
   * A decision was made: on this page, or (`remote` true) in another tab or page of the site,
   * picked up by `refresh()`.
   */
  decision: (decision: Decision, remote: boolean) => void
  /**
   * The granted state of a category or service changed; both records hold every category
   * (with `necessary`) and every service; `previous` is the state before.
   */
  change: (categories: Record<string, boolean>, previous: Record<string, boolean>) => void
  /** Something failed at run time (a loader, storage, an endpoint); the page goes on. */
  error: (error: Error) => void
  /** The banner (or, with `preferences`, the preferences dialog) was shown. */
  show: (preferences: boolean) => void
  hide: () => void
}

export type Unbind = () => void

export interface ScriptOptions {
  async?: boolean
  defer?: boolean
  nonce?: string
  /** e.g. 'module'. */
  type?: string
  /** Called once the script has loaded. */
  onLoad?: () => void
  /** More attributes for the `<script>` element (e.g. `data-domain`). */
  attributes?: Record<string, string>
}

/** A consent instance: the headless engine. */
export interface Consent {
  /** Runs `loader` once, as soon as every named category (or service) is granted. Returns an unbind. */
  whenGranted(category: string | string[], loader: () => void, options?: LoaderOptions): Unbind
  /** A `whenGranted` that injects `<script src>` into `<head>`. */
  loadScript(category: string | string[], src: string, options?: ScriptOptions): Unbind
  acceptAll(): Decision
  rejectAll(): Decision
  /**
   * Grants exactly the categories and services set to true; the others are refused. A service
   * not named follows its category.
   */
  save(choices: Record<string, boolean>, method?: DecisionMethod): Decision
  isGranted(category: string): boolean
  getDecision(): Decision | null
  on<E extends keyof ConsentEvents>(event: E, listener: ConsentEvents[E]): Unbind
  /** Forgets the decision: the visitor will be asked again. */
  reset(): void
  /** Re-reads the stored decision (another tab may have changed it) and applies it. */
  refresh(): void
  /** Removes listeners and stops watching the DOM. */
  destroy(): void
  /**
   * The policy in force for this visitor: 'opt-in' (nothing before a decision), 'opt-out'
   * (everything until the visitor opts out of sale/sharing) or 'none' (everything, nothing asked).
   */
  readonly policy: Policy
  /** The validated config: category names and options. */
  readonly config: Readonly<Normalized>
  /** @internal emits an event to every listener, isolating their errors. */
  emit<E extends keyof ConsentEvents>(event: E, ...args: Parameters<ConsentEvents[E]>): void
}
