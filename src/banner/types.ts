import type { Consent } from '../consent.js'
import type { Texts } from '../i18n/types.js'
import type { ConsentConfig } from '../types.js'

/** What `createConsent` from 'consentry' accepts: the headless config plus the banner's. */
export interface ConsentUIConfig extends ConsentConfig {
  /** false: no banner at all (same as the headless entry). Default true. */
  ui?: boolean
  /** 'auto' (default): `<html lang>`, then the browser's languages, then 'en'. */
  lang?: 'auto' | (string & {})
  /** Overrides per language, e.g. `{ fr: { title: 'Cookies ?' } }`; may add a whole language. */
  texts?: Record<string, Partial<Texts>>
  /** Default 'auto': follows prefers-color-scheme. */
  theme?: 'light' | 'dark' | 'auto'
  /** Default 'bottom'. */
  position?: 'bottom' | 'top' | 'center'
  /** Customize button on the first layer; default on when there is more than one category. */
  preferences?: boolean
  /** Persistent "Cookie settings" control after a decision; default true (= 'left'). */
  reopen?: boolean | 'left' | 'right'
  /** Honor Global Privacy Control for categories flagged `gpc` (default marketing/ads). Default true. */
  respectGpc?: boolean
  /** Where to mount; default `document.body` (`<html>` while the body does not exist yet). */
  root?: HTMLElement
}

/** A consent instance with its banner. */
export interface ConsentUI extends Consent {
  /** Shows the first layer (also after a decision). */
  show(): void
  /** Hides the first layer and the preferences dialog. */
  hide(): void
  /** Opens the preferences dialog. */
  showPreferences(): void
  /** Registers a language (script-tag locale files call it) and re-renders if it now applies. */
  addLocale(lang: string, texts: Partial<Texts>): void
}
