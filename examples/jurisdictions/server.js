// A plain Node server (no framework) that passes the visitor's region to the drop-in: it reads
// the edge's geolocation headers with regionFromHeaders and writes data-region into the tag.
// Run: node examples/jurisdictions/server.js, then open http://localhost:8080 (with a header
// tool, send cf-ipcountry: US and cf-region-code: CA to see the opt-out control).
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { regionFromHeaders } from 'consentry/server'

// The drop-in and its sibling files (the opt-out control loads on demand from the same folder).
const DIST = dirname(fileURLToPath(import.meta.resolve('consentry/server')))
const FILES = /^\/consentry\/(consentry(\.[a-z-]+)?\.iife\.js)$/

/** The page, with the region the server knows ('' when it cannot tell: the strictest policy). */
export function page(region) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Store</title></head>
<body>
<main><h1>Store</h1><p>Visitors in California get a “Do Not Sell or Share” control; in the EU, a banner.</p></main>
<footer><a href="/privacy" data-consentry-open>Your privacy choices</a></footer>
<script type="application/json" id="consentry-config">{"categories":{"analytics":{},"marketing":{}},"privacyPolicyUrl":"/privacy"}</script>
<script src="/consentry/consentry.iife.js" data-region="${region}"></script>
</body>
</html>`
}

/**
 * Creates the example server (not listening yet).
 *
 * @example
 * createSite().listen(8080)
 */
export function createSite() {
  return createServer(async (req, res) => {
    let file = FILES.exec(req.url ?? '')
    if (file) {
      let body = await readFile(join(DIST, file[1])).catch(() => null)
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/javascript; charset=utf-8' })
      return res.end(body ?? '')
    }
    // Only upper-case letters, digits and '-': safe in the attribute as it is.
    let region = regionFromHeaders(req.headers) ?? ''
    // The page depends on the visitor's location: no shared cache may serve it to someone else.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' })
    res.end(page(region))
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let port = Number(process.env.PORT || 8080)
  createSite().listen(port, () => console.log(`http://localhost:${port}`))
}
