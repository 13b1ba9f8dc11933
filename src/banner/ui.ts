import type { Consent } from '../consent.js'
import { pickLang } from '../i18n/pick.js'
import { addLocale, locales } from '../i18n/registry.js'
import type { Texts } from '../i18n/types.js'
import { h } from './dom.js'
import { FOCUSABLE, renderPreferences, trapKeys } from './preferences.js'
import { renderBanner } from './render.js'
import { applyStyles } from './styles.js'
import type { ConsentUI, ConsentUIConfig } from './types.js'
import type { View } from './view.js'

export type { ConsentUI, ConsentUIConfig } from './types.js'

let uid = 0

/**
 * Mounts the banner on an engine instance: shows it now when there is no decision, hides it on
 * any decision, offers the reopen control, and wraps reset() and destroy().
 *
 * @example
 * let consent = attachUI(createEngine(config), config)
 */
export function attachUI(consent: Consent, config: ConsentUIConfig): ConsentUI {
  let { names, options, privacyPolicyUrl } = consent.config
  let { theme = 'auto', position = 'bottom', reopen = true, texts = {}, lang = 'auto' } = config
  let doc = document
  let html = doc.documentElement
  let custom: Record<string, Partial<Texts>> = {}
  for (let k in texts) custom[k.toLowerCase()] = texts[k]
  let removeStyles = applyStyles(config.nonce)
  let banner: HTMLElement | null = null
  let dialog: HTMLDialogElement | null = null
  let button: HTMLElement | null = null
  let opener: HTMLElement | null = null
  let current = ''
  // While the banner shows, the page gets room (padding) and focus scrolling keeps clear of it
  // (scroll-padding): it never hides the focused element (WCAG 2.4.11).
  let side = position == 'top' ? 'top' : 'bottom'
  let pad = (px: string): void => {
    html.style.setProperty('padding-' + side, px)
    html.style.setProperty('scroll-padding-' + side, px)
  }
  let observer = new ResizeObserver(() => {
    let r = banner!.getBoundingClientRect()
    pad(Math.ceil(side == 'top' ? r.bottom : innerHeight - r.top) + 'px')
  })
  // In <head> before <body> exists, mount on <html>: the banner shows at first paint.
  let mount = <E extends HTMLElement>(el: E): E => (config.root || doc.body || html).appendChild(el)

  let view = (): View => {
    let l = (current = pickLang(lang, custom))
    return {
      t: { ...locales.en, ...locales[l], ...custom[l] } as Texts,
      lang: l,
      names,
      options,
      url: privacyPolicyUrl,
      customize: config.preferences ?? names.length > 1,
      id: 'consentry' + ++uid,
      root: cls => ({ class: `consentry ${theme} ${cls}`, lang: l, dir: /^(ar|fa|he|ur)\b/.test(l) ? 'rtl' : 'ltr' })
    }
  }

  // The reopen control exists exactly when there is a decision and the banner is not shown.
  let sync = (): void => {
    button?.remove()
    button = null
    if (reopen && !banner && consent.getDecision()) {
      let v = view()
      button = mount(
        h('button', { ...v.root('reopen ' + reopen), type: 'button', 'data-consentry-open': '' }, v.t.settings)
      )
    }
  }

  let drop = (): boolean | void => {
    if (banner) {
      banner.remove()
      banner = null
      observer.disconnect()
      pad('')
      return true
    }
  }

  let show = (): void => {
    drop()
    banner = mount(renderBanner(view(), position))
    if (position != 'center') observer.observe(banner)
    sync()
    consent.emit('show', false)
  }

  let hide = (): void => {
    if (drop()) consent.emit('hide')
    sync()
    dialog?.close()
  }

  let open = (from: Element | null): void => {
    if (dialog) return
    opener = from as HTMLElement
    let d = (dialog = mount(renderPreferences(view(), consent.isGranted)))
    d.addEventListener('keydown', e => trapKeys(d, e))
    d.addEventListener('close', () => {
      d.remove()
      dialog = null
      // After a decision the opener (Customize) is gone: go to the reopen control instead.
      ;(opener?.isConnected ? opener : button)?.focus()
      consent.emit('hide')
    })
    d.showModal()
    d.querySelector<HTMLElement>(FOCUSABLE)!.focus()
    consent.emit('show', true)
  }

  // One capturing listener on the document: our buttons and any [data-consentry-open] on the page.
  let onClick = (e: Event): void => {
    let target = e.target as Element
    // Only our own buttons: a page element with the same attribute is not ours.
    let el = target.closest?.('.consentry [data-consentry-action]')
    let action = el?.getAttribute('data-consentry-action')
    let opens = target.closest?.('[data-consentry-open]')
    try {
      if (action == 'customize') open(el)
      else if (action == 'accept') consent.acceptAll()
      else if (action == 'reject') consent.rejectAll()
      else if (action == 'save') {
        consent.save(
          Object.fromEntries([...dialog!.querySelectorAll('input')].map(i => [i.dataset.category, i.checked]))
        )
      }
      else if (opens) {
        e.preventDefault()
        open(opens)
      }
    } catch (error) {
      consent.emit('error', error as Error)
    }
  }
  doc.addEventListener('click', onClick, true)
  consent.on('decision', hide)

  let { reset, destroy } = consent
  let ui = Object.assign(consent, {
    show,
    hide,
    showPreferences: () => open(doc.activeElement),
    addLocale(l: string, t: Partial<Texts>) {
      addLocale(l, t)
      if (pickLang(lang, custom) != current) {
        if (banner) show()
        sync()
      }
    },
    reset() {
      reset()
      show()
    },
    destroy() {
      reopen = false
      hide()
      removeStyles()
      doc.removeEventListener('click', onClick, true)
      destroy()
    }
  })
  if (consent.getDecision()) sync()
  else show()
  return ui
}
