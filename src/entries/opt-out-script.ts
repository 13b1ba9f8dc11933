// dist/consentry.opt-out.iife.js: the opt-out policy's control and dialog for the script tag,
// loaded on demand by the drop-in from the same folder when the policy in force is opt-out. It
// hands its module over with a `consentry:opt-out` event on document (no global).
import * as optOut from '../ui/opt-out/control.js'

document.dispatchEvent(new CustomEvent('consentry:opt-out', { detail: optOut }))
