// The self-contained HTML report, built from the JSON report alone: inline CSS, screenshots as data
// URLs, no script, nothing fetched. Every text from the report is escaped.
import type { AuditPage, AuditPhase, Finding, Report } from './types.js'

const escape = (text: unknown): string =>
  String(text).replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)

/** Only our own JPEG/PNG data URLs become images. */
const SCREENSHOT = /^data:image\/(jpeg|png);base64,[A-Za-z0-9+/=]+$/

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1b1b1b}
h1{font-size:1.5em}h2{margin-top:2em;border-bottom:1px solid #ddd}table{border-collapse:collapse;width:100%;font-size:13px}
td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.error{color:#a00}.warning{color:#8a5a00}.clean{color:#05702b}.phases{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
.phases img{width:100%;border:1px solid #ccc}.dim{color:#666}li{margin:.3em 0}code{font-size:12px}`

function findingItem(finding: Finding): string {
  let evidence = finding.evidence.map(item => `<li><code>${escape(item)}</code></li>`).join('')
  return `<li><strong class="${finding.severity}">${escape(finding.severity)}</strong> <code>${escape(finding.id)}</code>` +
    `${finding.phase ? ` <span class="dim">(${escape(finding.phase)})</span>` : ''}: ${escape(finding.message)}<ul>${evidence}</ul></li>`
}

function phaseColumn(name: string, phase: AuditPhase): string {
  let image = phase.screenshot && SCREENSHOT.test(phase.screenshot)
    ? `<img src="${phase.screenshot}" alt="${escape(name)}: the page at the end of the phase">`
    : '<p class="dim">no screenshot</p>'
  if (phase.skipped) return `<section><h3>${escape(name)}</h3><p class="dim">skipped: ${escape(phase.skipped)}</p></section>`
  let cookies = phase.cookies.map(cookie =>
    `<tr><td>${escape(cookie.name)}</td><td>${escape(cookie.domain)}</td><td>${escape(cookie.days)}</td><td>${escape(cookie.party)}</td><td>${escape(cookie.vendor ?? cookie.kind)}</td></tr>`).join('')
  let requests = phase.requests.map(request =>
    `<tr><td>${escape(request.when)}</td><td>${escape(request.url)}</td><td>${escape(request.vendor ?? request.kind)}</td></tr>`).join('')
  let storage = phase.storage.map(entry => `<li><code>${escape(entry.area)}.${escape(entry.key)}</code> ${escape(entry.vendor ?? entry.kind)}</li>`).join('')
  return `<section><h3>${escape(name)}</h3>${image}
<table><tr><th>cookie</th><th>domain</th><th>days</th><th>party</th><th>kind</th></tr>${cookies || '<tr><td colspan="5">none</td></tr>'}</table>
<table><tr><th>when</th><th>third-party request</th><th>kind</th></tr>${requests || '<tr><td colspan="3">none</td></tr>'}</table>
${storage ? `<ul>${storage}</ul>` : ''}</section>`
}

function pageSection(page: AuditPage, findings: Finding[]): string {
  let banner = page.banner.found
    ? `banner found${page.banner.library ? ` (${escape(page.banner.library)})` : ''}: accept ${escape(page.banner.accept ?? 'not found')}, refuse ${escape(page.banner.refuse ?? 'not found')}`
    : 'no banner found'
  let list = findings.length ? `<ul>${findings.map(findingItem).join('')}</ul>` : '<p class="clean">No findings.</p>'
  let phases = (['before', 'refuse', 'accept'] as const).map(name => phaseColumn(name, page.phases[name])).join('')
  return `<h2>${escape(page.url)}</h2><p>${banner} <span class="dim">· ${escape((page.durationMs / 1000).toFixed(1))} s</span></p>${list}<div class="phases">${phases}</div>`
}

/**
 * The HTML report of an audit, one self-contained file.
 *
 * @example
 * writeFileSync('report.html', renderHtml(await audit('https://www.example.com/')))
 */
export function renderHtml(report: Report): string {
  let errors = report.findings.filter(finding => finding.severity === 'error').length
  let verdict = report.findings.length === 0
    ? '<p class="clean">Clean: no findings.</p>'
    : `<p class="${errors ? 'error' : 'warning'}">${report.findings.length} finding(s), ${errors} error(s).</p>`
  let pages = report.pages.map(page => pageSection(page, report.findings.filter(finding => finding.page === page.url))).join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Consent audit: ${escape(report.url)}</title><style>${STYLE}</style></head>
<body><h1>Consent audit: ${escape(report.url)}</h1>
<p class="dim">${escape(report.startedAt)} · ${escape(report.tool)} · report version ${escape(report.version)}</p>${verdict}${pages}
</body></html>
`
}
