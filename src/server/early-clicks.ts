import { SERVER_MARK } from '../ui/adopt.js'

/**
 * The inline script that keeps a click made on the server's banner before Consentry's script
 * runs: a capturing listener writes the action clicked (the last one) into the banner's mark,
 * and the client clicks that button once when it adopts the banner (ui/adopt.ts). Adopted, the
 * banner loses its mark and the listener does nothing. No global, nothing else on the page.
 */
export const EARLY_CLICKS =
  'document.addEventListener("click",function(event){' +
  'var button=event.target.closest&&event.target.closest("[data-consentry-action]");' +
  `var banner=button&&button.closest("[${SERVER_MARK}]");` +
  `if(banner)banner.setAttribute("${SERVER_MARK}",button.getAttribute("data-consentry-action"))` +
  '},true)'
