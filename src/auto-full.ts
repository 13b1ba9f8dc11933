// The script-tag entry with every integration (dist/consentry.full.iife.js): Google Consent
// Mode (data-google-consent-mode), proof of consent (data-proof-endpoint) and embed placeholders.
import './consent-mode.js'
import './embeds.js'
import './proof.js'
import './auto.js'
