import { important } from '../styles.js'

/**
 * The preferences dialog's own CSS, on top of the banner's (the dialog is a `.consentry.bar`
 * too): it arrives with the second layer. Service lists indent on the inline start side (RTL
 * too); cookie tables wrap inside the dialog, even at 320 px.
 *
 * @example
 * applyStyles(preferencesCss, nonce)
 */
export const preferencesCss = important(
  '.consentry::backdrop{background:#000a;}' +
    '.consentry label{display:flex;justify-content:space-between;font-weight:600;}' +
    '.consentry input{width:24px;height:24px;flex:none;accent-color:var(--consentry-accent,#14c);}' +
    '.consentry details{margin-bottom:16px;}' +
    '.consentry summary{cursor:pointer;min-height:24px;padding:2px 0;color:var(--consentry-accent,#14c);}' +
    '.consentry ul{list-style:none;padding:8px 0 0;padding-inline-start:12px;border-inline-start:2px solid #8886;}' +
    '.consentry li p,.consentry .state{margin-bottom:8px;font-size:14px;}' +
    '.consentry table{width:100%;border-collapse:collapse;font-size:13px;}' +
    '.consentry caption{text-align:start;font-weight:600;padding-bottom:4px;}' +
    '.consentry th,.consentry td{text-align:start;vertical-align:top;padding:4px;border-bottom:1px solid #8886;overflow-wrap:anywhere;}'
)
