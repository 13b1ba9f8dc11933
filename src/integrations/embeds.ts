import { h } from '../banner/dom.js'
import type { Consent } from '../consent.js'
import { guard } from '../loaders.js'
import type { Unbind } from '../types.js'
import { isSafeUrl } from '../url.js'

const FRAMES = 'iframe[data-consent][data-src]'

/** The placeholder's strings; `%` in `embed` is the provider's host name. */
export interface EmbedTexts {
  embed: string
  loadOnce: string
  always: string
}

/**
 * Contextual consent for `<iframe data-consent="marketing" data-src="…" title="…">`: until its
 * categories are granted, a placeholder of the iframe's size, named by its title, says who hosts
 * the content, with "Load once" (this embed only, no decision stored) and "Always allow" (grants
 * its categories, keeping the other choices). Focus moves to the iframe once it loads. Embeds are
 * looked for at start and on each change of consent.
 *
 * @example
 * let stop = embeds(consent, () => ({ embed: 'Hosted by %.', loadOnce: 'Load once', always: 'Always allow' }))
 */
export function embeds(consent: Consent, texts: () => EmbedTexts): Unbind {
  let boxes = new Map<HTMLIFrameElement, HTMLElement>()
  let drop = (all?: boolean): void => {
    for (let [frame, box] of boxes) {
      if (all || !frame.dataset.src) {
        box.remove()
        boxes.delete(frame)
        frame.style.display = ''
      }
    }
  }
  let scan = (): void => {
    // The engine sets src (and drops data-src) once granted: those placeholders go.
    drop()
    document.querySelectorAll<HTMLIFrameElement>(FRAMES).forEach(frame => {
      let needs = frame.dataset.consent!.split(/\s+/).filter(Boolean)
      // An unsafe URL gets no placeholder (the engine refuses and reports it once granted).
      if (boxes.has(frame) || needs.every(consent.isGranted) || !isSafeUrl(frame.dataset.src)) return
      let t = texts()
      let host = new URL(frame.dataset.src!, location.href).hostname.replace(/^www\./, '')
      let button = (label: string, onclick: () => void): HTMLButtonElement => {
        let b = h('button', { type: 'button' }, label)
        // Padded: a target of at least 24 px (WCAG 2.5.8).
        b.style.padding = '6px 12px'
        b.onclick = () => {
          onclick()
          scan()
          frame.focus()
        }
        return b
      }
      let box = h(
        'div',
        { role: 'group', 'aria-label': frame.title || host, 'data-consentry': 'embed' },
        h('p', {}, t.embed.replace('%', host)),
        button(t.loadOnce, () => {
          let src = frame.dataset.src
          // Checked again at the click: the attribute may have changed since.
          if (!isSafeUrl(src)) return consent.emit('error', Error('Refused an iframe URL that is not http(s) or relative'))
          frame.src = src!
          frame.removeAttribute('data-src')
        }),
        button(t.always, () => {
          let choices: Record<string, boolean> = {}
          for (let name of consent.config.names) choices[name] = consent.isGranted(name) || needs.includes(name)
          consent.save(choices)
        })
      )
      // Styles through the CSSOM: allowed under a strict CSP, unlike style attributes in markup.
      box.style.cssText = `display:flex;flex-flow:column;place-content:center;align-items:center;padding:8px;box-sizing:border-box;max-width:100%;width:${
        frame.offsetWidth || +frame.width || 300
      }px;min-height:${frame.offsetHeight || +frame.height || 150}px;text-align:center;background:#eee;color:#111`
      frame.style.display = 'none'
      frame.before(box)
      boxes.set(frame, box)
    })
  }
  // The engine isolates its listeners; the first scan is guarded here (a bad data-src URL throws).
  let guardedScan = (): void => guard(e => consent.emit('error', e), scan)
  guardedScan()
  let off = consent.on('change', scan)
  // Iframes parsed after the script started (a tag in <head>) or added later get theirs too.
  let observer = new MutationObserver(records => {
    let added = records.some(record =>
      [...record.addedNodes].some(node => node instanceof Element && (node.matches(FRAMES) || node.querySelector(FRAMES)))
    )
    if (added) guardedScan()
  })
  observer.observe(document, { childList: true, subtree: true })
  return () => {
    off()
    observer.disconnect()
    drop(true)
  }
}
