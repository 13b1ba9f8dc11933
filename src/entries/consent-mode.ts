// `consentry/consent-mode`: importing it turns the `googleConsentMode` option on; it stays out of
// the default bundle.
import { consentMode } from '../integrations/opt-in/consent-mode.js'
import type { ConsentModeOptions } from '../integrations/opt-in/consent-mode.js'
import { registerIntegration } from '../integrations/registry.js'
import { policyDefault } from '../jurisdictions/consent-mode.js'

export { consentMode } from '../integrations/opt-in/consent-mode.js'
export type { ConsentModeOptions, ConsentType, PolicyDefault } from '../integrations/opt-in/consent-mode.js'

registerIntegration('consent-mode', {
  setup(config: { googleConsentMode?: boolean | ConsentModeOptions; categories?: unknown }) {
    let { googleConsentMode: options, categories } = config
    if (!options) return undefined
    let names = Array.isArray(categories) ? categories : Object.keys(categories ?? {})
    return consentMode(names, options === true ? {} : options, policyDefault(config as never))
  }
})
