// dist/consentry.full.iife.js: the drop-in with every integration — Google Consent Mode
// (data-google-consent-mode), proof of consent (data-proof-endpoint) and embed placeholders.
import './consent-mode.js'
import './embeds.js'
import './proof.js'
import './script-tag.js'
