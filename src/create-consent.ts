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
import { mountBanner } from './ui/mount.js'
import type { MountedBanner } from './ui/mount.js'
import { checkLook, checkTexts } from './ui/options.js'
import type { Position, ReopenPlace, Theme } from './ui/options.js'

/** What `createConsent` from 'consentry' accepts: the headless config, the banner's and the integrations'. */
export interface ConsentUIConfig extends ConsentConfig, ProofOptions {
  /** false: no banner at all (same as the headless entry). Default true. */
  ui?: boolean
  /** 'auto' (default): `<html lang>`, then the browser's languages, then 'en'. */
  lang?: 'auto' | (string & {})
  /** Overrides per language, e.g. `{ fr: { title: 'Cookies ?' } }`; may add a whole language. */
  texts?: Record<string, Partial<Texts>>
  /** Default 'auto': follows prefers-color-scheme. */
  theme?: Theme
  /** Default 'bottom'. */
  position?: Position
  /** Customize button on the first layer; default on when there is more than one category. */
  preferences?: boolean
  /** Persistent "Cookie settings" control after a decision; default true (= 'left'). */
  reopen?: ReopenPlace
  /** Honor Global Privacy Control for categories flagged `gpc` (default marketing/ads). Default true. */
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
  let gpc = hasDom && config.respectGpc !== false ? gpcCategories(normalize(config)) : []
  // Consent Mode's default goes out before the engine can apply a stored decision.
  let attachments = hasDom ? Object.values(integrations).map(integration => integration.setup(config as never)) : []
  let engine = createEngine(config, { refusedBySignal: gpc })
  let shown = resolveTexts(config)
  let offs: Array<Unbind | void> = []
  let banner: MountedBanner | undefined

  if (hasDom) {
    offs.push(syncTabs(engine))
    if (config.reloadOnRevoke) offs.push(reloadOnRevoke(engine))
    for (let attach of attachments) if (attach) offs.push(attach(engine, shown))
    // After the integrations: the refusal GPC saves here is a decision they record too.
    if (gpc.length > 0 && gpc.length === engine.config.names.length && !engine.getDecision()) {
      engine.save({}, 'gpc')
    }
    if (config.ui !== false) {
      try {
        banner = mountBanner(engine, { ...config, gpcCategories: gpc }, shown)
      } catch (error) {
        // The page goes on: the engine works, only the banner is missing.
        console.error('[consentry]', error)
        engine.emit('error', error as Error)
      }
    }
  }

  return {
    ...engine,
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
      banner?.destroy()
      banner = undefined
      for (let off of offs) off?.()
      engine.destroy()
    }
  }
}
