// dist/consentry.preferences.iife.js: the preferences dialog for the script tag, loaded on demand
// by the drop-in from the same folder. It hands its module over with a `consentry:preferences`
// event on document (no global).
import * as preferences from '../ui/preferences/dialog.js'

document.dispatchEvent(new CustomEvent('consentry:preferences', { detail: preferences }))
