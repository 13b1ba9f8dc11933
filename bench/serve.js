// The benchmark's static server on 127.0.0.1. Its own (not scripts/serve.js) because it mounts the
// peers from bench/node_modules, which the library's server must never know about.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BENCH = fileURLToPath(new URL('.', import.meta.url))
export const REPO = join(BENCH, '..')

// URL prefix → folder. Peers only by name, so nothing else in node_modules is reachable.
const MOUNTS = [
  ['/lib/vanilla-cookieconsent/', 'bench/node_modules/vanilla-cookieconsent'],
  ['/lib/klaro/', 'bench/node_modules/klaro'],
  ['/lib/tarteaucitronjs/', 'bench/node_modules/tarteaucitronjs'],
  ['/lib/cookieconsent/', 'bench/node_modules/cookieconsent'],
  ['/dist/', 'dist'],
  ['/vendor/js-cookie/', 'node_modules/js-cookie'],
  ['/vendor/nanoevents/', 'node_modules/nanoevents'],
  ['/', 'bench/pages']
]

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8'
}

async function resolveFile(pathname) {
  let [prefix, dir] = MOUNTS.find(([mountPrefix]) => pathname.startsWith(mountPrefix))
  let base = join(REPO, dir)
  let file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length))))
  if (file !== base && !file.startsWith(base + sep)) return null // never outside the mount
  for (let candidate of [file, file + '.html']) {
    let info = await stat(candidate).catch(() => null)
    if (info?.isFile()) return candidate
  }
  return null
}

/**
 * Starts the server; `pages` maps a path to generated HTML (the benchmark pages), or to a function
 * of the request that returns it.
 *
 * @example
 * let server = await serve({ '/floor': '<!doctype html>…' })
 * // page.goto(server.url + '/floor') …
 * await server.close()
 */
export async function serve(pages = {}) {
  let server = createServer(async (req, res) => {
    let { pathname } = new URL(req.url, 'http://127.0.0.1')
    // no-store: every fresh context fetches every file, as a first visit does.
    let headers = { 'Cache-Control': 'no-store' }
    try {
      if (pages[pathname] !== undefined) {
        // A function renders per request (the server-rendered banner reads the Cookie header).
        let page = typeof pages[pathname] === 'function' ? pages[pathname](req) : pages[pathname]
        res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] }).end(page)
        return
      }
      let file = await resolveFile(pathname)
      if (!file) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found: ' + pathname)
        return
      }
      let type = TYPES[extname(file)] || 'application/octet-stream'
      res.writeHead(200, { ...headers, 'Content-Type': type }).end(await readFile(file))
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error))
    }
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(Number(process.env.BENCH_PORT || 0), '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
