// One page load in a fresh browser context, measured through CDP: a phone viewport, the CPU slowed
// 4×, the Performance domain on before navigation. The page reports through CDP bindings (no polling
// from Node), so the script time is read within a few ms of the moment it describes.

export const VIEWPORT = { width: 390, height: 844 }
export const CPU_RATE = 4

// Runs in the page before any of its scripts. "Visible" = the element exists, has a box of at least
// 1×1 px that intersects the viewport, computed visibility `visible`, and no ancestor (itself included)
// with computed opacity 0. Checked once per animation frame, i.e. when the browser would paint. On a
// return visit (`watch` false) it only defines the check, so it costs nothing while the page loads.
const probe = (selector, watch) => `(() => {
  if (window.top !== window) return
  const selector = ${JSON.stringify(selector)}
  const shown = () => {
    const el = document.querySelector(selector)
    if (!el) return false
    const r = el.getBoundingClientRect()
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false
    if (getComputedStyle(el).visibility !== 'visible') return false
    for (let e = el; e; e = e.parentElement) if (parseFloat(getComputedStyle(e).opacity) === 0) return false
    return true
  }
  window.__benchShown = shown
  const tick = () => {
    if (!shown()) return requestAnimationFrame(tick)
    window.__bannerAt = performance.now()
    if (typeof window.__benchBanner === 'function') window.__benchBanner(String(window.__bannerAt))
  }
  if (${watch}) requestAnimationFrame(tick)
})()`

const scriptMs = async cdp => {
  let { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find(metric => metric.name === 'ScriptDuration').value * 1000
}

const settle = ms => new Promise(resolve => setTimeout(resolve, ms))

/** Resolves when `check()` is true, or false after `ms`. */
async function until(check, ms) {
  let end = Date.now() + ms
  while (Date.now() < end) {
    if (check()) return true
    await settle(20)
  }
  return check()
}

/**
 * A fresh page in `context`, with `cookies` stored first and the CPU throttled like a phone.
 *
 * @example
 * let { page, cdp } = await throttledPage(context, cookies)
 */
async function throttledPage(context, cookies) {
  if (cookies) await context.addCookies(cookies)
  let page = await context.newPage()
  let cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE })
  return { page, cdp }
}

/**
 * Loads `url` once. First visit (no `cookies`): waits for the banner, counts analytics requests, clicks
 * Accept, counts again. Return visit (`cookies` given): waits for the analytics script to run.
 *
 * @example
 * let r = await visit(browser, server.url + '/floor', lib, { collect: true })
 * // { bannerMs: 48.2, scriptMs: 6.1, before: 0, after: 1, files: [...], cookies: [...] }
 */
export async function visit(browser, url, lib, { cookies, collect = false, timeout = 20000 } = {}) {
  let context = await browser.newContext({ viewport: VIEWPORT })
  try {
    let { page, cdp } = await throttledPage(context, cookies)
    await cdp.send('Performance.enable')
    await cdp.send('Runtime.enable')
    await cdp.send('Runtime.addBinding', { name: '__benchBanner' })
    await cdp.send('Runtime.addBinding', { name: '__benchAnalytics' })
    let result = { analyticsRequests: 0 }
    cdp.on('Runtime.bindingCalled', async ({ name, payload }) => {
      if (name === '__benchBanner' && result.bannerMs === undefined) {
        result.bannerMs = Number(payload)
        result.scriptMs = await scriptMs(cdp)
      } else if (name === '__benchAnalytics' && result.analyticsScriptMs === undefined) {
        result.analyticsScriptMs = await scriptMs(cdp)
        result.analyticsRan = true
      }
    })
    let responses = []
    page.on('request', request => {
      if (new URL(request.url()).pathname === '/analytics.js') result.analyticsRequests++
    })
    if (collect) page.on('response', response => responses.push(response))
    await page.addInitScript(probe(lib.banner, !cookies))
    await page.goto(url, { waitUntil: 'commit' })

    if (cookies) {
      // Return visit: the loader should fire with no banner.
      await until(() => result.analyticsRan, timeout)
      await page.waitForLoadState('load')
      await settle(500)
      result.analyticsMs = await page.evaluate(() => window.__analyticsAt ?? null)
      result.bannerShown = await page.evaluate(() => window.__benchShown())
      return result
    }

    if (!(await until(() => result.scriptMs !== undefined, timeout))) {
      throw new Error(`${lib.id}: no visible ${lib.banner} within ${timeout} ms`)
    }
    await page.waitForLoadState('load')
    await settle(500)
    result.before = result.analyticsRequests
    await page.click(lib.accept, { timeout })
    await until(() => result.analyticsRan, 5000)
    await settle(500)
    result.after = result.analyticsRequests
    result.cookies = await context.cookies()
    if (collect) result.files = await filesOf(responses, url)
    return result
  } finally {
    await context.close()
  }
}

/** The library's own files: every successful same-origin response but the page and analytics.js. */
async function filesOf(responses, pageUrl) {
  let origin = new URL(pageUrl).origin
  let files = []
  for (let response of responses) {
    let url = new URL(response.url())
    if (url.origin !== origin || response.status() !== 200) continue
    if (url.href === pageUrl || url.pathname === '/analytics.js') continue
    files.push({ path: url.pathname + url.search, body: await response.body() })
  }
  return files
}

/**
 * Consentry's init cost: the page imports dist/index.js, creates the instance and registers 1,000
 * loaders (and, undecided, times the Accept that runs them). Returns what the page measured.
 *
 * @example
 * let { init, accept, ran } = await initCost(browser, server.url + '/init-cost.html')
 */
export async function initCost(browser, url, { cookies } = {}) {
  let context = await browser.newContext({ viewport: VIEWPORT })
  try {
    let { page } = await throttledPage(context, cookies)
    let errors = []
    page.on('pageerror', error => errors.push(error.message))
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(() => window.__initCost, null, { timeout: 10000 }).catch(() => {
      throw new Error('init-cost page did not finish: ' + (errors.join('; ') || 'no error reported'))
    })
    let result = await page.evaluate(() => window.__initCost)
    return { ...result, cookies: await context.cookies() }
  } finally {
    await context.close()
  }
}
