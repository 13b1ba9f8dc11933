import type { PreferencesModule } from './types.js'

// The script tag's way to the second layer (the build swaps load.ts for this module): a sibling
// file, dist/consentry.preferences.iife.js, resolved against the drop-in's own src and carrying
// its nonce. The file announces its module with a `consentry:preferences` event: no global.

/** The sibling file's URL and the nonce to give it; set by the script-tag entry. */
export const source = { src: '', nonce: '' }

let loaded: PreferencesModule | undefined
let pending: Promise<PreferencesModule> | undefined

/** Loads the sibling file once; later calls share the same promise. */
export function loadPreferences(): Promise<PreferencesModule> {
  pending ??= new Promise<PreferencesModule>((resolve, reject) => {
    if (!source.src) return reject(new Error('Cannot load the preferences: the script tag’s URL is unknown'))
    let onModule = (event: Event): void => {
      loaded = (event as CustomEvent<PreferencesModule>).detail
      resolve(loaded)
    }
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
  // A failed load may be retried (the network may come back).
  pending.catch(() => {
    pending = undefined
  })
  return pending
}

/** The module when it has arrived, so opening it then is synchronous. */
export function loadedPreferences(): PreferencesModule | undefined {
  return loaded
}

/** Hands over the module from a static import. */
export function providePreferences(module: PreferencesModule): void {
  loaded = module
}
