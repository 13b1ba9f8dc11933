/** A module loaded once on demand, then at hand synchronously. */
export interface ModuleCache<Module> {
  /** Loads it once; later calls share the same promise (a failed load may be retried). */
  load(): Promise<Module>
  /** The module when it has arrived. */
  loaded(): Module | undefined
  /** Hands over the module from a static import (consentry/testing does). */
  provide(module: Module): void
}

/**
 * Wraps a loader so the module is fetched once and opening it afterwards is synchronous.
 *
 * @example
 * let dialog = cacheModule(() => import('./dialog.js'))
 * dialog.load().then(module => module.openPreferences(context))
 */
export function cacheModule<Module>(loader: () => Promise<Module>): ModuleCache<Module> {
  let loaded: Module | undefined
  let pending: Promise<Module> | undefined
  return {
    load() {
      if (!pending) {
        pending = loader().then(module => {
          loaded = module
          return module
        })
        // The network may come back: the next call tries again.
        pending.catch(() => {
          pending = undefined
        })
      }
      return pending
    },
    loaded: () => loaded,
    provide(module) {
      loaded = module
    }
  }
}
