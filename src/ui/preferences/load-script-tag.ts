import { cacheModule } from './cache.js'
import type { PreferencesModule } from './types.js'

// The script tag's way to the second layer (the build swaps load.ts for this module): a sibling
// file, dist/consentry.preferences.iife.js, resolved against the drop-in's own src and carrying
// its nonce. The file announces its module with a `consentry:preferences` event: no global.

/** The sibling file's URL and the nonce to give it; set by the script-tag entry. */
export const source = { src: '', nonce: '' }

/** Injects the sibling file and resolves with the module it announces. */
function loadSibling(): Promise<PreferencesModule> {
  return new Promise<PreferencesModule>((resolve, reject) => {
    if (!source.src) {
      reject(new Error('Cannot load the preferences: the script tag’s URL is unknown'))
      return
    }
    let onModule = (event: Event): void => resolve((event as CustomEvent<PreferencesModule>).detail)
    document.addEventListener('consentry:preferences', onModule, { once: true })
    let script = document.createElement('script')
    script.src = source.src
    if (source.nonce) script.nonce = source.nonce
    script.onerror = () => {
      document.removeEventListener('consentry:preferences', onModule)
      script.remove()
      reject(new Error('Could not load ' + source.src))
    }
    document.head.append(script)
  })
}

const preferences = cacheModule(loadSibling)

/** Loads the sibling file once; later calls share the same promise. */
export const loadPreferences = preferences.load

/** The module when it has arrived, so opening it then is synchronous. */
export const loadedPreferences = preferences.loaded

/** Hands over the module from a static import. */
export const providePreferences = preferences.provide
