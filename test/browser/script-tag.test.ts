// The drop-in tag: every way of loading it, the JSON config, errors that fail closed, one global.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'

import { action, articlePage, banner, newGlobals, seen, useBrowser } from './helpers.js'

let env = useBrowser()

const SRC = '/dist/consentry.iife.js'
const ATTRS = 'data-privacy-policy="/confidentialite" data-lang="fr" data-categories="analytics"'
const READY = `<script>document.addEventListener('consentry:ready', function (e) {
  window.__ready = e.detail === window.consentry })</script>`

/** Opens `html` at a fresh path, collecting console errors and uncaught exceptions. */
async function visit(html: string) {
  let path = `/t/tag-${Math.random().toString(36).slice(2)}`
  env.server.page(path, html)
  let { context, page } = await env.open()
  let errors: string[] = []
  page.on('console', message => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', e => errors.push('uncaught: ' + e.message))
  env.server.resetCounts()
  await page.goto(env.server.url + path)
  await page.waitForFunction(() => 'consentry' in window || document.readyState === 'complete')
  return { context, page, errors }
}

async function acceptLoadsAnalyticsOnce(page: Page): Promise<void> {
  expect(env.server.count('/analytics.js')).toBe(0)
  await action(page, 'accept').click()
  await page.locator('[data-fake-analytics]').waitFor({ state: 'attached' })
  expect(env.server.count('/analytics.js')).toBe(1)
}

describe('loading', () => {
  let cases: Record<string, { head?: string; tag?: string; after?: string }> = {
    'a plain tag in <head>': { head: `<script src="${SRC}" ${ATTRS}></script>`, tag: '' },
    'a defer tag in <head>': { head: `<script defer src="${SRC}" ${ATTRS}></script>`, tag: '' },
    'an async tag at the end of <body>': { tag: `<script async src="${SRC}" ${ATTRS}></script>` },
    'a tag inserted after load': {
      tag: `<script>addEventListener('load', function () { setTimeout(function () {
        var s = document.createElement('script'); s.src = '${SRC}'; s.setAttribute('data-categories', 'analytics');
        s.setAttribute('data-lang', 'fr'); document.body.appendChild(s) }, 50) })</script>`
    }
  }
  for (let [name, parts] of Object.entries(cases)) {
    test(`works from ${name}`, async () => {
      let { page, errors } = await visit(articlePage(parts))
      await banner(page).waitFor()
      expect(await banner(page).textContent()).toContain('Ce site utilise des cookies')
      await acceptLoadsAnalyticsOnce(page)
      expect(errors).toEqual([])
    })
  }
})

describe('configuration', () => {
  test('reads the JSON config block', async () => {
    let json = `<script type="application/json" id="consentry-config">
      {"categories": {"analytics": {}, "marketing": {}}, "lang": "en", "privacyPolicyUrl": "/confidentialite"}</script>`
    let { page, errors } = await visit(articlePage({ tag: `${json}<script src="${SRC}"></script>` }))
    await banner(page).waitFor()
    expect(await page.evaluate(() => (window as any).consentry.config.names)).toEqual(['analytics', 'marketing'])
    expect(await banner(page).textContent()).toContain('This site uses cookies')
    expect(errors).toEqual([])
  })

  test('lets data attributes override the JSON config', async () => {
    let json = `<script type="application/json" id="consentry-config">{"categories": ["marketing"], "lang": "en"}</script>`
    let { page } = await visit(articlePage({ tag: `${json}<script src="${SRC}" ${ATTRS}></script>` }))
    await banner(page).waitFor()
    expect(await page.evaluate(() => (window as any).consentry.config.names)).toEqual(['analytics'])
    expect(await banner(page).textContent()).toContain('Ce site utilise des cookies')
  })

  test('reports invalid JSON once and still asks before loading anything', async () => {
    let json = `<script type="application/json" id="consentry-config">{"categories": [analytics]</script>`
    let { page, errors } = await visit(articlePage({ tag: `${json}<script src="${SRC}" ${ATTRS}></script>` }))
    await banner(page).waitFor()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/consentry-config.*JSON/)
    await acceptLoadsAnalyticsOnce(page)
  })

  test('says so when the JSON config comes after a tag that already started', async () => {
    let json = `<script type="application/json" id="consentry-config">{"lang": "en"}</script>`
    let { page, errors } = await visit(articlePage({ after: json }))
    await banner(page).waitFor()
    await expect.poll(() => errors.length).toBe(1)
    expect(errors[0]).toMatch(/#consentry-config.*before/)
    await acceptLoadsAnalyticsOnce(page)
  })

  test('reports an invalid option once and falls back to safe defaults', async () => {
    let { page, errors } = await visit(articlePage({ attrs: 'data-revision="two" data-theme="neon"' }))
    await banner(page).waitFor()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/revision|theme/)
    await acceptLoadsAnalyticsOnce(page)
  })

  test('never fails open when the categories are missing: it asks about the page’s own', async () => {
    let { page, errors } = await visit(articlePage({ tag: `<script src="${SRC}" data-lang="fr"></script>` }))
    expect(errors).toEqual([])
    expect(env.server.count('/analytics.js')).toBe(0)
    // Safe default: the page's own blocked categories, still behind the banner.
    await banner(page).waitFor()
    await acceptLoadsAnalyticsOnce(page)
  })
})

describe('locale files', () => {
  test('switches the banner when a locale file loads after it', async () => {
    let late = `<script>addEventListener('load', function () { setTimeout(function () {
      var s = document.createElement('script'); s.src = '/dist/locales/de.iife.js'; document.body.appendChild(s) }, 50) })</script>`
    let { page, errors } = await visit(articlePage({ lang: 'de', after: late }))
    await banner(page).waitFor()
    await page.waitForFunction(() => document.querySelector('[data-consentry="banner"]')?.getAttribute('lang') === 'de')
    expect(await banner(page).textContent()).toContain('Diese Website verwendet Cookies')
    expect(await newGlobals(page)).toEqual(['consentry'])
    expect(errors).toEqual([])
  })
})

describe('global', () => {
  test('adds only window.consentry and fires consentry:ready with it', async () => {
    let { page } = await visit(articlePage({ tag: `${READY}<script src="${SRC}" ${ATTRS}></script>` }))
    await banner(page).waitFor()
    expect(await page.evaluate(() => (window as any).__ready)).toBe(true)
    expect(await newGlobals(page)).toEqual(['consentry'])
  })

  test('keeps one banner when the tag is included twice', async () => {
    let tag = `<script src="${SRC}" ${ATTRS}></script>`
    let { page, errors } = await visit(articlePage({ tag: tag + tag }))
    await banner(page).waitFor()
    expect(await banner(page).count()).toBe(1)
    expect(errors).toHaveLength(1)
    expect(await seen(banner(page))).toBe(true)
  })
})

describe('build', () => {
  test('keeps the V8 compile hint as the first line and js-cookie’s license', () => {
    for (let file of ['dist/consentry.iife.js', 'dist/consentry.full.iife.js']) {
      let code = readFileSync(file, 'utf8')
      expect(code.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true)
      expect(code).toContain('/*! js-cookie')
    }
  })

  test('escapes non-ASCII texts, for pages that are not UTF-8', () => {
    let files = ['consentry.iife.js', 'consentry.full.iife.js', ...readdirSync('dist/locales').map(name => 'locales/' + name)]
    for (let file of files.filter(path => path.endsWith('.iife.js'))) {
      expect(readFileSync('dist/' + file, 'utf8'), file).toMatch(/^[\0-\x7f]*$/)
    }
  })
})
