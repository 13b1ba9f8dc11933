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
    let last = all.length - 1
    let at = all.indexOf(document.activeElement as HTMLElement)
    let back = e.shiftKey
    let tab = e.key == 'Tab'
    if (e.key == 'Escape' || (tab && (back ? at <= 0 : at < 0 || at == last))) {
      e.preventDefault()
      if (tab) all[back ? last : 0].focus()
      else d.close()
    }
  }
  d.onclose = onClose
  // jsdom has no showModal()/close(): the same open attribute and close event by hand.
  if (!(d as Partial<HTMLDialogElement>).showModal) {
    d.showModal = () => d.setAttribute('open', '')
    d.close = () => {
      d.removeAttribute('open')
      d.dispatchEvent(new Event('close'))
    }
  }
  d.showModal()
  d.querySelector<HTMLElement>(FOCUSABLE)!.focus()
}
