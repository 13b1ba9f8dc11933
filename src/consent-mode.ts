import { consentMode } from './integrations/consent-mode.js'
import { extensions } from './integrations/registry.js'

export { consentMode } from './integrations/consent-mode.js'
export type { ConsentModeOptions, ConsentType } from './integrations/consent-mode.js'

// Importing this entry turns the `googleConsentMode` option on; it stays out of the default bundle.
extensions['consent-mode'] = ({ googleConsentMode: gcm, categories }) =>
  gcm && consentMode(Array.isArray(categories) ? categories : Object.keys(categories || {}), gcm === true ? {} : gcm)
