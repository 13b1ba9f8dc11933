// What loaders share with the rest of the library: their options and the error boundary every
// loader, onRevoke and event listener runs in. The loaders themselves (whenGranted, loadScript)
// live in createConsent (consent.ts), next to the decisions that run them.

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
