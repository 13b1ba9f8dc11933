import { category } from '../../i18n/purposes.js'
import { actionRow } from '../buttons.js'
import { h, toDom } from '../dom.js'
import { heading, rootAttributes } from '../root.js'
import { showModal } from './modal.js'
import { serviceList } from './services.js'
import { preferencesCss } from './styles.js'
import type { PreferencesContext } from './types.js'

export type { PreferencesContext, PreferencesModule } from './types.js'

/**
 * The second layer, loaded on demand: a modal `<dialog>` with each category's label, description
 * and switch (necessary: on and disabled; the others as they are now, never pre-ticked), each
 * category's services with their switches and cookie tables (ui/preferences/services.ts), then
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
    let services = consent.config.services.filter(service => service.category === name)
    let stateId = prefix + name + '-state'
    // A category with services is a native checkbox: its mixed state (indeterminate) is then
    // announced as such, which a role="switch" cannot do.
    let input = h('input', {
      type: 'checkbox',
      role: services.length > 0 ? undefined : 'switch',
      'data-category': name,
      'aria-describedby': services.length > 0 ? `${descriptionId} ${stateId}` : descriptionId
    })
    input.checked = consent.isGranted(name)
    input.disabled = name === 'necessary'
    // Also as attributes: the markup then says what the switch shows (and tests can read it).
    if (input.checked) input.setAttribute('checked', '')
    if (input.disabled) input.setAttribute('disabled', '')
    let row = [h('label', {}, label, input), h('p', { id: descriptionId }, description)]
    if (services.length === 0) return row
    let state = h('p', { id: stateId, class: 'state' })
    let list = serviceList({ consent, language, categorySwitch: input, state, services, newId: context.newId })
    return h('section', {}, row, state, list)
  })

  let dialog = h(
    'dialog',
    {
      ...rootAttributes({ theme, language, classes: 'panel', titleId }),
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
 * The switches' state, for Save: every category and every service.
 *
 * @example
 * consent.save(readSwitches(dialog)) // { necessary: true, analytics: false, ga4: false, … }
 */
export function readSwitches(dialog: HTMLDialogElement): Record<string, boolean> {
  let choices: Record<string, boolean> = {}
  // Categories and services: a service named here keeps its own choice (consent.save).
  for (let input of dialog.querySelectorAll<HTMLInputElement>('input[data-category],input[data-service]')) {
    choices[input.dataset.category ?? input.dataset.service!] = input.checked
  }
  return choices
}
