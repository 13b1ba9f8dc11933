// The banner's stylesheet (first layer and reopen control; the preferences dialog brings its own).
// Every declaration ends with ';' and becomes `!important` (see `important`): with the
// `.consentry` class (one class of specificity) that beats host resets such as
// `* { all: unset !important }` and `button { display: none }`. The first rule is a scoped reset
// back to browser defaults, so nothing from the host page leaks in; every other selector starts
// with `.consentry`, so nothing leaks out. Accept and Reject share one flex basis, so on one line
// they get exactly the same width.
//
// Layouts (classes on the root, with the position): .box a compact card in a corner, .bar full
// width at the edge, .cloud a wide centred card; the dialog is a .panel like them. Accept and
// Reject share one rule; Customize (and the dialog's Save) is outlined: visibly secondary.
//
// Theming: set --consentry-bg, --consentry-fg, --consentry-accent (buttons, links, focus) and
// --consentry-on-accent (button text) on `.consentry` (and `.consentry.dark` for the dark theme).
// The light defaults are var() fallbacks and the dark ones sit in :where() (no specificity), not
// !important, so any rule of the site wins. Every text/background pair is at least 7.7:1.

const DARK = '--consentry-bg:#222;--consentry-fg:#eee;--consentry-accent:#9bf;--consentry-on-accent:#111;color-scheme:dark}'

/**
 * Makes every declaration of `rules` `!important`.
 *
 * @example
 * important('.consentry{color:red;}') // '.consentry{color:red!important;}'
 */
export function important(rules: string): string {
  return rules.replace(/;/g, '!important;')
}

/**
 * The CSS of the banner and the reopen control (the critical path); `consentry/style.css`
 * ships it with the dialog's.
 *
 * @example
 * new CSSStyleSheet().replaceSync(bannerCss)
 */
export const bannerCss =
  `:where(.consentry.dark){${DARK}@media(prefers-color-scheme:dark){:where(.consentry.auto){${DARK}}` +
  important(
    // margin:0 here; the spacing comes from h2 and p.
    '.consentry,.consentry *{all:revert;box-sizing:border-box;margin:0;}' +
      '.consentry{font:15px/1.5 system-ui,sans-serif;color:var(--consentry-fg,#222);background:var(--consentry-bg,#fff);border:1px solid #8885;border-radius:16px;box-shadow:0 8px 32px -8px #0006;z-index:2147483646;position:fixed;bottom:8px;left:8px;}' +
      // The banner and the dialog share their box (a cloud); the browser centres the dialog.
      '.consentry.panel{margin:auto;right:8px;width:round(down,100% - 16px,6px);max-width:42rem;max-height:calc(100% - 16px);overflow:auto;padding:20px;}' +
      '.consentry.box{max-width:24rem;margin:0;inset-inline:auto 8px;}' +
      '.consentry.bar{max-width:none;width:100%;inset-inline:0;bottom:0;border-radius:0;border-width:1px 0 0;}' +
      '.consentry.right{left:auto;right:8px;}.consentry.top{top:8px;bottom:auto;}.consentry.bar.top{top:0;border-width:0 0 1px;}.consentry.center{top:50%;bottom:auto;translate:0 -50%;}' +
      '.consentry h2{font-size:1.15em;margin-bottom:8px;}.consentry p{margin-bottom:16px;}' +
      '.consentry a{color:var(--consentry-accent,#14c);}' +
      '.consentry div{display:flex;flex-wrap:wrap;gap:6px;}' +
      '.consentry button{flex:1 1 8rem;font:inherit;font-weight:600;padding:10px 16px;border:2px solid var(--consentry-accent,#14c);border-radius:10px;background:var(--consentry-accent,#14c);color:var(--consentry-on-accent,#fff);cursor:pointer;}' +
      '.consentry [data-consentry-action=customize]{flex-basis:100%;background:none;color:inherit;border-color:#8888;}' +
      // Wide bars and clouds: the text, with the buttons beside it (a row in a bar, a column in a cloud).
      '@media(min-width:52rem){.consentry.bar,.consentry.cloud{display:grid;grid-template-columns:1fr auto;column-gap:32px;align-items:center;padding:20px 24px;}' +
      '.consentry.bar>div,.consentry.cloud>div{grid-area:1/2/span 3;}.consentry.bar>div{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(8rem,1fr);}.consentry.cloud>div{width:14rem;}' +
      '.consentry.bar p,.consentry.cloud p{margin:0;}}' +
      '.consentry.reopen{font-size:13px;font-weight:600;padding:6px 14px;border-radius:99px;cursor:pointer;}'
  )

/**
 * Applies CSS: a constructable stylesheet (allowed by a strict CSP without 'unsafe-inline'), else
 * a `<style nonce>`. Returns the function that removes it.
 *
 * @example
 * let remove = applyStyles(bannerCss, undefined)
 * remove()
 */
export function applyStyles(css: string, nonce?: string): () => void {
  let doc = document
  try {
    let sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    // An observable array since Chromium 99, Firefox 101, Safari 16.4; where it is still frozen,
    // push throws and the <style> below applies.
    doc.adoptedStyleSheets.push(sheet)
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter(adopted => adopted !== sheet)
    }
  } catch {
    let style = doc.createElement('style')
    style.textContent = css
    // The nonce goes in as the property: the attribute alone is not read by every DOM.
    if (nonce) style.nonce = nonce
    doc.documentElement.appendChild(style)
    return () => style.remove()
  }
}
