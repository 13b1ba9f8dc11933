// The terminal summary: one line per finding, grouped by page; colour only when asked (a TTY).
import type { Report } from './types.js'

const COLOURS = { red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' }

/**
 * A readable summary of a report. `colour` adds ANSI colours (pass `process.stdout.isTTY`).
 *
 * @example
 * process.stdout.write(formatSummary(report, Boolean(process.stdout.isTTY)))
 */
export function formatSummary(report: Report, colour = false): string {
  let paint = (name: keyof typeof COLOURS, text: string): string => (colour ? COLOURS[name] + text + COLOURS.reset : text)
  let lines: string[] = [paint('bold', `consentry audit ${report.url}`)]
  for (let page of report.pages) {
    let banner = page.banner
    let library = banner.library ? ` (${banner.library})` : ''
    let buttons = banner.found
      ? `banner found${library}: accept ${banner.accept ? `"${banner.accept}"` : 'not found'}, refuse ${banner.refuse ? `"${banner.refuse}"` : 'not found'}`
      : 'no banner found'
    lines.push('', `${paint('bold', page.url)} ${paint('dim', `· ${(page.durationMs / 1000).toFixed(1)} s · ${buttons}`)}`)
    let counts = (['before', 'refuse', 'accept'] as const).map(name => {
      let phase = page.phases[name]
      return phase.skipped ? `${name}: skipped` : `${name}: ${phase.cookies.length} cookies, ${phase.requests.length} third-party requests`
    })
    lines.push(paint('dim', '  ' + counts.join(' · ')))
    let findings = report.findings.filter(finding => finding.page === page.url)
    for (let finding of findings) {
      let mark = finding.severity === 'error' ? paint('red', '✖ error  ') : paint('yellow', '▲ warning')
      lines.push(`  ${mark} ${finding.id}: ${finding.message}`)
      for (let item of finding.evidence.slice(0, 3)) lines.push(paint('dim', `      ${item}`))
      if (finding.evidence.length > 3) lines.push(paint('dim', `      … ${finding.evidence.length - 3} more`))
    }
    if (findings.length === 0) lines.push(`  ${paint('green', '✔ no findings')}`)
  }
  let errors = report.findings.filter(finding => finding.severity === 'error').length
  let warnings = report.findings.length - errors
  let total = report.findings.length === 0
    ? paint('green', `clean: ${report.pages.length} page(s), no findings`)
    : paint(errors > 0 ? 'red' : 'yellow', `${report.findings.length} finding(s): ${errors} error(s), ${warnings} warning(s)`)
  lines.push('', `${total} ${paint('dim', `in ${(report.durationMs / 1000).toFixed(1)} s`)}`, '')
  return lines.join('\n')
}
