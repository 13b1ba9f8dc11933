// What page markup (user content that passed a sanitizer), a strict CSP and a second decision
// cookie can do to the consent guarantee, in real Chromium.
import { describe, expect, test } from 'vitest'

import { action, banner, useBrowser } from './helpers.js'

let env = useBrowser()

const SRC = '/dist/consentry.iife.js'
const FULL = '/dist/consentry.full.iife.js'

/** A page with `head` in <head> and `body` in <body>, served at a fresh path. */
async function visit(body: string, { head = '', csp = '' } = {}) {
  let path = `/t/sec-${Math.random().toString(36).slice(2)}`
  env.server.page(path, `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`)
  if (csp) env.server.headers(path, { 'Content-Security-Policy': csp })
  let { context, page } = await env.open()
  let errors: string[] = []
  page.on('console', message => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', e => errors.push('uncaught: ' + e.message))
  await page.goto(env.server.url + path)
  return { context, page, errors, path }
}

const JAVASCRIPT_URLS = [
  'javascript:parent.__xss=document.domain',
  'JavaScript:parent.__xss=1',
  ' \tjavascript:parent.__xss=1',
  'java&#9;script:parent.__xss=1',
  '&#106;avascript:parent.__xss=1',
  'java\nscript:parent.__xss=1',
  'data:text/html,<script>parent.__xss=1</script>'
]

describe('URLs written into the page', () => {
  test('refuses an iframe data-src that is not http(s) or relative, and reports it', async () => {
    let frames = JAVASCRIPT_URLS.map(url => `<iframe data-consent="necessary" data-src="${url}"></iframe>`).join('')
    let { page, errors } = await visit(
      `<script src="${SRC}" data-categories="analytics" data-lang="en"></script>` +
        `<iframe data-consent="necessary" data-src="/frame.html" id="ok"></iframe>`
    )
    await banner(page).waitFor()
    // Inserted after load, like a comment rendered by a client-side app.
    await page.evaluate(html => document.body.insertAdjacentHTML('beforeend', html), frames)
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined()
    expect(await page.getAttribute('#ok', 'src')).toBe('/frame.html')
    expect(errors.filter(e => /URL/.test(e))).toHaveLength(JAVASCRIPT_URLS.length)
    expect(await page.locator('iframe[src^="javascript"], iframe[src^="data"]').count()).toBe(0)
  })

  test('refuses a javascript: iframe in the embed placeholder’s "Load once"', async () => {
    let { page } = await visit(
      `<iframe data-consent="marketing" data-src="javascript:parent.__xss=1" title="Video"></iframe>` +
        `<iframe data-consent="marketing" data-src="/frame.html" title="Map"></iframe>` +
        `<script src="${FULL}" data-categories="marketing" data-lang="en"></script>`
    )
    await banner(page).waitFor()
    // The javascript: iframe gets no placeholder at all; the other one does.
    let loadOnce = page.getByRole('button', { name: 'Load once' })
    await expect.poll(() => loadOnce.count()).toBe(1)
    // Its data-src rewritten after the placeholder was built: checked again at the click.
    await page.evaluate(() => document.querySelector('iframe[title="Map"]')!.setAttribute('data-src', 'javascript:parent.__xss=2'))
    await loadOnce.click()
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined()
    expect(await page.locator('iframe[src]').count()).toBe(0)
  })

  test('refuses a blocked script whose src is a data: URL', async () => {
    let { page, errors } = await visit(
      `<script src="${SRC}" data-categories="analytics" data-lang="en"></script>` +
        `<script type="text/plain" data-consent="necessary" src="data:text/javascript,window.__xss=1"></script>`
    )
    await banner(page).waitFor()
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined()
    expect(errors.some(e => /URL/.test(e))).toBe(true)
  })
})

describe('a strict-dynamic CSP', () => {
  const CSP = "script-src 'nonce-abc123' 'strict-dynamic'; object-src 'none'"

  test('activates only blocked scripts that carry the page’s nonce', async () => {
    let { page, errors } = await visit(
      `<script nonce="abc123" src="${SRC}" data-categories="analytics" data-lang="en"></script>` +
        `<script type="text/plain" data-consent="necessary" nonce="abc123">window.__trusted = 1</script>` +
        `<div id="comments"></div>`,
      { csp: CSP }
    )
    await banner(page).waitFor()
    await page.waitForFunction(() => (window as any).__trusted === 1)
    // User content rendered later: no nonce, or a guessed one.
    await page.evaluate(() => {
      document.getElementById('comments')!.innerHTML =
        '<script type="text/plain" data-consent="necessary">window.__xss = 1</script>' +
        '<script type="text/plain" data-consent="necessary" nonce="guess">window.__xss = 2</script>' +
        '<script type="text/plain" data-consent="necessary" src="/analytics.js"></script>'
    })
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined()
    expect(env.server.count('/analytics.js')).toBe(0)
    expect(errors.some(e => /nonce/.test(e))).toBe(true)
  })
})

describe('config', () => {
  test('never reads config from markup that is not a JSON script before the tag', async () => {
    let fake = `<p id="consentry-config">{"texts":{"en":{"accept":"Reject","reject":"Accept"}},"privacyPolicyUrl":"https://evil.example/"}</p>`
    for (let tag of [`<script defer src="${SRC}" data-categories="analytics" data-lang="en"></script>`]) {
      let { page } = await visit(tag + fake)
      await banner(page).waitFor()
      expect(await action(page, 'accept').textContent()).toBe('Accept')
      expect(await banner(page).locator('a[href*="evil"]').count()).toBe(0)
    }
  })

  test('ignores a JSON block placed after a deferred tag', async () => {
    let json = `<script type="application/json" id="consentry-config">{"privacyPolicyUrl":"https://evil.example/"}</script>`
    let { page } = await visit(`<script defer src="${SRC}" data-categories="analytics" data-lang="en"></script>${json}`)
    await banner(page).waitFor()
    expect(await banner(page).locator('a[href*="evil"]').count()).toBe(0)
  })

  test('is not confused by an element that clobbers document.currentScript', async () => {
    let { page } = await visit(
      `<img name="currentScript" data-categories="analytics" data-privacy-policy="https://evil.example/">` +
        `<script src="${SRC}" data-categories="analytics" data-lang="en" data-privacy-policy="/privacy"></script>`
    )
    await banner(page).waitFor()
    expect(await banner(page).locator('a').getAttribute('href')).toBe('/privacy')
  })
})

describe('a second decision cookie', () => {
  test('never lets an older accept beat a newer refusal after a reload', async () => {
    let { context, page, errors } = await visit(`<script src="${SRC}" data-categories="analytics" data-lang="en"></script>`)
    await banner(page).waitFor()
    let old = (Date.now() - 3600e3).toString(36)
    let url = new URL(env.server.url)
    // A host-only accept left from before a cookie.domain change, and one at a deeper path.
    await context.addCookies([
      { name: 'consentry', value: `1.1.${old}.a.olddecision-1.analytics:1`, domain: url.hostname, path: '/' },
      { name: 'consentry', value: `1.1.${old}.a.olddecision-2.analytics:1`, domain: url.hostname, path: '/t' }
    ])
    await page.reload()
    expect(await page.evaluate(() => (window as any).consentry.isGranted('analytics'))).toBe(true)
    await page.evaluate(() => (window as any).consentry.showPreferences())
    await page.evaluate(() => (window as any).consentry.rejectAll())
    await page.reload()
    expect(await page.evaluate(() => (window as any).consentry.getDecision()?.method)).toBe('reject-all')
    expect(await page.evaluate(() => (window as any).consentry.isGranted('analytics'))).toBe(false)
    expect(errors.filter(e => /blocked/i.test(e))).toEqual([])
    let left = (await context.cookies()).filter(cookie => cookie.name === 'consentry')
    expect(left).toHaveLength(1)
  })
})

describe('activation', () => {
  test('does not freeze the tab on a data-type that would keep the script blocked', async () => {
    let { page, errors } = await visit(
      `<script src="${SRC}" data-categories="analytics" data-lang="en"></script>` +
        `<script type="text/plain" data-consent="analytics" data-type="TEXT/PLAIN">window.__ran = 1</script>` +
        `<script type="text/plain" data-consent="analytics">window.__after = 1</script>`
    )
    await action(page, 'accept').click()
    // A frozen tab never answers.
    expect(await page.evaluate(() => (window as any).__after, undefined)).toBe(1)
    expect(await page.evaluate(() => (window as any).__ran)).toBeUndefined()
    expect(errors.filter(e => /type/.test(e))).toHaveLength(1)
  })

  test('completes the decision when one element cannot be activated (Trusted Types)', async () => {
    let { page, errors } = await visit(
      `<script nonce="n0nce" src="${SRC}" data-categories="analytics" data-lang="en"></script>` +
        `<script type="text/plain" data-consent="analytics" nonce="n0nce">window.__inline = 1</script>` +
        `<script nonce="n0nce">window.consentry.on('decision', function () { window.__decided = 1 });
          window.consentry.whenGranted('analytics', function () { window.__loader = 1 })</script>`,
      { csp: "script-src 'nonce-n0nce'; require-trusted-types-for 'script'" }
    )
    await action(page, 'accept').click()
    await page.waitForFunction(() => (window as any).__decided === 1)
    expect(await page.evaluate(() => (window as any).__loader)).toBe(1)
    expect(await banner(page).count()).toBe(0)
    expect(errors.some(e => /consentry/.test(e))).toBe(true)
  })
})
