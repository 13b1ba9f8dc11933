// dist/consentry.zones.iife.js: the time-zone → country table for `region: 'auto'`, loaded on
// demand by the drop-in only when the site's `policies` make the time zone matter. It hands
// `detectRegion` over with a `consentry:zones` event on document (no global).
import { detectRegion } from '../jurisdictions/timezone.js'

document.dispatchEvent(new CustomEvent('consentry:zones', { detail: detectRegion }))
