// A plain Node server whose pages carry the consent banner in their HTML: renderBanner from
// consentry/server paints it with the page, and the drop-in (deferred) adopts it when it runs.
//   npm run build && node examples/ssr/server.js     → http://127.0.0.1:3000
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { renderBanner } from 'consentry/server'

// The package's dist/ folder, found through its exports like any installed package.
const DIST = join(dirname(createRequire(import.meta.url).resolve('consentry/package.json')), 'dist')
const LANGUAGES = ['en', 'fr']

// One config for the server and the browser: the drop-in reads it from the JSON block.
const config = {
  categories: ['analytics'],
  privacyPolicyUrl: '/privacy',
  revision: 1
}

/** The visitor's language among ours, from Accept-Language; English by default. */
function pickLanguage(header = '') {
  for (let part of header.split(',')) {
    let base = part.trim().split(/[;-]/)[0].toLowerCase()
    if (LANGUAGES.includes(base)) return base
  }
  return 'en'
}

/** JSON safe inside <script>: no "</script>" or "<!--" can close it. */
const jsonInHtml = value => JSON.stringify(value).replace(/</g, '\\u003c')

function page(request, nonce) {
  let lang = pickLanguage(request.headers['accept-language'])
  let { html, css } = renderBanner(config, { lang, cookieHeader: request.headers.cookie, nonce })
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Consentry: server-rendered banner</title>
  <style nonce="${nonce}">${css}</style>
  <script type="application/json" id="consentry-config">${jsonInHtml({ ...config, lang })}</script>
  <script defer src="/consentry.iife.js" nonce="${nonce}"></script>
</head>
<body>
  ${html}
  <main>
    <h1>An article</h1>
    <p>The cookie banner came with this HTML: it is on the first paint, before any script runs.</p>
    <p id="analytics-status">Analytics: off</p>
  </main>
  <footer><a href="/privacy">Privacy policy</a> · <button type="button" data-consentry-open>Cookie settings</button></footer>
  <script type="text/plain" data-consent="analytics" src="/analytics.js" nonce="${nonce}"></script>
</body>
</html>`
}

// The fake analytics script the page loads only after consent.
const ANALYTICS = "document.getElementById('analytics-status').textContent = 'Analytics: on'\n"
const FILES = { '/consentry.iife.js': 'consentry.iife.js', '/consentry.preferences.iife.js': 'consentry.preferences.iife.js' }

/**
 * Answers one request: the page (with a fresh nonce and a strict CSP), the drop-in files, the
 * fake analytics script and the privacy page.
 */
export async function handle(request, response) {
  let { pathname } = new URL(request.url, 'http://localhost')
  try {
    if (pathname === '/') {
      let nonce = randomBytes(16).toString('base64')
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'`,
        'Cache-Control': 'no-store'
      })
      response.end(page(request, nonce))
    } else if (FILES[pathname]) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' })
      response.end(await readFile(join(DIST, FILES[pathname])))
    } else if (pathname === '/analytics.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(ANALYTICS)
    } else if (pathname === '/privacy') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Privacy</title><h1>Privacy policy</h1>')
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
    }
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error))
  }
}

/**
 * Starts the example on 127.0.0.1; port 0 picks a free one. Resolves with its URL and close().
 *
 * @example
 * let server = await start(0) // server.url → 'http://127.0.0.1:41234'
 */
export async function start(port = 3000) {
  let server = createServer(handle)
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise(resolve => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let { url } = await start(Number(process.env.PORT || 3000))
  console.log(`Server-rendered banner example: ${url}`)
}
