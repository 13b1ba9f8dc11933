import { important } from '../styles.js'

/**
 * The preferences dialog's own CSS, on top of the banner's (the dialog is a `.consentry.bar`
 * too): it arrives with the second layer.
 *
 * @example
 * applyStyles(preferencesCss, nonce)
 */
export const preferencesCss = important(
  '.consentry::backdrop{background:#000a;}' +
    '.consentry label{display:flex;justify-content:space-between;font-weight:600;}' +
    '.consentry input{width:24px;height:24px;accent-color:var(--consentry-accent,#14c);}'
)
