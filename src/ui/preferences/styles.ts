import { important } from '../styles.js'

/**
 * The preferences dialog's own CSS, on top of the banner's (the dialog is a `.consentry.panel`
 * too): it arrives with the second layer. Service lists indent on the inline start side (RTL
 * too); cookie tables wrap inside the dialog, even at 320 px.
 *
 * @example
 * applyStyles(preferencesCss, nonce)
 */
export const preferencesCss = important(
  '.consentry::backdrop{background:#0008;backdrop-filter:blur(2px);}' +
    // Save is secondary, like Customize on the first layer.
    '.consentry [data-consentry-action=save]{flex-basis:100%;background:none;color:inherit;border-color:#8888;}' +
    '.consentry h2+label{border:0;}' +
    '.consentry label{display:flex;justify-content:space-between;align-items:center;gap:16px;font-weight:600;padding-top:12px;border-top:1px solid #8884;}' +
    '.consentry label+p{font-size:.9em;margin:2px 0 12px;}' +
    // A switch drawn on the native checkbox (role=switch keeps its semantics): a track with the
    // knob as a gradient, off at the start, on at the end in the accent colour.
    '.consentry [role=switch]{appearance:none;flex:none;width:44px;height:26px;border-radius:99px;cursor:pointer;background:radial-gradient(circle at 13px,#fff 9px,#0000 10px) #8a8a8a;}' +
    '.consentry [role=switch]:checked{background:radial-gradient(circle at 31px,var(--consentry-on-accent,#fff) 9px,#0000 10px) var(--consentry-accent,#14c);}' +
    '.consentry [role=switch]:disabled{opacity:.6;cursor:default;}' +
    '.consentry [role=switch]:focus-visible{outline:2px solid var(--consentry-accent,#14c);outline-offset:2px;}' +
    // A category with services: a native checkbox that can show mixed (indeterminate).
    '.consentry input:not([role=switch]){width:24px;height:24px;flex:none;accent-color:var(--consentry-accent,#14c);}' +
    '.consentry details{margin-bottom:16px;}' +
    '.consentry summary{cursor:pointer;min-height:24px;padding:2px 0;color:var(--consentry-accent,#14c);}' +
    '.consentry ul{list-style:none;padding:8px 0 0;padding-inline-start:12px;border-inline-start:2px solid #8886;}' +
    '.consentry li p,.consentry .state{margin-bottom:8px;font-size:14px;}' +
    '.consentry table{width:100%;border-collapse:collapse;font-size:13px;}' +
    '.consentry caption{text-align:start;font-weight:600;padding-bottom:4px;}' +
    '.consentry th,.consentry td{text-align:start;vertical-align:top;padding:4px;border-bottom:1px solid #8886;overflow-wrap:anywhere;}'
)
