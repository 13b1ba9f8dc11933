import { embedTexts } from './integrations/embed-texts.js'
import { embeds } from './integrations/embeds.js'
import { extensions } from './integrations/registry.js'

export { embeds } from './integrations/embeds.js'
export { embedTexts } from './integrations/embed-texts.js'
export type { EmbedTexts } from './integrations/embeds.js'

// Importing this entry gives every `<iframe data-consent data-src>` a placeholder until consent.
extensions.embeds = () => (consent, shown) =>
  embeds(consent, () => {
    let { language, texts } = shown()
    return embedTexts(language, texts as object)
  })
