// One Node process: a page with the consentry drop-in, and the consent ledger mounted at /ledger
// on the same origin. Run `npm run build` at the repo root, then `node examples/ledger/server.js`.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

import { createLedger, pgliteStore, toNodeHandler } from 'consentry/ledger'

const PORT = Number(process.env.PORT ?? 8787)
const TOKEN = process.env.LEDGER_TOKEN ?? 'change-me-please'

let ledger = createLedger({
  store: pgliteStore({ dataDir: './consent-ledger' }),
  token: TOKEN,
  allowedOrigins: [`http://localhost:${PORT}`, `http://127.0.0.1:${PORT}`],
  retentionDays: 1825,
  basePath: '/ledger'
})
let handleLedger = toNodeHandler(ledger)
let dropIn = readFileSync(new URL('../../dist/consentry.full.iife.js', import.meta.url))

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Consent ledger example</title></head>
<body><main><h1>A page that keeps proof of consent</h1>
<p>Accept or refuse, then open <a href="/ledger/dashboard">the dashboard</a> (token: the LEDGER_TOKEN you set).</p>
<p><a href="#" data-consentry-open>Cookie settings</a></p></main>
<script src="/consentry.full.iife.js" data-lang="en" data-categories="analytics,marketing"
        data-proof-endpoint="/ledger/consent"></script>
</body></html>`

let server = createServer((req, res) => {
  if (req.url?.startsWith('/ledger/')) return handleLedger(req, res)
  if (req.url === '/consentry.full.iife.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(dropIn)
    return
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE)
})

await ledger.ready
server.listen(PORT, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${PORT}/  (dashboard: /ledger/dashboard, token ${TOKEN === 'change-me-please' ? 'change-me-please: set LEDGER_TOKEN' : 'from LEDGER_TOKEN'})`)
})
for (let signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close()
    ledger.close().then(() => process.exit(0))
  })
}
