// The site's own code: the banner, and analytics loaded only once the visitor accepts.
import { createConsent } from '/dist/index.js'
import { consentConfig } from '/consent.js'

let consent = createConsent({ ...consentConfig, lang: 'en' })
consent.loadScript('analytics', '/analytics.js')
