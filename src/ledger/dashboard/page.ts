// GET /dashboard (+ its script and styles): a page site owners open in a browser. Everything is
// served by the ledger itself, under a CSP that allows no inline code and no other origin.
import { respond } from '../http.js'
import { DASHBOARD_SCRIPT } from './script.js'

export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "form-action 'none'; base-uri 'none'; frame-ancestors 'none'"

// Relative URLs: the page works wherever the ledger is mounted (basePath).
const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent ledger</title>
<link rel="stylesheet" href="dashboard.css">
<script src="dashboard.js" defer></script>
</head>
<body>
<header><h1>Consent ledger</h1><p id="status" role="status">Enter the ledger token to see the records.</p></header>
<form id="login">
  <input type="text" name="username" autocomplete="username" value="ledger" hidden>
  <label for="token">Token</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required>
  <label for="days">Days</label>
  <select id="days" name="days"><option>7</option><option selected>30</option><option>90</option><option>365</option></select>
  <button type="submit">Show</button>
</form>
<main hidden id="content">
  <section aria-labelledby="chart-title">
    <h2 id="chart-title">Grant rate per category, by day</h2>
    <div id="chart"></div>
    <ul id="legend"></ul>
  </section>
  <section aria-labelledby="latest-title">
    <h2 id="latest-title">Latest decisions</h2>
    <table><thead><tr><th>Decided</th><th>Decision id</th><th>Method</th><th>Granted</th><th>Refused</th><th>Language</th></tr></thead>
    <tbody id="latest"></tbody></table>
  </section>
</main>
</body>
</html>`

const CSS = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 960px; padding: 1rem 1.5rem; color: #1b1f24; background: #fff; }
h1 { font-size: 1.5rem; margin: 0.5rem 0 0; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
form { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; margin: 1rem 0; }
input, select, button { font: inherit; padding: 0.35rem 0.6rem; border: 1px solid #8a939e; border-radius: 6px; }
button { background: #1f4fd1; color: #fff; border-color: #1f4fd1; cursor: pointer; }
#status { color: #4b5560; margin: 0.25rem 0; }
#status.error { color: #b3261e; }
svg { width: 100%; height: auto; display: block; }
.grid { stroke: #e3e6ea; }
.axis { fill: #4b5560; font-size: 11px; }
svg .series { fill: none; stroke-width: 2.5; }
#legend { display: flex; gap: 1rem; list-style: none; padding: 0; flex-wrap: wrap; }
#legend span { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; margin-right: 0.35rem; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid #e3e6ea; }
td.id { font-family: ui-monospace, monospace; font-size: 0.8rem; }
td.nowrap { white-space: nowrap; }
.c0 { stroke: #1f4fd1; background: #1f4fd1; fill: #1f4fd1; } .c1 { stroke: #c2410c; background: #c2410c; fill: #c2410c; }
.c2 { stroke: #15803d; background: #15803d; fill: #15803d; } .c3 { stroke: #7e22ce; background: #7e22ce; fill: #7e22ce; }
.c4 { stroke: #0e7490; background: #0e7490; fill: #0e7490; } .c5 { stroke: #a16207; background: #a16207; fill: #a16207; }
`

const HEADERS = { 'Content-Security-Policy': DASHBOARD_CSP, 'X-Frame-Options': 'DENY' }

/**
 * The dashboard's three files. The page holds no data: it asks /stats and /consent with the token
 * typed into its form.
 *
 * @example
 * dashboardFile('dashboard.js') // Response with the page's script
 */
export function dashboardFile(name: 'dashboard' | 'dashboard.js' | 'dashboard.css'): Response {
  if (name === 'dashboard.js') {
    return respond(200, DASHBOARD_SCRIPT, { ...HEADERS, 'Content-Type': 'text/javascript; charset=utf-8' })
  }
  if (name === 'dashboard.css') return respond(200, CSS, { ...HEADERS, 'Content-Type': 'text/css; charset=utf-8' })
  return respond(200, HTML, { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8' })
}
