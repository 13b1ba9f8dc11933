import { h } from './dom.js'

// The banner's whole stylesheet. Every declaration ends with ';' and becomes `!important` below:
// with the `.consentry` class (one class of specificity) that beats host resets such as
// `* { all: unset !important }` and `button { display: none }`. The first rule is a scoped
// reset back to browser defaults, so nothing from the host page leaks in; every other selector
// starts with `.consentry`, so nothing leaks out. Widths go in steps of 6px, with padding +
// border = 42px and gaps of 6px, so Accept and Reject get exactly the same width (no subpixel split).
//
// Theming: set --consentry-bg, --consentry-fg, --consentry-accent (buttons, links, focus) and
// --consentry-on-accent (button text) on `.consentry` (and `.consentry.dark` for the dark theme).
// The light defaults are var() fallbacks and the dark ones sit in :where() (no specificity), not
// !important, so any rule of the site wins. Colours are 3-digit hex and the dark background is
// the light text (gzip stores them once); every text/background pair is at least 7.7:1.
const dark = '--consentry-bg:#222;--consentry-fg:#eee;--consentry-accent:#9bf;--consentry-on-accent:#111;color-scheme:dark}'

/**
 * The CSS of the banner, the preferences dialog and the reopen control; also shipped as
 * `consentry/style.css`.
 *
 * @example
 * new CSSStyleSheet().replaceSync(css)
 */
export const css =
  `:where(.consentry.dark){${dark}@media(prefers-color-scheme:dark){:where(.consentry.auto){${dark}}` +
  (
    // margin:0 here; the spacing comes from h2 and p.
    '.consentry,.consentry *{all:revert;box-sizing:border-box;margin:0;}' +
    '.consentry{font:15px/1.5 system-ui,sans-serif;color:var(--consentry-fg,#222);background:var(--consentry-bg,#fff);border:1px solid #8888;border-radius:12px;z-index:2147483646;position:fixed;bottom:8px;left:8px;}' +
    // The banner and the dialog (both .bar) share their box; the browser centres the dialog.
    '.consentry.bar{margin:auto;right:8px;width:round(down,100% - 16px,6px);max-width:42rem;max-height:calc(100% - 16px);overflow:auto;padding:16px 20px;}' +
    '.consentry.right{left:auto;right:8px;}.consentry.top{top:8px;bottom:auto;}.consentry.center{top:50%;bottom:auto;translate:0 -50%;}' +
    '.consentry::backdrop{background:#000a;}' +
    '.consentry h2{font-size:1.15em;margin-bottom:16px;}.consentry p{margin-bottom:16px;}' +
    '.consentry a{color:var(--consentry-accent,#14c);}' +
    '.consentry div{display:grid;grid-template-columns:repeat(auto-fit,minmax(8rem,1fr));gap:6px;}' +
    '.consentry button{font:inherit;font-weight:600;padding:10px 16px;border:0;border-radius:8px;background:var(--consentry-accent,#14c);color:var(--consentry-on-accent,#fff);cursor:pointer;}' +
    '.consentry label{display:flex;justify-content:space-between;font-weight:600;}' +
    '.consentry input{width:24px;height:24px;accent-color:var(--consentry-accent,#14c);}' +
    '.consentry.reopen{font-size:13px;padding:4px 14px;cursor:pointer;}'
  ).replace(/;/g, '!important;')

/**
 * Applies the CSS: a constructable stylesheet (allowed by a strict CSP without 'unsafe-inline'),
 * else a `<style nonce>`. Returns the function that removes it.
 *
 * @example
 * let remove = applyStyles(undefined)
 * remove()
 */
export function applyStyles(nonce?: string): () => void {
  let doc = document
  try {
    let sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    // An observable array since Chromium 99, Firefox 101, Safari 16.4; where it is still frozen,
    // push throws and the <style> below applies.
    doc.adoptedStyleSheets.push(sheet)
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter(s => s != sheet)
    }
  } catch {
    // The nonce goes in as the property: the attribute alone is not read by every DOM.
    let style = doc.documentElement.appendChild(Object.assign(h('style', {}, css), { nonce }))
    return () => style.remove()
  }
}
