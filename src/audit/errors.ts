// The audit could not run at all (no browser, unreachable site…): the CLI exits 2 with the message.

/**
 * An audit that could not run; `message` is written for a person, without a stack trace.
 *
 * @example
 * try { await audit('http://127.0.0.1:9/') } catch (e) { if (e instanceof AuditError) console.error(e.message) }
 */
export class AuditError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AuditError'
  }
}

/** The first line of an error's message, without Playwright's call log. */
export function shortMessage(error: unknown): string {
  let text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0].replace(/^[a-zA-Z.]+: /, '').trim()
}
