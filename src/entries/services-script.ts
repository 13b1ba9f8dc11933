// dist/services.iife.js, the script-tag add-on: it hands the preset catalogue to the drop-in
// with a `consentry:services` event on document (no global), as the locale files do with
// `consentry:locale`. Load it before the drop-in builds its services.
import { presetFromJson } from '../services/catalogue.js'

document.dispatchEvent(new CustomEvent('consentry:services', { detail: { presetFromJson } }))
