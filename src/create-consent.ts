import { fail, normalize } from './core/config.js'
import { createConsent as createEngine } from './core/consent.js'
import type { Consent, ConsentConfig, Unbind } from './core/types.js'
import { addLocale } from './i18n/registry.js'
import { resolveTexts } from './i18n/shown.js'
import type { Texts } from './i18n/types.js'
import { reloadOnRevoke, syncTabs } from './integrations/built-in/cross-tab.js'
import { gpcCategories } from './integrations/built-in/gpc.js'
import type { ConsentModeOptions } from './integrations/opt-in/consent-mode.js'
import type { ProofOptions } from './integrations/opt-in/proof.js'
import { integrations, OPT_IN_OPTIONS } from './integrations/registry.js'
import { gpcSignal, policyOf } from './jurisdictions/policy.js'
import type { Policy } from './jurisdictions/table.js'
import { mountBanner } from './ui/mount.js'
import type { MountedBanner } from './ui/mount.js'
import { loadOptOut } from './ui/opt-out/load.js'
import { checkLook, checkTexts } from './ui/options.js'
import type { Layout, Position, ReopenPlace, Theme } from './ui/options.js'

/** What `createConsent` from 'consentry' accepts: the headless config, the banner's and the integrations'. */
export interface ConsentUIConfig extends ConsentConfig, ProofOptions {
  /** false: no banner at all (same as the headless entry). Default true. */
  ui?: boolean
  /** 'auto' (default): `<html lang>`, then the browser's languages, then 'en'. */
  lang?: 'auto' | (string & {})
  /** Overrides per language, e.g. `{ fr: { title: 'Cookies ?' } }`; may add a whole language. */
  texts?: Record<string, Partial<Texts>>
  /** Default 'auto': follows the page's declared color-scheme, else prefers-color-scheme. */
  theme?: Theme
  /** Default 'box' (a compact corner card); 'bar' (full width) or 'cloud' (a wide centred card). */
  layout?: Layout
  /** Default 'bottom'. */
  position?: Position
  /** Customize button on the first layer; default on when there is more than one category. */
  preferences?: boolean
  /** Persistent "Cookie settings" control after a decision; default true (= 'left'). */
  reopen?: ReopenPlace
  /**
   * Honor Global Privacy Control: under opt-in for categories flagged `gpc`, under opt-out for the
   * `sale` ones (default marketing/ads for both). Default true.
   */
  respectGpc?: boolean
  /** Where to mount; default `document.body` (`<html>` while the body does not exist yet). */
  root?: HTMLElement
  /** Google Consent Mode v2 (needs `import 'consentry/consent-mode'`): `true` or options. */
  googleConsentMode?: boolean | ConsentModeOptions
  /** Reload the page when a granted category is withdrawn (scripts that cannot be unloaded). */
  reloadOnRevoke?: boolean
}

/** A consent instance with its banner. */
export interface ConsentUI extends Consent {
  /** Shows the first layer (also after a decision). */
  show(): void
  /** Hides the first layer and the preferences dialog. */
  hide(): void
  /** Opens the preferences dialog (its module loads on demand). */
  showPreferences(): void
  /** Registers a language (script-tag locale files call it) and re-renders if it now applies. */
  addLocale(lang: string, texts: Partial<Texts>): void
}

/**
 * Throws the TypeError that says what to pass for any misused option — the engine's, the
 * banner's and the registered integrations' — without creating anything.
 *
 * @example
 * validateConfig({ categories: ['analytics'], theme: 'purple' }) // TypeError: consentry: theme: pass …
 */
export function validateConfig(config: ConsentUIConfig): void {
  checkConfig(config)
  normalize(config)
}

/** Misuse of the banner's and the integrations' options: a TypeError that says what to pass. */
function checkConfig(config: ConsentUIConfig): void {
  // Not an object: the engine's own check says what to pass.
  if (!config || typeof config !== 'object') return
  for (let [option, entry] of Object.entries(OPT_IN_OPTIONS)) {
    if (config[option as keyof ConsentUIConfig] && !integrations[entry]) {
      throw new TypeError(`consentry: ${option} needs import 'consentry/${entry}' (or consentry.full.iife.js)`)
    }
  }
  for (let integration of Object.values(integrations)) integration.check?.(config as never)
  checkLook(config as unknown as Record<string, unknown>)
  checkTexts(config.texts)
  if (config.root != null && !(typeof HTMLElement === 'function' && config.root instanceof HTMLElement)) {
    fail('root: pass an element', String(config.root))
  }
}

