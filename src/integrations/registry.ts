import type { Consent, Unbind } from '../core/types.js'
import type { Shown } from '../i18n/shown.js'

/**
 * An opt-in integration, registered by importing its entry (`consentry/consent-mode`, …). `setup`
 * is called with the config before the engine exists — Consent Mode's default must be the first
 * consent command — and returns what to attach to the engine, or nothing when it is off.
 */
export interface Integration {
  /** Throws the TypeError for a misused option of this integration (called before setup). */
  check?(config: Record<string, unknown>): void
  setup(config: Record<string, unknown>): ((consent: Consent, shown: () => Shown) => Unbind | void) | undefined
}

/**
 * The registered integrations, by entry name. One module for the whole package, shared by the
 * entries through code splitting, like the locales.
 */
export const integrations: Record<string, Integration> = {}

/** Options that need an opt-in entry: without its import they throw a TypeError naming it. */
export const OPT_IN_OPTIONS: Record<string, string> = {
  googleConsentMode: 'consent-mode',
  proofEndpoint: 'proof',
  onDecision: 'proof'
}

/**
 * Registers an opt-in integration under its entry's name (the entry's only side effect).
 *
 * @example
 * registerIntegration('proof', { setup: config => config.proofEndpoint ? consent => proof(consent, config) : undefined })
 */
export function registerIntegration(entry: string, integration: Integration): void {
  integrations[entry] = integration
}
