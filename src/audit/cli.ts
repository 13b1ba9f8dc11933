// `consentry audit <url> …`: runs the audit, prints the summary (progress on stderr), writes the
// reports, and answers with an exit code: 0 clean, 1 findings, 2 could not run.
import { writeFile } from 'node:fs/promises'

import { parseAuditArgs, USAGE } from './args.js'
import type { CliRequest } from './args.js'
import { audit } from './audit.js'
import { AuditError, shortMessage } from './errors.js'
import { renderHtml } from './html.js'
import { formatSummary } from './summary.js'

const fail = (message: string): number => {
  process.stderr.write(`consentry audit: ${message}\n`)
  return 2
}

/**
 * Runs the command with its arguments (without `audit`) and resolves to the exit code.
 *
 * @example
 * process.exitCode = await run(['https://www.example.com', '--json', 'report.json'])
 */
export async function run(args: string[]): Promise<number> {
  let request: CliRequest | null
  try {
    request = parseAuditArgs(args)
  } catch (error) {
    return fail(`${shortMessage(error)}\n\n${USAGE}`)
  }
  if (request === null) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  let progress = process.stderr.isTTY
    ? (text: string) => process.stderr.write(`\u001b[2K\r… ${text}`)
    : (text: string) => process.stderr.write(`… ${text}\n`)
  try {
    let report = await audit(request.url, { ...request.options, onProgress: progress })
    if (process.stderr.isTTY) process.stderr.write('\u001b[2K\r')
    if (request.json) await writeFile(request.json, JSON.stringify(report, null, 2) + '\n')
    if (request.html) await writeFile(request.html, renderHtml(report))
    process.stdout.write(formatSummary(report, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR))
    return report.findings.length > 0 ? 1 : 0
  } catch (error) {
    // Bad options and runs that cannot happen both end here, as one readable line.
    if (error instanceof AuditError || error instanceof TypeError) return fail(error.message.replace(/^consentry: audit: /, ''))
    return fail(`unexpected error: ${shortMessage(error)}`)
  }
}