/**
 * Creates the consent engine and its banner: shown right away when there is no valid decision,
 * in the page's language. With `ui: false`, or without a DOM (SSR), it is the headless engine
 * and the UI methods do nothing. Cross-tab sync and Global Privacy Control are built in;
 * Consent Mode, proof of consent and embed placeholders are entries you import.
 *
 * @example
 * import { createConsent } from 'consentry'
 * let consent = createConsent({ categories: ['analytics'], privacyPolicyUrl: '/privacy' })
 * consent.whenGranted('analytics', () => loadAnalytics())
 */
/* @__NO_SIDE_EFFECTS__ */
export function createConsent(config: ConsentUIConfig): ConsentUI {
  checkConfig(config)
  let hasDom = typeof document === 'object'
  let normalized = normalize(config)
  let respectGpc = config.respectGpc !== false
  let gpc = hasDom && respectGpc ? gpcCategories(normalized) : []
  // A promise when the time zone decides: the engine applies opt-in until it settles.
  let policy = policyOf(normalized)
  // Consent Mode's default goes out before the engine can apply a stored decision.
  let attachments = hasDom ? Object.values(integrations).map(integration => integration.setup(config as never)) : []
  let engine = createEngine(config, { normalized, refusedBySignal: gpc, policy, respectGpc })
  let shown = resolveTexts(config)
  let offs: Array<Unbind | void> = []
  let banner: MountedBanner | undefined
  let destroyed = false

  let reportUiError = (error: unknown): void => {
    // The page goes on: the engine works, only the banner is missing.
    console.error('[consentry]', error)
    engine.emit('error', error as Error)
  }
  // opt-in: the banner now; opt-out: the "Do Not Sell or Share" control, loaded on demand; none: nothing.
  let mountUi = (inForce: Policy): void => {
    if (destroyed) return
    if (inForce === 'opt-out') {
      let context = { consent: engine, shown, lang: config.lang, theme: config.theme ?? 'auto', place: config.reopen ?? true, nonce: config.nonce, root: config.root }
      loadOptOut().then(module => {
        if (!destroyed) banner = module.mountOptOut({ ...context, gpc: respectGpc && gpcSignal() })
      }, reportUiError)
      return
    }
    if (inForce !== 'opt-in') return
    try {
      banner = mountBanner(engine, { ...config, gpcCategories: gpc }, shown)
    } catch (error) {
      reportUiError(error)
    }
  }

  if (hasDom) {
    offs.push(syncTabs(engine))
    if (config.reloadOnRevoke) offs.push(reloadOnRevoke(engine))
    for (let attach of attachments) if (attach) offs.push(attach(engine, shown))
    // After the integrations: the refusal GPC saves here is a decision they record too. Only under
    // opt-in: elsewhere nothing is written until the visitor acts.
    if (gpc.length > 0 && gpc.length === engine.config.names.length && !engine.getDecision() && engine.policy === 'opt-in') {
      engine.save({}, 'gpc')
    }
    if (config.ui !== false) {
      if (typeof policy === 'string') mountUi(policy)
      else policy.then(mountUi, reportUiError)
    }
  }

  return {
    ...engine,
    // A getter: a policy read from the time zone settles later.
    get policy() {
      return engine.policy
    },
    show: () => banner?.show(),
    hide: () => banner?.hide(),
    showPreferences: () => banner?.showPreferences(),
    addLocale(tag: string, texts: Partial<Texts>) {
      addLocale(tag, texts)
      // It applies when it is the language now shown: a new one, or more texts for the same one.
      if (shown().language === tag.toLowerCase()) banner?.refresh()
    },
    reset() {
      engine.reset()
      banner?.show()
    },
    destroy() {
      destroyed = true
      banner?.destroy()
      banner = undefined
      for (let off of offs) off?.()
      engine.destroy()
    }
  }
}
