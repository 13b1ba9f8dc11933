// `npm run bench`: consentry's drop-in against a hand-written banner (the floor) and the peers, on the
// same French article page in Debian's Chromium (phone viewport, CPU 4× slower). Prints a Markdown
// table and writes bench/results.json. BENCH_LOADS=n changes the number of loads (default 15);
// BENCH_ONLY=consentry,klaro measures only those ids, with the floor (ratios need it), and prints
// without writing results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureChromium } from '../scripts/chromium.js'
import { BENCH, REPO, serve } from './serve.js'
import { composePage, libraries } from './libraries.js'
import { CPU_RATE, VIEWPORT, initCost, visit } from './measure.js'
import { addRatios, gzipBytes, median, summarize, table, targets } from './report.js'

const LOADS = Number(process.env.BENCH_LOADS || 15)
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

let template = readFileSync(join(BENCH, 'pages', 'article.html'), 'utf8')
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean)
let rows = libraries().filter(lib => !ONLY || lib.id === 'floor' || ONLY.includes(lib.id)).map(lib => ({
  ...lib,
  status: lib.needs && !existsSync(lib.needs) ? `not built: ${lib.needs.slice(REPO.length)} is missing (run npm run build)` : 'ok',
  first: [],
  back: [],
  errors: []
}))
let pages = Object.fromEntries(rows.map(row => ['/' + row.id, composePage(template, row)]))
let server = await serve(pages)
let browser = await chromium.launch({ executablePath: ensureChromium(), args: ARGS })
let started = Date.now()
let loadAtStart = loadavg()[0]
let init
let chromiumVersion
let live = () => rows.filter(row => row.status === 'ok')

// One failed load marks the error and moves on; a library that fails 3 times is dropped.
async function attempt(row, work) {
  try {
    return await work()
  } catch (error) {
    row.errors.push(error.message.split('\n')[0])
    if (row.errors.length >= 3) row.status = `failed: ${row.errors[0]}`
    return null
  }
}

try {
  for (let row of rows) if (row.status !== 'ok') console.log(`${row.name}: ${row.status}`)
  // Warm the browser once so the first measured load is not also the browser's first.
  await visit(browser, `${server.url}/floor`, rows[0]).catch(() => {})

  console.log(`First visits: ${LOADS} fresh loads per library, interleaved…`)
  for (let i = 0; i < LOADS; i++) {
    for (let row of live()) {
      let url = `${server.url}/${row.id}`
      let result = await attempt(row, () => visit(browser, url, row, { collect: !row.files }))
      if (!result) continue
      if (result.files) row.files = result.files.map(file => ({ path: file.path, gzip: gzipBytes(file.body) }))
      // The stored decision for return visits: the library's own cookies after Accept, not the analytics one.
      row.cookies ||= result.cookies.filter(cookie => cookie.name !== '_fa')
      row.first.push(result)
    }
  }

  console.log('Return visits (decision cookie stored beforehand)…')
  for (let i = 0; i < LOADS; i++) {
    for (let row of live()) {
      let result = await attempt(row, () => visit(browser, `${server.url}/${row.id}`, row, { cookies: row.cookies }))
      if (result) row.back.push(result)
    }
  }

  init = await measureInitCost()
} finally {
  chromiumVersion = browser.version()
  await browser.close()
  await server.close()
}

async function measureInitCost() {
  if (!existsSync(join(REPO, 'dist', 'index.js'))) return { status: 'not built: dist/index.js is missing' }
  console.log('Init cost with 1,000 loaders (dist/index.js)…')
  try {
    let url = `${server.url}/init-cost.html`
    let undecided = []
    let decided = []
    // A retry per load: a concurrent `npm run build` briefly empties dist/.
    let once = async options => (await initCost(browser, url, options).catch(() => null)) ?? initCost(browser, url, options)
    for (let i = 0; i < LOADS; i++) undecided.push(await once())
    let cookies = undecided[0].cookies
    for (let i = 0; i < LOADS; i++) decided.push(await once({ cookies }))
    let med = (list, key) => Math.round(median(list.map(sample => sample[key])) * 10) / 10
    return {
      status: 'ok',
      firstVisit: {
        initMs: med(undecided, 'init'),
        createMs: med(undecided, 'create'),
        register1000Ms: med(undecided, 'register'),
        acceptMs: med(undecided, 'accept'),
        loadersRun: undecided[0].ran
      },
      returnVisit: {
        initMs: med(decided, 'init'),
        createMs: med(decided, 'create'),
        register1000Ms: med(decided, 'register'),
        loadersRun: decided[0].ran,
        decided: decided[0].decided
      }
    }
  } catch (error) {
    return { status: `failed: ${error.message.split('\n')[0]}` }
  }
}

for (let row of rows) {
  if (row.status === 'ok' && row.first.length) row.summary = summarize(row, row)
}
addRatios(rows)
let checks = targets(rows)
let machine = {
  cpu: cpus()[0]?.model?.trim(),
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: chromiumVersion,
  // Other work on the machine inflates every time; above 1 per core the run is noisy.
  loadAverage: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(loadavg()[0] * 100) / 100 }
}
let results = {
  date: new Date().toISOString(),
  machine,
  settings: { loads: LOADS, viewport: VIEWPORT, cpuThrottlingRate: CPU_RATE, durationS: Math.round((Date.now() - started) / 1000) },
  libraries: rows.map(row => ({
    id: row.id,
    name: row.name,
    version: row.version,
    status: row.status,
    errors: row.errors,
    summary: row.summary || null,
    ratioToFloor: row.ratio || null,
    samples: {
      bannerMs: row.first.map(result => result.bannerMs),
      scriptMs: row.first.map(result => result.scriptMs),
      returnAnalyticsMs: row.back.map(result => result.analyticsMs)
    }
  })),
  consentryInitCost1000Loaders: init,
  consentryTargets: checks
}
// A partial run (BENCH_ONLY) leaves the full run's results.json alone.
if (!ONLY) writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n')

console.log('\n' + table(rows) + '\n')
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium}, ${results.date.slice(0, 10)}; ` +
  `${LOADS} fresh loads each, ${VIEWPORT.width}×${VIEWPORT.height}, CPU throttled ${CPU_RATE}×.`)
if (Math.max(loadAtStart, loadavg()[0]) > machine.cores) {
  console.log(`Warning: load average ${machine.loadAverage.start} → ${machine.loadAverage.end} on ${machine.cores} cores: ` +
    'other work competed for the CPU, so times are inflated and noisy. Compare ratios, or rerun on an idle machine.')
}
if (init.status === 'ok') {
  let { firstVisit, returnVisit } = init
  console.log(`consentry init with 1,000 loaders (dist/index.js, median): first visit ${firstVisit.initMs} ms ` +
    `(createConsent ${firstVisit.createMs} ms + 1,000 whenGranted ${firstVisit.register1000Ms} ms), then Accept running them ${firstVisit.acceptMs} ms; ` +
    `return visit ${returnVisit.initMs} ms (createConsent ${returnVisit.createMs} ms + 1,000 whenGranted running at once ${returnVisit.register1000Ms} ms).`)
} else console.log(`consentry init cost: ${init.status}`)
console.log('\nconsentry targets:')
for (let check of checks) console.log(`- ${check.met ? '✓' : '✗ not yet:'} ${check.target}${check.detail ? ` (${check.detail})` : ''}`)
console.log(ONLY ? `\nDone in ${results.settings.durationS} s (BENCH_ONLY: results.json not written).` : `\nWrote bench/results.json in ${results.settings.durationS} s.`)
