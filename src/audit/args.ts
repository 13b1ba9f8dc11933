// Parsing `consentry audit` arguments into audit options, with messages a person can act on.
import { parseArgs } from 'node:util'

import type { AuditOptions } from './types.js'

export const USAGE = `Usage: consentry audit <url> [options]

Audits what a site sets and calls before a choice, after Refuse and after Accept, in Chromium.

Options:
  --pages /,/article        paths on the same origin to audit (default: the URL's path)
  --lang fr                 browser language (Accept-Language, navigator.language)
  --json report.json        write the JSON report (version 1)
  --html report.html        write a self-contained HTML report with screenshots
  --allow-host cdn.x.com    a third-party host that does not count (repeat, or comma-separate; .x.com for subdomains)
  --max-cookie-days 395     longest lifetime allowed for tracker and consent cookies
  --timeout 30              seconds allowed for a page load and each step
  --help                    this text

Exit code: 0 no findings, 1 findings, 2 the audit could not run.
Chromium: /usr/bin/chromium or CHROMIUM_PATH.`

export interface CliRequest {
  url: string
  options: AuditOptions
  json?: string
  html?: string
}

const list = (values: string[] | undefined): string[] | undefined =>
  values?.flatMap(value => value.split(',')).map(value => value.trim()).filter(Boolean)

function positive(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  let number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${flag}: pass a positive number (got "${value}")`)
  return number
}

/**
 * Reads the command line; throws an Error with a one-line message on bad usage. Null means --help.
 *
 * @example
 * parseAuditArgs(['https://www.example.com', '--pages', '/,/article']).options.pages // ['/', '/article']
 */
export function parseAuditArgs(args: string[]): CliRequest | null {
  let { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pages: { type: 'string', multiple: true },
      lang: { type: 'string' },
      json: { type: 'string' },
      html: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'max-cookie-days': { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) return null
  if (positionals.length !== 1) {
    throw new Error(positionals.length === 0 ? 'pass the URL to audit, e.g. consentry audit https://www.example.com' : `pass one URL (got ${positionals.join(' ')})`)
  }
  let options: AuditOptions = {
    pages: list(values.pages),
    lang: values.lang,
    allowHosts: list(values['allow-host']),
    maxCookieDays: positive('--max-cookie-days', values['max-cookie-days']),
    timeout: positive('--timeout', values.timeout)
  }
  return { url: positionals[0], options, json: values.json, html: values.html }
}
