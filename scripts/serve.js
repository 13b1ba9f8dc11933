// A tiny static server for the examples, the browser tests and the benchmark. No dependencies.
// Routes: /dist/* → dist/, /npm/* → examples/npm/, /node_modules/* → node_modules/, everything else →
// examples/script-tag/.
// Tests add pages (`page()`), response headers (`headers()`) and read request counts (`count()`).
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

const MOUNTS = [
  ['/dist/', 'dist'],
  ['/npm/', 'examples/npm'],
  // For the npm example's import map (js-cookie stays an external dependency of dist/).
  ['/node_modules/', 'node_modules'],
  ['/', 'examples/script-tag']
]

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8'
}

/** Finds the file for a URL path: `dir/` → dir/index.html, `/name` → name.html when it exists. */
async function resolveFile(root, pathname) {
  let [prefix, dir] = MOUNTS.find(([mountPrefix]) => pathname.startsWith(mountPrefix))
  let base = join(root, dir)
  let file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length))))
  // Never serve outside the mounted folder.
  if (file !== base && !file.startsWith(base + sep)) return null
  for (let candidate of [file, join(file, 'index.html'), file + '.html']) {
    let info = await stat(candidate).catch(() => null)
    if (info?.isFile()) return candidate
  }
  return null
}

/**
 * Starts the server on 127.0.0.1. `port: 0` picks a free port.
 *
 * @example
 * let server = await serve({ port: 0 })
 * server.headers('/', { 'Content-Security-Policy': "default-src 'self'" })
 * server.page('/test/en', '<!doctype html>…')
 * // … server.count('/analytics.js') → 0
 * await server.close()
 */
export async function serve({ port = 0, root = ROOT } = {}) {
  let counts = new Map()
  let extraHeaders = new Map()
  let pages = new Map()
  let server = createServer(async (req, res) => {
    let { pathname } = new URL(req.url, 'http://localhost')
    counts.set(pathname, (counts.get(pathname) || 0) + 1)
    // no-store: every page load asks again, so request counts mean "times the browser fetched it".
    let headers = { 'Cache-Control': 'no-store', ...extraHeaders.get(pathname) }
    try {
      let body = pages.get(pathname)
      let type = TYPES[extname(pathname)] || TYPES['.html']
      if (body === undefined) {
        let file = await resolveFile(root, pathname)
        if (!file) {
          res.writeHead(404, { ...headers, 'Content-Type': TYPES['.txt'] }).end('Not found: ' + pathname)
          return
        }
        body = await readFile(file)
        type = TYPES[extname(file)] || 'application/octet-stream'
      }
      res.writeHead(200, { 'Content-Type': type, ...headers }).end(req.method === 'HEAD' ? '' : body)
    } catch (error) {
      res.writeHead(500, { 'Content-Type': TYPES['.txt'] }).end(String(error))
    }
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  let url = `http://127.0.0.1:${server.address().port}`
  return {
    url,
    /** How many requests this path (without query) got since start or the last reset. */
    count: pathname => counts.get(pathname) || 0,
    resetCounts: () => counts.clear(),
    /** Adds response headers for one path, e.g. a Content-Security-Policy. */
    headers: (pathname, values) => extraHeaders.set(pathname, values),
    /** Serves `body` at `pathname` (before files); the type follows the extension, else HTML. */
    page: (pathname, body) => pages.set(pathname, body),
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      })
  }
}

/**
 * The script-tag example article with variations, for tests and screenshots: another language,
 * extra attributes on the consentry tag, HTML added to <head> or after the tag.
 *
 * @example
 * server.page('/t/dark', articlePage({ lang: 'en', attrs: 'data-theme="dark"' }))
 */
export function articlePage({ lang = 'fr', attrs = '', head = '', after = '', tag } = {}) {
  let html = readFileSync(join(ROOT, 'examples/script-tag/index.html'), 'utf8')
  let original = /<script src="\/dist\/consentry\.iife\.js"[^>]*><\/script>/.exec(html)[0]
  let replaced = (tag ?? original.replace('data-lang="fr"', `data-lang="${lang}"`).replace('<script ', `<script ${attrs} `)) + after
  return html.replace(original, replaced).replace('</head>', head + '</head>')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let server = await serve({ port: Number(process.env.PORT || 8080) })
  console.log(`Serving ${ROOT} at ${server.url}`)
}
