/** What can take focus in the dialog, in order. */
const FOCUSABLE = 'input:not(:disabled),button'

/**
 * Opens a `<dialog>` as a modal with the keyboard behaviour done by hand, since not every DOM
 * does it for `showModal()` (happy-dom, jsdom): focus moves to its first control, Tab and
 * Shift+Tab cycle inside, Escape closes; `onClose` runs once it is closed, however.
 *
 * @example
 * showModal(dialog, () => opener.focus())
 */
export function showModal(d: HTMLDialogElement, onClose: () => void): void {
  d.onkeydown = e => {
    let all = [...d.querySelectorAll<HTMLElement>(FOCUSABLE)]
    // In the direction of travel: Shift+Tab walks the list backwards.
    if (e.shiftKey) all.reverse()
    let escape = e.key == 'Escape'
    // Tab from the last control, or from outside the list (index -1), wraps to the first.
    if (escape || (e.key == 'Tab' && (all.indexOf(document.activeElement as HTMLElement) + 1) % all.length == 0)) {
      e.preventDefault()
      if (escape) d.close()
      else all[0].focus()
    }
  }
  d.onclose = onClose
  // jsdom has no showModal()/close(): the open attribute by hand, and close() runs onClose itself.
  if (!(d as Partial<HTMLDialogElement>).showModal) {
    d.showModal = () => d.setAttribute('open', '')
    d.close = () => {
      d.removeAttribute('open')
      onClose()
    }
  }
  d.showModal()
  d.querySelector<HTMLElement>(FOCUSABLE)!.focus()
}
