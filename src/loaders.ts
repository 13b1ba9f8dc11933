import type { Unbind } from './types.js'

export interface LoaderOptions {
  /** Runs when a category this loader needs is withdrawn after the loader ran. */
  onRevoke?: () => void
}

export interface Loaders {
  add(needs: string[], run: () => void, opts: LoaderOptions): Unbind
  /** Runs what became granted, revokes what stopped being granted. */
  sync(): void
  clear(): void
}

/**
 * Runs `fn`, reporting what it throws instead of letting it reach the host page.
 *
 * @example
 * guard(error => console.error(error), () => JSON.parse(text))
 */
export function guard(report: (error: Error) => void, fn: () => unknown): void {
  try {
    fn()
  } catch (e) {
    report(e instanceof Error ? e : Error(String(e)))
  }
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
  // Each loader is its own update function, closing over whether it ran and is live.
  let list: Array<() => void> = []
  return {
    add(needs, run, { onRevoke }) {
      let ran: boolean
      let live: boolean
      let update = (): void => {
        let ok = needs.every(granted)
        let first = ok && !ran
        let revoked = live && !ok
        // State first: a loader that decides again (re-entering here) must not run twice.
        ran ||= ok
        live = ok
        if (first) guard(report, run)
        if (revoked && onRevoke) guard(report, onRevoke)
      }
      list.push(update)
      update()
      return () => {
        list = list.filter(i => i != update)
      }
    },
    // A loader may register or unbind others: walk a snapshot.
    sync: () => list.slice().forEach(update => update()),
    clear() {
      list = []
    }
  }
}
