import { category, purposes } from '../i18n/pick.js'
import { addLocale } from '../i18n/registry.js'
import type { Texts } from '../i18n/types.js'
import { gpcCategories } from '../integrations/gpc.js'
import type { Shown } from '../integrations/registry.js'
import { showModal } from './dialog.js'
import { h } from './dom.js'
import type { Child } from './dom.js'
import { applyStyles } from './styles.js'
import type { Unbind } from '../types.js'
import type { ConsentUI, ConsentUIConfig } from './types.js'

export type { ConsentUI, ConsentUIConfig } from './types.js'

let uid = 0

/**
 * Mounts the banner on an engine instance (given the UI methods): shows it now when there is no
 * decision, hides it on any decision, offers the reopen control and the preferences dialog, and
 * wraps reset(). The banner is a non-modal region named by its title; the dialog is modal.
 * `shown` gives the language and texts to show (the same ones integrations get). Returns what
 * destroy() must call to remove it.
 *
 * @example
 * offs.push(attachUI(consent, config, shown))
 */
export function attachUI(consent: ConsentUI, config: ConsentUIConfig, shown: Shown): Unbind {
  let { names, options, privacyPolicyUrl: url } = consent.config
  let { theme = 'auto', position = 'bottom', reopen = true } = config
  let removeStyles = applyStyles(config.nonce)
  let banner: HTMLElement | undefined
  let dialog: HTMLDialogElement | undefined
  let button: HTMLElement | false | null | undefined
  let opener: HTMLElement | undefined
  // The language shown (l) and its texts (t), read again at each render.
  let l: string
  let t: Texts
  // While the banner shows, the page gets room (padding) and focus scrolling keeps clear of it
  // (scroll-padding): it never hides the focused element (WCAG 2.4.11). The banner sits 8px off
  // the edge; +9 rounds its height up. A centred banner is not observed (its padding-center is
  // only ever cleared, a no-op).
  let pad = (px: string): void => {
    document.documentElement.style.setProperty('padding-' + position, px)
    document.documentElement.style.setProperty('scroll-padding-' + position, px)
  }
  // jsdom has no ResizeObserver: there the page just gets no padding.
  let observer = typeof ResizeObserver == 'function' ? new ResizeObserver(() => pad(banner!.offsetHeight + 9 + 'px')) : undefined

  let load = (): unknown => ({ language: l, texts: t } = shown() as unknown as { language: string; texts: Texts })

  /**
   * A root (banner, dialog or reopen control) with theme, language and direction, mounted on
   * `root`, else the body, else `<html>` (a script in <head>: the banner shows at first paint).
   * With a title, it opens with a heading that names it.
   */
  let box = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    cls: string,
    attrs: Record<string, string>,
    title: string | false,
    ...kids: Child[]
  ): HTMLElementTagNameMap[K] => {
    let id = 'consentry' + ++uid
    return (config.root || document.body || document.documentElement).appendChild(
      h(
        tag,
        {
          class: `consentry ${theme} ${cls}`,
          lang: l,
          dir: /^(ar|fa|he|ur)\b/.test(l) ? 'rtl' : 'ltr',
          'aria-labelledby': title && id,
          ...attrs
        },
        title && [
          h('h2', { id }, title),
          // Under the title of the banner and of the dialog: Global Privacy Control was honored
          // (a category it covers is refused; not after the visitor granted them all).
          config.respectGpc !== false && gpcCategories(consent).some(n => !consent.isGranted(n)) && h('p', { 'data-consentry': 'gpc' }, t.gpc)
        ],
        kids
      )
    )
  }

  // The same buttons everywhere: Accept and Reject are the same element with the same attributes
  // (refusing looks exactly as easy as accepting). `all` says "Accept all" / "Reject all".
  let row = (all: boolean, ...actions: Array<string | false>): HTMLElement =>
    h(
      'div',
      {},
      actions.map(
        a =>
          a &&
          h('button', { type: 'button', 'data-consentry-action': a }, (all && t[(a + 'All') as 'acceptAll']) || t[a as 'accept'])
      )
    )

  // The reopen control exists exactly when there is a decision and the banner is not shown;
  // `button` is falsy whenever there is none.
  let sync = (): void => {
    if (button) button.remove()
    button =
      reopen &&
      !banner &&
      consent.getDecision() &&
      (load(), box('button', 'reopen ' + reopen, { type: 'button', 'data-consentry-open': '' }, false, t.settings))
  }

  let show = (): void => {
    // A banner already shown is replaced; the observer follows the new one (the old one is gone).
    banner?.remove()
    load()
    // "Read our {privacy policy} for more information." → text, link, text. With no (or empty)
    // braces the whole sentence is the link: never an empty, nameless one.
    let [before, link, after] = t.policy.split(/[{}]/)
    banner = box(
      'div',
      'bar ' + position,
      { 'data-consentry': 'banner', role: 'region', 'data-nosnippet': '' },
      t.title,
      h('p', {}, purposes(t, names, options), url && [' ', link && before, h('a', { href: url }, link || before), after]),
      row(names.length > 1, 'accept', 'reject', (config.preferences ?? names.length > 1) && 'customize')
    )
    if (position != 'center') observer?.observe(banner)
    sync()
    consent.emit('show', false)
  }

  let hide = (): void => {
    if (banner) {
      banner.remove()
      banner = undefined
      observer?.disconnect()
      pad('')
      consent.emit('hide')
    }
    sync()
    dialog?.close()
  }

  let open = (from: Element | null): void => {
    if (dialog) return
    opener = from as HTMLElement
    load()
    // Ids of the descriptions; the dialog's own heading gets the next number.
    let id = 'consentry' + ++uid + '-'
    let d = (dialog = box(
      'dialog',
      'bar',
      { 'data-consentry': 'preferences' },
      t.settings,
      ['necessary', ...names].map(name => {
        let [label, description] = category(t, name, options[name])
        return [
          h(
            'label',
            {},
            label,
            h('input', {
              type: 'checkbox',
              role: 'switch',
              'data-category': name,
              'aria-describedby': id + name,
              checked: consent.isGranted(name) && '',
              disabled: name == 'necessary' && ''
            })
          ),
          h('p', { id: id + name }, description)
        ]
      }),
      row(true, 'accept', 'reject', 'save')
    ))
    showModal(d, () => {
      d.remove()
      dialog = undefined
      // After a decision the opener (Customize) is gone: go to the reopen control instead.
      ;(opener?.isConnected ? opener : button || undefined)?.focus()
      consent.emit('hide')
    })
    consent.emit('show', true)
  }

  // What each of our buttons does. Decisions come only from these controls, inside this
  // instance's own banner, dialog or reopen control: page markup can open the preferences
  // ([data-consentry-open]) but never decide.
  let actions: Record<string, (control: HTMLElement) => void> = {
    accept: () => consent.acceptAll(),
    reject: () => consent.rejectAll(),
    save: () =>
      consent.save(Object.fromEntries([...dialog!.querySelectorAll('input')].map(i => [i.dataset.category, i.checked]))),
    customize: control => open(control)
  }

  // One capturing listener on the document, for our buttons and any [data-consentry-open].
  let onClick = (event: Event): void => {
    let control = (event.target as Element).closest?.<HTMLElement>('[data-consentry-action],[data-consentry-open]')
    if (!control) return
    let root = control.closest<HTMLElement>('.consentry')
    let ours = root !== null && [banner, dialog, button].includes(root)
    let action = ours ? actions[control.dataset.consentryAction || ''] : undefined
    try {
      if (action) action(control)
      else if (control.hasAttribute('data-consentry-open') && (ours || root === null)) {
        // A page opener may be a link.
        event.preventDefault()
        open(control)
      }
    } catch (error) {
      consent.emit('error', error as Error)
    }
  }
  document.addEventListener('click', onClick, true)
  consent.on('decision', hide)

  let { reset } = consent
  Object.assign(consent, {
    show,
    hide,
    showPreferences: () => open(document.activeElement),
    addLocale(tag: string, more: Partial<Texts>) {
      addLocale(tag, more)
      // It applies when it is the language now shown: a new one, or more texts for the same one.
      if (shown().language == tag.toLowerCase()) {
        if (banner) show()
        sync()
      }
    },
    reset() {
      reset()
      show()
    }
  })
  if (consent.getDecision()) sync()
  else show()
  // What destroy() undoes: every node, the stylesheet, the listener.
  return () => {
    reopen = false
    hide()
    removeStyles()
    document.removeEventListener('click', onClick, true)
    // A late call (a stale reference in an SPA) must not build a banner that nothing styles or
    // handles: hide() is all that is left, and it finds nothing to do.
    Object.assign(consent, { show: hide, showPreferences: hide, reset })
  }
}
