// `npm run bench:profile`: where the drop-in's main-thread time goes on the bench's first visit
// (article page, 390×844, CPU 4× slower). Samples a V8 CPU profile of BENCH_LOADS (default 11)
// fresh loads and prints, per function of dist/consentry.iife.js, the mean ms per load spent in it
// (self) and under it (total), with the start of its minified source so it can be found in src/.
// Native calls (createElement, document.cookie, CSS parsing) count in the self time of the caller's
// sample parent only when V8 sees them as such; "(program)" is work outside any script.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureChromium } from '../scripts/chromium.js'
import { BENCH, REPO, serve } from './serve.js'
import { composePage, libraries } from './libraries.js'
import { CPU_RATE, VIEWPORT } from './measure.js'

const LOADS = Number(process.env.BENCH_LOADS || 11)
const FILE = 'consentry.iife.js'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

let lib = libraries().find(library => library.id === 'consentry')
let source = readFileSync(join(REPO, 'dist', FILE), 'utf8').split('\n')
let server = await serve({ '/consentry': composePage(readFileSync(join(BENCH, 'pages', 'article.html'), 'utf8'), lib) })
let browser = await chromium.launch({ executablePath: ensureChromium(), args: ARGS })
let self = new Map()
let total = new Map()
let add = (map, key, ms) => map.set(key, (map.get(key) || 0) + ms / LOADS)

try {
  // One load first, unmeasured, so the browser's own start-up is not in the numbers.
  for (let i = 0; i <= LOADS; i++) {
    let context = await browser.newContext({ viewport: VIEWPORT })
    let page = await context.newPage()
    let cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE })
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
    await cdp.send('Profiler.start')
    await page.goto(`${server.url}/consentry`, { waitUntil: 'load' })
    await page.waitForTimeout(300)
    let { profile } = await cdp.send('Profiler.stop')
    await context.close()
    if (i) collect(profile)
  }
} finally {
  await browser.close()
  await server.close()
}

function collect(profile) {
  let nodes = new Map(profile.nodes.map(node => [node.id, node]))
  let parent = new Map()
  for (let node of profile.nodes) for (let child of node.children || []) parent.set(child, node.id)
  let ours = id => nodes.get(id).callFrame.url.endsWith(FILE)
  let key = id => {
    let { lineNumber: line, columnNumber: column } = nodes.get(id).callFrame
    return `${line}:${column}`
  }
  profile.samples.forEach((id, i) => {
    let ms = (profile.timeDeltas[i + 1] || 0) / 1000
    // Self: the innermost of our functions on the stack (native calls it made count for it).
    let seen = new Set()
    let first = true
    for (let at = id; at; at = parent.get(at)) {
      if (!ours(at)) continue
      if (first) add(self, key(at), ms)
      first = false
      if (!seen.has(key(at))) add(total, key(at), ms)
      seen.add(key(at))
    }
  })
}

let rows = [...total].sort((left, right) => right[1] - left[1]).slice(0, 25)
console.log(`${FILE}, mean ms per load over ${LOADS} loads (CPU ${CPU_RATE}× slower):\n`)
console.log('  total    self  function (line:column in dist, start of its code)')
for (let [at, ms] of rows) {
  let [line, column] = at.split(':').map(Number)
  let code = (source[line] || '').slice(column, column + 70).replace(/\s+/g, ' ')
  console.log(`${ms.toFixed(1).padStart(7)} ${(self.get(at) || 0).toFixed(1).padStart(7)}  ${at.padEnd(9)} ${code}`)
}
