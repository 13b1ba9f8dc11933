import { guard } from '../../core/guard.js'
import type { Consent, Unbind } from '../../core/types.js'
import { isSafeUrl } from '../../core/url.js'
import { h } from '../../ui/dom.js'
import { applyStyles, important } from '../../ui/styles.js'

const FRAMES = 'iframe[data-consent][data-src]'

// The placeholder's own stylesheet, applied like the banner's (a constructable sheet: CSP-safe):
// a scoped reset so the page's fonts and button styles stay out, the banner's colours and custom
// properties (dark with the OS), and buttons like the banner's. Only its size is set per element.
const DARK = '--consentry-bg:#222;--consentry-fg:#eee;--consentry-accent:#9bf;--consentry-on-accent:#111;'
const EMBED_CSS =
  `@media(prefers-color-scheme:dark){:where(.consentry-embed){${DARK}color-scheme:dark}}` +
  important(
    '.consentry-embed,.consentry-embed *{all:revert;box-sizing:border-box;margin:0;}' +
      '.consentry-embed{display:flex;flex-flow:column;justify-content:center;align-items:center;gap:12px;max-width:100%;padding:20px;text-align:center;' +
      'font:15px/1.5 system-ui,sans-serif;color:var(--consentry-fg,#222);background:var(--consentry-bg,#fff);border:1px solid #8885;border-radius:16px;box-shadow:0 4px 16px -4px #0003;}' +
      '.consentry-embed p{max-width:32rem;}' +
      '.consentry-embed div{display:flex;flex-wrap:wrap;justify-content:center;gap:6px;}' +
      '.consentry-embed button{font:inherit;font-weight:600;padding:8px 16px;border:2px solid var(--consentry-accent,#14c);border-radius:10px;background:var(--consentry-accent,#14c);color:var(--consentry-on-accent,#fff);cursor:pointer;}' +
      '.consentry-embed button:focus-visible{outline:2px solid var(--consentry-accent,#14c);outline-offset:2px;}'
  )

/** The placeholder's strings; `%` in `embed` is the provider's host name. */
export interface EmbedTexts {
  embed: string
  loadOnce: string
  always: string
}

/** Whether a DOM change added an embed (itself or inside the added node). */
function addsFrames(records: MutationRecord[]): boolean {
  return records.some(record =>
    [...record.addedNodes].some(node => node instanceof Element && (node.matches(FRAMES) || node.querySelector(FRAMES) !== null))
  )
}

/**
 * Contextual consent for `<iframe data-consent="marketing" data-src="…" title="…">`: until its
 * categories are granted, a placeholder of the iframe's size, named by its title, says who hosts
 * the content, with "Load once" (this embed only, no decision stored) and "Always allow" (grants
 * its categories, keeping the other choices). Focus moves to the iframe once it loads. Embeds are
 * looked for at start, on each change of consent and when the page adds one (a tag in `<head>`
 * runs before the body is parsed).
 *
 * @example
 * let stop = embeds(consent, () => ({ embed: 'Hosted by %.', loadOnce: 'Load once', always: 'Always allow' }))
 */
export function embeds(consent: Consent, texts: () => EmbedTexts): Unbind {
  let boxes = new Map<HTMLIFrameElement, HTMLElement>()
  let report = (error: Error): void => consent.emit('error', error)

  let removeBoxes = (all: boolean): void => {
    for (let [frame, box] of boxes) {
      if (all || frame.dataset.src == null) {
        box.remove()
        boxes.delete(frame)
        frame.style.display = ''
      }
    }
  }

  let placeholder = (frame: HTMLIFrameElement, needs: string[]): HTMLElement => {
    let strings = texts()
    let host = new URL(frame.dataset.src!, location.href).hostname.replace(/^www\./, '')
    let button = (label: string, onClick: () => void): HTMLButtonElement => {
      let element = h('button', { type: 'button' }, label)
      element.onclick = () => {
        onClick()
        scan()
        frame.focus()
      }
      return element
    }
    let loadOnce = (): void => {
      let src = frame.dataset.src
      // Checked again at the click: the attribute may have changed since.
      if (!isSafeUrl(src)) return report(new Error('Refused an iframe URL that is not http(s) or relative'))
      frame.src = src!
      frame.removeAttribute('data-src')
    }
    let alwaysAllow = (): void => {
      let choices: Record<string, boolean> = {}
      for (let name of consent.config.names) choices[name] = consent.isGranted(name) || needs.includes(name)
      consent.save(choices)
    }
    let box = h(
      'div',
      { role: 'group', 'aria-label': frame.title || host, 'data-consentry': 'embed', class: 'consentry-embed' },
      h('p', {}, strings.embed.replace('%', host)),
      h('div', {}, button(strings.loadOnce, loadOnce), button(strings.always, alwaysAllow))
    )
    // The iframe's size, through the CSSOM: allowed under a strict CSP, unlike style attributes.
    let width = frame.offsetWidth || Number(frame.width) || 300
    let height = frame.offsetHeight || Number(frame.height) || 150
    box.style.setProperty('width', width + 'px', 'important')
    box.style.setProperty('min-height', height + 'px', 'important')
    return box
  }

  let scan = (): void => {
    // The engine sets src (and drops data-src) once granted: those placeholders go.
    removeBoxes(false)
    for (let frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
      let needs = frame.dataset.consent!.split(/\s+/).filter(Boolean)
      // An unsafe URL gets no placeholder (the engine refuses and reports it once granted), nor
      // does a category that is not configured (the engine reports it: it can never be allowed).
      let unknown = needs.some(name => name !== 'necessary' && !consent.config.names.includes(name))
      if (boxes.has(frame) || unknown || needs.every(consent.isGranted) || !isSafeUrl(frame.dataset.src)) continue
      let box = placeholder(frame, needs)
      frame.style.display = 'none'
      frame.before(box)
      boxes.set(frame, box)
    }
  }

  let guardedScan = (): void => guard(report, scan)
  let removeStyles = applyStyles(EMBED_CSS, consent.config.nonce)
  guardedScan()
  let off = consent.on('change', scan)
  let observer = new MutationObserver(records => {
    if (addsFrames(records)) guardedScan()
  })
  observer.observe(document, { childList: true, subtree: true })
  return () => {
    off()
    observer.disconnect()
    removeBoxes(true)
    removeStyles()
  }
}
