// The service model the engine consumes: one service = one vendor's tag or embed, inside a
// category, with the cookies it sets (for the cookie table and withdrawal) and its consent calls.

/**
 * How long a cookie lives: 'session' or positive amounts of time.
 *
 * @example
 * let twoYears: CookieDuration = { years: 2 }
 */
export type CookieDuration =
  | 'session'
  | { minutes?: number; hours?: number; days?: number; months?: number; years?: number }

/**
 * One cookie a service sets.
 *
 * @example
 * let ga: ServiceCookie = { name: /^_ga_/, duration: { years: 2 }, description: 'Keeps the session state' }
 */
export interface ServiceCookie {
  /** e.g. '_ga' or /^_ga_/ */
  name: string | RegExp
  duration: CookieDuration
  /** Purpose, English (the site may override). */
  description?: string
  /** Defaults to the service's provider. */
  provider?: string
}

/**
 * What the engine hands to a service's `load` and `onRevoke`.
 *
 * @example
 * let context: ServiceContext = { loadScript: src => console.log(src), consentMode: false }
 */
export interface ServiceContext {
  /**
   * Injects <script src> (async), with the page's nonce; the engine provides it. `onLoad` runs
   * once the script has run (Microsoft UET needs it to start its tag).
   */
  loadScript(
    src: string,
    options?: { async?: boolean; type?: string; attributes?: Record<string, string>; onLoad?: () => void }
  ): void
  /** True when the Google Consent Mode integration is on (GA4/Ads/GTM then send consent updates). */
  consentMode: boolean
}

/**
 * A service the visitor can allow or refuse on its own.
 *
 * @example
 * let chat: Service = { name: 'chat', category: 'functional', load: context => context.loadScript('/chat.js') }
 */
export interface Service {
  /** Same rule as category names: /^[a-z][\w-]{0,63}$/i */
  name: string
  category: string
  label?: string
  description?: string
  provider?: string
  privacyPolicyUrl?: string
  cookies?: ServiceCookie[]
  /** Runs once per page, the first time the service is granted. */
  load?: (context: ServiceContext) => void
  /** Runs when the service is withdrawn after it loaded (its cookies are deleted by the engine). */
  onRevoke?: (context: ServiceContext) => void
  /** Embeds: iframe hosts this service serves (the embeds integration can match <iframe data-src> by host). */
  embedHosts?: string[]
}
