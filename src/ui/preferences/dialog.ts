import { category } from '../../i18n/purposes.js'
import { actionRow } from '../buttons.js'
import { h, toDom } from '../dom.js'
import { heading, rootAttributes } from '../root.js'
import { showModal } from './modal.js'
import { preferencesCss } from './styles.js'
import type { PreferencesContext } from './types.js'

export type { PreferencesContext, PreferencesModule } from './types.js'

/**
 * The second layer, loaded on demand: a modal `<dialog>` with each category's label, description
 * and switch (necessary: on and disabled; the others as they are now, never pre-ticked), then
 * Accept all, Reject all and Save. Its buttons carry `data-consentry-action`, so the first layer's
 * click router handles them.
 *
 * @example
 * let dialog = openPreferences(context)
 */
export function openPreferences(context: PreferencesContext): HTMLDialogElement {
  let { consent, shown, theme } = context
  let { texts, language } = shown
  let { names, options } = consent.config
  context.addStyles(preferencesCss)
  let prefix = context.newId()
  let titleId = prefix + 'title'

  let rows = ['necessary', ...names].map(name => {
    let [label, description] = category(texts, name, options[name])
    let descriptionId = prefix + name
    let input = h('input', {
      type: 'checkbox',
      role: 'switch',
      'data-category': name,
      'aria-describedby': descriptionId
    })
    input.checked = consent.isGranted(name)
    input.disabled = name === 'necessary'
    // Also as attributes: the markup then says what the switch shows (and tests can read it).
    if (input.checked) input.setAttribute('checked', '')
    if (input.disabled) input.setAttribute('disabled', '')
    return [h('label', {}, label, input), h('p', { id: descriptionId }, description)]
  })

  let dialog = h(
    'dialog',
    {
      ...rootAttributes({ theme, language, classes: 'bar', titleId }),
      'data-consentry': 'preferences'
    },
    heading(titleId, texts.settings, texts, context.gpcHonored).map(toDom),
    rows,
    toDom(actionRow(texts, true, ['accept', 'reject', 'save']))
  )
  context.mount(dialog)
  showModal(dialog, () => {
    dialog.remove()
    context.onClose()
  })
  return dialog
}

/**
 * The switches' state, for Save.
 *
 * @example
 * consent.save(readSwitches(dialog)) // { necessary: true, analytics: false, … }
 */
export function readSwitches(dialog: HTMLDialogElement): Record<string, boolean> {
  let choices: Record<string, boolean> = {}
  for (let input of dialog.querySelectorAll<HTMLInputElement>('input[data-category]')) {
    choices[input.dataset.category!] = input.checked
  }
  return choices
}
