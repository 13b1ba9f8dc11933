import { guard } from '../../core/guard.js'
import type { Consent, Unbind } from '../../core/types.js'
import { isSafeUrl } from '../../core/url.js'
import { h } from '../../ui/dom.js'

const FRAMES = 'iframe[data-consent][data-src]'

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
      // Padded: a target of at least 24 px (WCAG 2.5.8).
      element.style.padding = '6px 12px'
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
      { role: 'group', 'aria-label': frame.title || host, 'data-consentry': 'embed' },
      h('p', {}, strings.embed.replace('%', host)),
      button(strings.loadOnce, loadOnce),
      button(strings.always, alwaysAllow)
    )
    // Styles through the CSSOM: allowed under a strict CSP, unlike style attributes in markup.
    let width = frame.offsetWidth || Number(frame.width) || 300
    let height = frame.offsetHeight || Number(frame.height) || 150
    box.style.cssText =
      'display:flex;flex-flow:column;place-content:center;align-items:center;padding:8px;box-sizing:border-box;' +
      `max-width:100%;width:${width}px;min-height:${height}px;text-align:center;background:#eee;color:#111`
    return box
  }

  let scan = (): void => {
    // The engine sets src (and drops data-src) once granted: those placeholders go.
    removeBoxes(false)
    for (let frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
      let needs = frame.dataset.consent!.split(/\s+/).filter(Boolean)
      // An unsafe URL gets no placeholder (the engine refuses and reports it once granted).
      if (boxes.has(frame) || needs.every(consent.isGranted) || !isSafeUrl(frame.dataset.src)) continue
      let box = placeholder(frame, needs)
      frame.style.display = 'none'
      frame.before(box)
      boxes.set(frame, box)
    }
  }

  let guardedScan = (): void => guard(report, scan)
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
  }
}
