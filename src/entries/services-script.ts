// dist/services.iife.js, the script-tag add-on: it hands the drop-in what builds and checks the
// JSON `"services"` list (presets included) with a `consentry:services` event on document (no
// global), as the locale files do with `consentry:locale`: once when it loads (a drop-in already
// waiting takes it), and again on each `consentry:services-request` (a drop-in that starts later
// asks). So it may be loaded before or after the drop-in.
import { presetFromJson } from '../services/catalogue.js'
import { buildServices, keepValid } from '../services/json.js'

let announce = (): void => {
  document.dispatchEvent(new CustomEvent('consentry:services', { detail: { presetFromJson, buildServices, keepValid } }))
}
document.addEventListener('consentry:services-request', announce)
announce()
