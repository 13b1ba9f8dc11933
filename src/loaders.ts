import type { Unbind } from './types.js'

export interface LoaderOptions {
  /** Runs when a category this loader needs is withdrawn after the loader ran. */
  onRevoke?: () => void
}

interface Loader {
  needs: string[]
  run: () => void
  opts: LoaderOptions
  ran?: boolean
  live?: boolean
}

export interface Loaders {
  add(needs: string[], run: () => void, opts: LoaderOptions): Unbind
  /** Runs what became granted, revokes what stopped being granted. */
  sync(): void
  clear(): void
}

/**
 * Keeps loaders and runs each exactly once per page, isolating their errors.
 *
 * @example
 * let loaders = createLoaders(name => granted[name], error => console.error(error))
 */
/* @__NO_SIDE_EFFECTS__ */
export function createLoaders(
  granted: (name: string) => boolean,
  report: (error: Error) => void
): Loaders {
  let list: Loader[] = []
  let guard = (fn: () => void): void => {
    try {
      fn()
    } catch (e) {
      report(e instanceof Error ? e : new Error(String(e)))
    }
  }
  let update = (loader: Loader): void => {
    let ok = loader.needs.every(granted)
    if (ok && !loader.ran) {
      loader.ran = loader.live = true
      guard(loader.run)
    } else if (!ok && loader.live) {
      loader.live = false
      if (loader.opts.onRevoke) guard(loader.opts.onRevoke)
    } else if (ok) {
      loader.live = true
    }
  }
  return {
    add(needs, run, opts) {
      let loader: Loader = { needs, run, opts }
      list.push(loader)
      update(loader)
      return () => {
        list = list.filter(i => i !== loader)
      }
    },
    sync() {
      // A loader may register or unbind others: walk a snapshot.
      for (let loader of list.slice()) update(loader)
    },
    clear() {
      list = []
    }
  }
}
