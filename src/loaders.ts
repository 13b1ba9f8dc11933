import type { Consent, ScriptOptions } from './consent.js'

export interface LoaderOptions {
  /** Runs when a category this loader needs is withdrawn after the loader ran. */
  onRevoke?: () => void
}

/**
 * Runs `fn` (when given), reporting what it throws instead of letting it reach the host page.
 *
 * @example
 * guard(error => console.error(error), () => JSON.parse(text))
 */
export function guard(report: (error: Error) => void, fn?: () => unknown): void {
  try {
    fn?.()
  } catch (e) {
    report(e instanceof Error ? e : Error(String(e)))
  }
}

/**
 * The engine's `whenGranted` and `loadScript`. Each loader becomes an update function in
 * `updates`, which the engine runs after every decision: `loader` runs exactly once per page,
 * the first time `granted(needs)` holds; `onRevoke` each time it stops holding after that.
 * Errors of both are reported, never thrown.
 *
 * @example
 * let { whenGranted } = createLoaders(updates, known, needs => needs.every(isGranted), console.error)
 */
/* @__NO_SIDE_EFFECTS__ */
export function createLoaders(
  updates: Set<() => void>,
  known: (list: string[]) => string[],
  granted: (needs: string[]) => boolean,
  report: (error: Error) => void
): Pick<Consent, 'whenGranted' | 'loadScript'> {
  let whenGranted: Consent['whenGranted'] = (category, loader, { onRevoke } = {}) => {
    let needs = known([category].flat())
    let ran: unknown
    let live = false
    let update = (): void => {
      let ok = granted(needs)
      if (ok != live) {
        // State first: a loader that decides again (re-entering here) must not run twice.
        live = ok
        if (!ok) guard(report, onRevoke)
        else if (!ran) {
          ran = 1
          guard(report, loader)
        }
      }
    }
    updates.add(update)
    update()
    return () => updates.delete(update)
  }
  return {
    whenGranted,
    loadScript: (category, src, opts: ScriptOptions = {}) =>
      whenGranted(category, () => {
        let s = Object.assign(document.createElement('script'), {
          src,
          async: opts.async ?? true,
          defer: opts.defer,
          nonce: opts.nonce || '',
          onload: opts.onLoad,
          onerror: () => report(Error('Could not load ' + src))
        })
        if (opts.type) s.type = opts.type
        document.head.append(s)
      })
  }
}
