import type { Unbind } from '../../core/types.js'
import { OPT_OUT_LANGUAGES, optOutTexts } from '../../jurisdictions/texts.js'
import { routeClicks } from '../clicks.js'
import { toDom } from '../dom.js'
import type { MountedBanner } from '../mount.js'
import { showModal } from '../preferences/modal.js'
import { preferencesCss } from '../preferences/styles.js'
import { reserveRoom } from '../room.js'
import { applyStyles, bannerCss } from '../styles.js'
import type { OptOutContext } from './types.js'
import { optOutControl, optOutCss, optOutDialog } from './view.js'

export type { OptOutContext, OptOutModule } from './types.js'

let uid = 0

/**
 * The control's language: the config's `lang`, else the page's, else the banner's, the first that
 * has opt-out texts (they ship for more languages than the drop-in's banner); else English.
 */
function pickLanguage(context: OptOutContext): string {
  let candidates = [context.lang === 'auto' ? '' : context.lang, document.documentElement.lang, context.shown().language]
  for (let candidate of candidates) {
    let base = (candidate ?? '').split(/[-_]/)[0].toLowerCase()
    if (OPT_OUT_LANGUAGES.includes(base)) return base
  }
  return 'en'
}

/**
 * The opt-out policy's UI, loaded on demand: a persistent "Do Not Sell or Share My Personal
 * Information" control at the bottom corner (room reserved so it covers no content) whose dialog
 * opts the visitor out: a decision with the `sale` categories off (method 'opt-out'), which runs
 * their onRevoke and deletes their cookies. Page elements with `data-consentry-open` (a footer
 * link) open the same dialog. There is no banner.
 *
 * @example
 * let control = mountOptOut({ consent, shown, theme: 'auto', place: true, gpc: false })
 * control.show() // opens the dialog
 */
export function mountOptOut(context: OptOutContext): MountedBanner {
  let { consent, theme } = context
  let removers: Unbind[] = [applyStyles(bannerCss + preferencesCss + optOutCss, context.nonce)]
  let control: HTMLElement | undefined
  let dialog: HTMLDialogElement | undefined
  let opener: HTMLElement | undefined
  let releaseRoom: Unbind | undefined
  let destroyed = false

  let view = () => {
    let language = pickLanguage(context)
    let texts = optOutTexts(language)
    // Honored while the signal keeps a sale category off (an explicit choice may turn it back on).
    let gpc = context.gpc && consent.config.sale.some(name => !consent.isGranted(name))
    return { texts, language, theme, gpc }
  }
  let mount = (element: HTMLElement): void => {
    ;(context.root ?? document.body ?? document.documentElement).appendChild(element)
  }

  let render = (): void => {
    releaseRoom?.()
    releaseRoom = undefined
    control?.remove()
    control = undefined
    if (context.place === false || destroyed) return
    control = toDom(optOutControl({ ...view(), side: context.place === 'right' ? 'right' : 'left' }))
    // A control the server rendered (renderBanner with an opt-out region) gives way to this one.
    let rendered = document.querySelector('[data-consentry="opt-out"][data-consentry-ssr]')
    if (rendered) rendered.replaceWith(control)
    else mount(control)
    releaseRoom = reserveRoom(control, 'bottom')
  }

  let open = (from: Element | null): void => {
    if (dialog || destroyed) return
    opener = (from as HTMLElement | null) ?? undefined
    let opened = toDom(optOutDialog({ ...view(), titleId: 'consentry-opt-out' + ++uid })) as HTMLDialogElement
    dialog = opened
    mount(opened)
    showModal(opened, () => {
      opened.remove()
      dialog = undefined
      let focusTarget = opener?.isConnected ? opener : control?.querySelector('button')
      focusTarget?.focus()
      consent.emit('hide')
    })
    consent.emit('show', true)
  }

  let optOut = (): void => {
    let { names, sale } = consent.config
    let choices: Record<string, boolean> = {}
    for (let name of names) choices[name] = !sale.includes(name) && consent.isGranted(name)
    consent.save(choices, 'opt-out')
  }

  removers.push(
    routeClicks({
      isOurs: root => root === control || root === dialog,
      actions: {
        'opt-out': from => open(from),
        'confirm-opt-out': () => {
          optOut()
          dialog?.close()
        },
        close: () => dialog?.close()
      },
      open,
      onError: error => consent.emit('error', error)
    })
  )
  // A decision (here, in another tab, GPC) may change the GPC line.
  removers.push(consent.on('decision', render))
  render()

  return {
    show: () => open(document.activeElement),
    hide: () => dialog?.close(),
    showPreferences: () => open(document.activeElement),
    refresh: render,
    destroy() {
      destroyed = true
      dialog?.close()
      render()
      for (let remove of removers) remove()
    }
  }
}
