/** What can take focus in the dialog, in order (service lists add summaries and links). */
const FOCUSABLE = 'input:not(:disabled),button,summary,a[href]'
/** Where focus goes when the dialog opens: its first control. */
const FIRST = 'input:not(:disabled),button'

/**
 * Opens a `<dialog>` as a modal with the keyboard behaviour done by hand, since not every DOM
 * does it for `showModal()` (happy-dom, jsdom): focus moves to its first control, Tab and
 * Shift+Tab cycle inside, Escape closes; `onClose` runs once it is closed, however.
 *
 * @example
 * showModal(dialog, () => opener.focus())
 */
export function showModal(dialog: HTMLDialogElement, onClose: () => void): void {
  dialog.onkeydown = event => {
    if (event.key === 'Escape') {
      event.preventDefault()
      dialog.close()
      return
    }
    if (event.key !== 'Tab') return
    let controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
    // In the direction of travel: Shift+Tab walks the list backwards.
    if (event.shiftKey) controls.reverse()
    let index = controls.indexOf(document.activeElement as HTMLElement)
    // Tab from the last control, or from outside the list, wraps to the first.
    if (index === -1 || index === controls.length - 1) {
      event.preventDefault()
      controls[0].focus()
    }
  }
  dialog.onclose = onClose
  // jsdom has no showModal()/close(): the open attribute by hand, and close() runs onClose itself.
  if (typeof (dialog as Partial<HTMLDialogElement>).showModal !== 'function') {
    dialog.showModal = () => dialog.setAttribute('open', '')
    dialog.close = () => {
      dialog.removeAttribute('open')
      onClose()
    }
  }
  dialog.showModal()
  dialog.querySelector<HTMLElement>(FIRST)?.focus()
}
