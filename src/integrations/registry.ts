import type { Consent } from '../consent.js'
import type { Unbind } from '../types.js'

/** What the banner gives integrations: the language shown and the resolved texts. */
export type Shown = () => { language: string; texts: Record<string, unknown> }

/**
 * An opt-in integration, registered by importing its entry (`consentry/consent-mode`, …).
 * It is called with the config before the engine exists — Consent Mode's default must be the
 * first consent command — and returns what to attach to the engine, or nothing when off.
 */
export type Extension = (
  config: Record<string, any>
) => ((consent: Consent, shown: Shown) => Unbind | void) | false | undefined | void

/**
 * The registered integrations, by entry name. One module for the whole package, shared by the
 * entries through code splitting, like the locales.
 */
export const extensions: Record<string, Extension> = {}
