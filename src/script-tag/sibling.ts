// Files the drop-in loads on demand from its own folder (the time-zone table, the opt-out
// control): each announces its module with a `consentry:<name>` event on document, no global.

/** The drop-in's own URL and nonce; set by the script-tag entry. */
export const siblingSource = { src: '', nonce: '' }

let pending: Record<string, Promise<unknown> | undefined> = {}

/**
 * Loads a sibling file of the drop-in once (later calls share the promise; a failed load may be
 * retried) and resolves with what its `event` carries.
 *
 * @example
 * loadSibling<OptOutModule>('consentry.opt-out.iife.js', 'consentry:opt-out')
 */
export function loadSibling<T>(file: string, event: string): Promise<T> {
  let promise = (pending[file] ??= new Promise<unknown>((resolve, reject) => {
    if (!siblingSource.src) return reject(new Error(`Cannot load ${file}: the script tag’s URL is unknown`))
    let src = new URL(file, siblingSource.src).href
    let onModule = (announced: Event): void => resolve((announced as CustomEvent).detail)
    document.addEventListener(event, onModule, { once: true })
    let script = document.createElement('script')
    script.src = src
    if (siblingSource.nonce) script.nonce = siblingSource.nonce
    script.onerror = () => {
      document.removeEventListener(event, onModule)
      script.remove()
      reject(new Error('Could not load ' + src))
    }
    document.head.append(script)
  }))
  promise.catch(() => {
    pending[file] = undefined
  })
  return promise as Promise<T>
}
