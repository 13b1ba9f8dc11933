import { proof } from './integrations/proof.js'
import { extensions } from './integrations/registry.js'

export { hashTexts, proof } from './integrations/proof.js'
export type { ProofOptions, ProofRecord } from './integrations/proof.js'

// Importing this entry turns the `onDecision` and `proofEndpoint` options on.
extensions.proof = config =>
  (config.onDecision || config.proofEndpoint) && ((consent, shown) => proof(consent, config, shown))
