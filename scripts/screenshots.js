// `npm run screenshots`: docs/*.png of the script-tag example in Chromium (the README shows them):
// the three layouts at 320, 390 and 1280 px, light and dark, French and English; the preferences
// dialog; the embed placeholder; and the classic set (banner-fr/en/dark/320px, preferences).
// `node scripts/screenshots.js box` only takes the shots whose file name contains "box".
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

import { ensureChromium } from './chromium.js'
import { ROOT, articlePage, serve } from './serve.js'

const WIDTHS = { 320: 640, 390: 844, 1280: 720 }
// Each layout at each width, light and dark, French and English, without taking all 36 shots:
// every width gets both themes and both languages across the layouts' rows.
const LOOKS = [
  ['box', 1280, 'light', 'fr'], ['box', 390, 'dark', 'en'], ['box', 320, 'light', 'en'],
  ['bar', 1280, 'dark', 'en'], ['bar', 390, 'light', 'fr'], ['bar', 320, 'dark', 'fr'],
  ['cloud', 1280, 'light', 'en'], ['cloud', 390, 'dark', 'fr'], ['cloud', 320, 'light', 'fr'],
  ['box', 1280, 'dark', 'en'], ['bar', 1280, 'light', 'fr'], ['cloud', 1280, 'dark', 'fr']
]

/** A video embed under the article's first paragraph, for the placeholder shots. */
const EMBED = `<iframe data-consent="marketing" data-src="https://www.youtube-nocookie.com/embed/x" title="Vidéo : la réunion à Séoul" width="560" height="315"></iframe>`

function embedPage(theme) {
  let tag = `<script src="/dist/consentry.full.iife.js" data-privacy-policy="/confidentialite" data-lang="fr" data-theme="${theme}" data-categories="analytics marketing"></script>`
  return articlePage({ tag }).replace('</h1>', '</h1>' + EMBED)
}

const SHOTS = [
  ...LOOKS.map(([layout, width, theme, lang]) => ({
    file: `look/${layout}-${width}-${theme}-${lang}.png`,
    page: articlePage({ lang, attrs: `data-layout="${layout}" data-theme="${theme}"` }),
    width
  })),
  { file: 'look/preferences-1280-light-fr.png', page: articlePage(), width: 1280, open: true },
  { file: 'look/preferences-390-dark-en.png', page: articlePage({ lang: 'en', attrs: 'data-theme="dark"' }), width: 390, open: true },
  { file: 'look/preferences-320-light-fr.png', page: articlePage(), width: 320, open: true },
  { file: 'look/embed-320-light-fr.png', page: embedPage('light'), width: 320, scroll: '[data-consentry="embed"]', decide: true },
  { file: 'look/embed-1280-dark-fr.png', page: embedPage('dark'), width: 1280, scheme: 'dark', scroll: '[data-consentry="embed"]', decide: true },
  { file: 'banner-fr.png', page: articlePage(), width: 1280 },
  { file: 'banner-en.png', page: articlePage({ lang: 'en' }), width: 1280 },
  { file: 'banner-dark.png', page: articlePage({ attrs: 'data-theme="dark"' }), width: 1280 },
  { file: 'preferences.png', page: articlePage(), width: 1280, open: true },
  { file: 'banner-320px.png', page: articlePage(), width: 320 }
]

let only = process.argv[2] || ''
let browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync']
})
let server = await serve({ port: 0 })
try {
  mkdirSync(join(ROOT, 'docs/look'), { recursive: true })
  for (let shot of SHOTS.filter(item => item.file.includes(only))) {
    let path = '/shot/' + shot.file.replace('.png', '')
    server.page(path, shot.page)
    // colorScheme light: 'auto' theme pages look the same on every machine.
    let viewport = { width: shot.width, height: WIDTHS[shot.width] }
    let context = await browser.newContext({ viewport, colorScheme: shot.scheme || 'light' })
    // No request leaves the machine: the embed's provider is never contacted.
    await context.route(url => !url.href.startsWith(server.url), route => route.abort())
    let page = await context.newPage()
    await page.goto(server.url + path)
    await page.locator('[data-consentry="banner"]').waitFor()
    if (shot.decide) await page.locator('[data-consentry-action="reject"]').click()
    if (shot.scroll) await page.locator(shot.scroll).evaluate(element => element.scrollIntoView({ block: 'center' }))
    if (shot.open) {
      await page.evaluate(() => window.consentry.showPreferences())
      await page.locator('[data-consentry="preferences"]').waitFor()
    }
    await page.screenshot({ path: join(ROOT, 'docs', shot.file) })
    console.log('docs/' + shot.file)
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}
