import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'

import { renderBanner, serializeDecision } from '../../src/entries/server.js'
import type { Decision, RenderConfig } from '../../src/entries/server.js'
import { bannerCss } from '../../src/ui/styles.js'

const config: RenderConfig = { categories: ['analytics', 'marketing'], privacyPolicyUrl: '/privacy', revision: 3 }

const decision = (over: Partial<Decision> = {}): Decision => ({
  id: '7f9c1e2a-1b2c-4d3e-8f90-0123456789ab',
  timestamp: new Date(Date.now() - 864e5).toISOString(),
  revision: 3,
  method: 'accept-all',
  categories: { necessary: true, analytics: true, marketing: true },
  ...over
})
const cookie = (value: Decision, name = 'consentry'): string =>
  `theme=dark; ${name}=${encodeURIComponent(serializeDecision(value))}; other=1`

/** The html parsed by a DOM that runs no script: the elements a browser would build. */
function parse(html: string): Document {
  let window = new Window()
  window.document.body.innerHTML = html
  return window.document as unknown as Document
}
const bannerOf = (html: string): HTMLElement => parse(html).querySelector<HTMLElement>('[data-consentry="banner"]')!

describe('renderBanner', () => {
  it('runs with no DOM', () => {
    expect(typeof document).toBe('undefined')
    expect(renderBanner(config).html).toContain('data-consentry="banner"')
  })

  it('renders the first layer with its hooks, texts, link and the server mark', () => {
    let banner = bannerOf(renderBanner(config, { lang: 'en' }).html)
    expect(banner.getAttribute('role')).toBe('region')
    expect(banner.hasAttribute('data-consentry-ssr')).toBe(true)
    expect(banner.getAttribute('aria-labelledby')).toBe(banner.querySelector('h2')!.id)
    expect(banner.querySelector('h2')!.textContent).toBe('This site uses cookies')
    expect(banner.querySelector('a')!.getAttribute('href')).toBe('/privacy')
    let actions = [...banner.querySelectorAll('button')].map(button => button.dataset.consentryAction)
    expect(actions).toEqual(['accept', 'reject', 'customize'])
  })

  it('returns the banner stylesheet as css, also after a decision', () => {
    expect(renderBanner(config).css).toBe(bannerCss)
    expect(renderBanner(config, { cookieHeader: cookie(decision()) }).css).toBe(bannerCss)
  })

  it('returns no html when the visitor already decided', () => {
    expect(renderBanner(config, { cookieHeader: cookie(decision()) }).html).toBe('')
    expect(renderBanner(config, { cookieHeader: cookie(decision({ method: 'reject-all', categories: { necessary: true, analytics: false, marketing: false } })) }).html).toBe('')
  })

  it('reads the decision under the config cookie name', () => {
    let named = { ...config, cookie: { name: 'site_consent' } }
    expect(renderBanner(named, { cookieHeader: cookie(decision(), 'site_consent') }).html).toBe('')
    expect(renderBanner(named, { cookieHeader: cookie(decision()) }).html).not.toBe('')
  })

  it('renders when the stored decision is for another revision, other categories or too old', () => {
    let stale = [
      decision({ revision: 2 }),
      decision({ categories: { necessary: true, analytics: true } }),
      decision({ categories: { necessary: true, analytics: true, marketing: true, ads: false } }),
      decision({ timestamp: new Date(Date.now() - 200 * 864e5).toISOString() })
    ]
    for (let value of stale) expect(renderBanner(config, { cookieHeader: cookie(value) }).html).toContain('data-consentry="banner"')
    let shortLived = { ...config, cookie: { maxAgeDays: 30 } }
    let old = decision({ timestamp: new Date(Date.now() - 40 * 864e5).toISOString() })
    expect(renderBanner(shortLived, { cookieHeader: cookie(old) }).html).not.toBe('')
    expect(renderBanner(config, { cookieHeader: cookie(old) }).html).toBe('')
  })

  it('shows the language asked for, its region falling back to the language, else English', () => {
    let title = (lang?: string): string => bannerOf(renderBanner(config, { lang }).html).querySelector('h2')!.textContent!
    expect(title('fr')).toBe('Ce site utilise des cookies')
    expect(title('fr-CA')).toBe('Ce site utilise des cookies')
    expect(title('xx')).toBe('This site uses cookies')
    expect(title('auto')).toBe('This site uses cookies')
    expect(title()).toBe('This site uses cookies')
    expect(bannerOf(renderBanner(config, { lang: 'FR' }).html).lang).toBe('fr')
  })

  it('applies the config texts over the language', () => {
    let texts = { fr: { title: 'Des cookies ?' }, sv: { title: 'Kakor' } }
    expect(bannerOf(renderBanner({ ...config, texts }, { lang: 'fr' }).html).querySelector('h2')!.textContent).toBe('Des cookies ?')
    let swedish = bannerOf(renderBanner({ ...config, texts }, { lang: 'sv' }).html)
    expect(swedish.lang).toBe('sv')
    expect(swedish.querySelector('h2')!.textContent).toBe('Kakor')
  })

  it('escapes hostile texts and attribute values', () => {
    let hostile = '<img src=x onerror="alert(1)"> & </div><script>alert(2)</script>'
    let texts = { en: { title: hostile, acceptAll: hostile, policy: `Read {${hostile}}.` } }
    let url = '/privacy?a="><script>alert(3)</script>'
    let { html } = renderBanner({ ...config, texts, privacyPolicyUrl: url }, { nonce: '"><script>alert(4)</script>' })
    let page = parse(html)
    expect(page.querySelectorAll('img')).toHaveLength(0)
    // The early-click snippet is the only script.
    expect(page.querySelectorAll('script')).toHaveLength(1)
    expect(page.querySelector('script')!.getAttribute('nonce')).toBe('"><script>alert(4)</script>')
    let banner = page.querySelector<HTMLElement>('[data-consentry="banner"]')!
    expect(banner.querySelector('h2')!.textContent).toBe(hostile)
    expect(banner.querySelector('[data-consentry-action="accept"]')!.textContent).toBe(hostile)
    expect(banner.querySelector('a')!.textContent).toBe(hostile)
    expect(banner.querySelector('a')!.getAttribute('href')).toBe(url)
  })

  it('puts the nonce on the early-click script, and none without it', () => {
    expect(renderBanner(config, { nonce: 'r4nd0m' }).html).toMatch(/^<script nonce="r4nd0m">[^<]+<\/script><div /)
    expect(renderBanner(config).html).toMatch(/^<script>[^<]+<\/script><div /)
  })

  it('throws the TypeError that says what to pass for a misused config', () => {
    let cases: Array<[unknown, RegExp]> = [
      [undefined, /consentry: pass a config like/],
      [{ categories: [] }, /consentry: categories: pass unique names/],
      [{ categories: ['analytics'], theme: 'purple' }, /consentry: theme: pass auto\|light\|dark \(got "purple"\)/],
      [{ categories: ['analytics'], position: 'left' }, /consentry: position: pass/],
      [{ categories: ['analytics'], texts: { en: { title: 5 } } }, /consentry: texts\.en\.title: pass a string \(got 5\)/],
      [{ categories: ['analytics'], privacyPolicyUrl: 'javascript:alert(1)' }, /consentry: privacyPolicyUrl: pass/],
      [{ categories: ['analytics'], revision: -1 }, /consentry: revision: pass/],
      [{ categories: ['analytics'], cookie: { maxAgeDays: 0 } }, /consentry: cookie\.maxAgeDays: pass/]
    ]
    for (let [bad, message] of cases) {
      expect(() => renderBanner(bad as RenderConfig)).toThrow(TypeError)
      expect(() => renderBanner(bad as RenderConfig)).toThrow(message)
    }
    expect(() => renderBanner(config, { nonce: 5 as unknown as string })).toThrow(/consentry: nonce: pass/)
  })
})

describe('renderBanner by region', () => {
  const config = { categories: ['analytics', 'marketing'], privacyPolicyUrl: '/privacy' }

  it('renders the Do Not Sell or Share control instead of the banner in an opt-out region', () => {
    let { html, css } = renderBanner(config, { region: 'US-CA' })
    expect(html).toContain('data-consentry="opt-out"')
    expect(html).toContain('Do Not Sell or Share My Personal Information')
    expect(html).not.toContain('data-consentry="banner"')
    expect(css).toContain('.consentry.optout')
  })

  it('renders nothing where the policy is none, and the banner where it is opt-in', () => {
    let policies = { BR: 'none' as const, default: 'opt-in' as const }
    expect(renderBanner({ ...config, policies }, { region: 'BR' }).html).toBe('')
    expect(renderBanner({ ...config, policies }, { region: 'FR' }).html).toContain('data-consentry="banner"')
    expect(renderBanner(config, { region: null }).html).toContain('data-consentry="banner"')
  })
})
