// `npm run screenshots`: docs/*.png of the script-tag example in Chromium (the README shows them):
// French, English, dark, the preferences dialog, and a 320 px wide phone.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

import { ensureChromium } from './chromium.js'
import { ROOT, articlePage, serve } from './serve.js'

const SHOTS = [
  { file: 'banner-fr.png', page: articlePage() },
  { file: 'banner-en.png', page: articlePage({ lang: 'en' }) },
  { file: 'banner-dark.png', page: articlePage({ attrs: 'data-theme="dark"' }) },
  { file: 'preferences.png', page: articlePage(), open: true },
  { file: 'banner-320px.png', page: articlePage(), viewport: { width: 320, height: 640 } }
]

let browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync']
})
let server = await serve({ port: 0 })
try {
  mkdirSync(join(ROOT, 'docs'), { recursive: true })
  for (let shot of SHOTS) {
    let path = '/shot/' + shot.file.replace('.png', '')
    server.page(path, shot.page)
    // colorScheme light: 'auto' theme pages look the same on every machine.
    let context = await browser.newContext({ viewport: shot.viewport || { width: 1024, height: 640 }, colorScheme: 'light' })
    let page = await context.newPage()
    await page.goto(server.url + path)
    await page.locator('[data-consentry="banner"]').waitFor()
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
