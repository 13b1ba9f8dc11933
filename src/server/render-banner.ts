import { fail, normalize } from '../core/config.js'
import type { Normalized } from '../core/config.js'
import type { ConsentConfig } from '../core/types.js'
import { resolveTexts } from '../i18n/shown.js'
import type { Shown } from '../i18n/shown.js'
import type { Texts } from '../i18n/types.js'
import { SERVER_MARK } from '../ui/adopt.js'
import { firstLayer } from '../ui/first-layer.js'
import { optOutControl, optOutCss } from '../ui/opt-out/view.js'
import { optOutTexts } from '../jurisdictions/texts.js'
import { resolvePolicy, validateRegion } from '../jurisdictions/region.js'
import type { MarkupNode } from '../ui/markup.js'
import { checkLook, checkTexts } from '../ui/options.js'
import type { Layout, Position, ReopenPlace, Theme } from '../ui/options.js'
import { bannerCss } from '../ui/styles.js'
import { EARLY_CLICKS } from './early-clicks.js'
import { escapeAttribute, toHtml } from './html.js'
import { parseConsentCookie } from './parse-cookie.js'

/** The banner options of the config the page's script gets (the same object, ideally). */
export interface RenderConfig extends ConsentConfig {
  lang?: string
  texts?: Record<string, Partial<Texts>>
  theme?: Theme
  position?: Position
  layout?: Layout
  preferences?: boolean
  /** Where the opt-out control sits under an opt-out policy (false: none). */
  reopen?: ReopenPlace
}

export interface RenderRequest {
  /** The language to show ('fr', 'pt-BR'); unknown or missing: English. Not 'auto': there is no browser here. */
  lang?: string
  /** The request's `Cookie` header: with a valid decision there is no banner. */
  cookieHeader?: string | null
  /** The page's CSP nonce, put on the inline script that keeps early clicks. */
  nonce?: string
  /**
   * The visitor's region (`regionFromHeaders(request.headers)`), over the config's `region`: an
   * opt-out region gets the "Do Not Sell or Share" control instead of the banner, a 'none' one
   * nothing. Write the same region into the page (`data-region`) for the client.
   */
  region?: string | null
}

export interface RenderedBanner {
  /** The banner and its early-click script, to put in `<body>`; '' when the visitor already decided. */
  html: string
  /** The banner's stylesheet, for a `<style nonce>` in `<head>` (or link `consentry/style.css`). */
  css: string
}

/** The heading's id in the server's banner: one banner per page. */
const TITLE_ID = 'consentry-title'

/**
 * Renders the first layer on the server, with no DOM: the client's own markup, from the same
 * config, so the banner is on the first paint and the script adopts it when it runs. Misuse of
 * the config throws the TypeError the browser would.
 *
 * @example
 * import { renderBanner } from 'consentry/server'
 * let { html, css } = renderBanner(config, { lang: 'fr', cookieHeader: req.headers.cookie, nonce })
 * page = `<style nonce="${nonce}">${css}</style>…<body>${html}…<script defer src="/consentry.iife.js"></script>`
 */
export function renderBanner(config: RenderConfig, request: RenderRequest = {}): RenderedBanner {
  // The engine's check first: it says what to pass when the config is no object at all.
  let normalized = normalize(config) as Normalized & RenderConfig
  checkLook(config as unknown as Record<string, unknown>)
  checkTexts(config.texts)
  let { lang, cookieHeader, nonce } = request
  if (nonce != null && typeof nonce !== 'string') fail('nonce: pass the page’s nonce as a string', nonce)
  // The browser's rules: revision, categories (and services), age and cookie name.
  let decided = parseConsentCookie(cookieHeader, {
    ...normalized,
    categories: normalized.names,
    services: normalized.serviceNames,
    name: normalized.cookieName
  })
  // 'auto' reads the browser's languages: on the server a missing language is English.
  let shown = resolveTexts({ lang: typeof lang === 'string' && lang !== 'auto' ? lang : 'en', texts: config.texts })()
  let banner = decided ? null : layerFor(normalized, shown, request.region)
  if (!banner) return { html: '', css: bannerCss }
  let css = banner.attributes['data-consentry'] === 'opt-out' ? bannerCss + optOutCss : bannerCss
  banner.attributes[SERVER_MARK] = ''
  let script = `<script${nonce ? ` nonce="${escapeAttribute(nonce)}"` : ''}>${EARLY_CLICKS}</script>`
  return { html: script + toHtml(banner), css }
}

/**
 * What a visitor without a decision sees first. The extension point for jurisdictions: where the
 * region's policy is opt-out this returns the opt-out control, where it is 'none' null — the same
 * choice the client makes, so the client adopts it.
 */
function layerFor(config: Normalized & RenderConfig, { texts, language }: Shown, region?: string | null): MarkupNode | null {
  // The region the server knows (regionFromHeaders) wins over the config's; 'auto' is opt-in here.
  let known = region === undefined ? config.region : validateRegion(region)
  let policy = known === 'auto' ? 'opt-in' : resolvePolicy(known, config.policies)
  if (policy === 'none') return null
  if (policy === 'opt-out') {
    if (config.reopen === false) return null
    let place: 'left' | 'right' = config.reopen === 'right' ? 'right' : 'left'
    // GPC is unknown here (the client adds the line): the control without it.
    return optOutControl({ texts: optOutTexts(language, {}), language, theme: config.theme ?? 'auto', gpc: false, side: place })
  }
  return firstLayer({
    texts,
    language,
    names: config.names,
    options: config.options,
    privacyPolicyUrl: config.privacyPolicyUrl,
    theme: config.theme ?? 'auto',
    position: config.position ?? 'bottom',
    layout: config.layout,
    preferences: config.preferences,
    // The browser's Global Privacy Control is unknown here: the client redraws when it applies.
    gpcHonored: false,
    titleId: TITLE_ID
  })
}
