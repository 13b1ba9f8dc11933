// `consentry/embeds`: importing it gives every `<iframe data-consent data-src>` a placeholder
// until consent.
import { embedTexts } from '../integrations/opt-in/embed-texts.js'
import { embeds } from '../integrations/opt-in/embeds.js'
import type { EmbedTexts } from '../integrations/opt-in/embeds.js'
import { registerIntegration } from '../integrations/registry.js'

export { embeds } from '../integrations/opt-in/embeds.js'
export { embedTexts } from '../integrations/opt-in/embed-texts.js'
export type { EmbedTexts } from '../integrations/opt-in/embeds.js'

registerIntegration('embeds', {
  setup: () => (consent, shown) =>
    embeds(consent, () => {
      let { language, texts } = shown()
      return embedTexts(language, texts as Partial<EmbedTexts>)
    })
})
