import { category } from '../i18n/pick.js'
import { button, h } from './dom.js'
import type { View } from './view.js'

/**
 * The second layer: a `<dialog>` listing `necessary` (on, disabled) and each category with a
 * switch that reflects `granted` (never pre-ticked before a decision), then Accept all,
 * Reject all and Save.
 *
 * @example
 * let dialog = renderPreferences(view, name => consent.isGranted(name))
 */
export function renderPreferences(v: View, granted: (name: string) => boolean): HTMLDialogElement {
  let { t, id } = v
  return h(
    'dialog',
    { ...v.root(''), 'data-consentry': 'preferences', 'aria-labelledby': id },
    h('h2', { id }, t.settings),
    ...['necessary', ...v.names].map(name => {
      let [label, description] = category(t, name, v.options[name])
      let on = name == 'necessary'
      return h(
        'div',
        {},
        h(
          'label',
          {},
          label,
          h('input', {
            type: 'checkbox',
            role: 'switch',
            'data-category': name,
            'aria-describedby': id + name,
            checked: (on || granted(name)) && '',
            disabled: on && ''
          })
        ),
        h('p', { id: id + name }, description)
      )
    }),
    h('div', { class: 'row' }, button('accept', t.acceptAll), button('reject', t.rejectAll), button('save', t.save))
  )
}

/** What can take focus in the dialog, in order. */
export const FOCUSABLE = 'input:not(:disabled),button'

/**
 * Modal keyboard behaviour done by hand, since not every DOM does it for `showModal()`:
 * Tab and Shift+Tab cycle inside, Escape closes.
 *
 * @example
 * dialog.addEventListener('keydown', e => trapKeys(dialog, e))
 */
export function trapKeys(dialog: HTMLDialogElement, e: KeyboardEvent): void {
  if (e.key == 'Escape') {
    e.preventDefault()
    dialog.close()
  }
  if (e.key == 'Tab') {
    let all = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
    let last = all.length - 1
    let at = all.indexOf(document.activeElement as HTMLElement)
    if (e.shiftKey ? at <= 0 : at < 0 || at == last) {
      e.preventDefault()
      all[e.shiftKey ? last : 0].focus()
    }
  }
}
