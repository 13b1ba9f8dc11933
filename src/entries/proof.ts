// `consentry/proof`: importing it turns the `onDecision` and `proofEndpoint` options on.
import { fail } from '../core/config.js'
import { isSafeUrl } from '../core/url.js'
import { proof } from '../integrations/opt-in/proof.js'
import type { ProofOptions } from '../integrations/opt-in/proof.js'
import { registerIntegration } from '../integrations/registry.js'

export { hashTexts, proof } from '../integrations/opt-in/proof.js'
export { createOutbox } from '../integrations/opt-in/proof-outbox.js'
export type { Outbox, OutboxOptions } from '../integrations/opt-in/proof-outbox.js'
export type { ProofOptions, ProofRecord } from '../integrations/opt-in/proof.js'

registerIntegration('proof', {
  check({ proofEndpoint: url }: ProofOptions) {
    if (url != null && !isSafeUrl(url)) fail('proofEndpoint: pass an http(s) or relative URL', url)
  },
  setup(config: ProofOptions) {
    if (!config.proofEndpoint && !config.onDecision) return undefined
    return (consent, shown) => proof(consent, config, shown)
  }
})
