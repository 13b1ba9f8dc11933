/**
 * Runs `fn` (when given), reporting what it throws instead of letting it reach the host page:
 * the error boundary every loader, onRevoke, event listener and blocked element runs in.
 *
 * @example
 * guard(error => console.error(error), () => JSON.parse(text))
 */
export function guard(report: (error: Error) => void, fn?: () => unknown): void {
  try {
    fn?.()
  } catch (error) {
    report(toError(error))
  }
}

/**
 * What was thrown, as an Error (a thrown string or object becomes its message).
 *
 * @example
 * toError('boom').message // 'boom'
 */
export function toError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown))
}
