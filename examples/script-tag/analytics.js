// A stand-in for an analytics tag (like gtag.js), served locally so the example works offline.
// It only ever runs after consent: it sets a cookie and shows a badge, so you can see it happen.
;(function () {
  let state = (window.fakeAnalytics = window.fakeAnalytics || { runs: 0 })
  state.runs++
  // Whether it ran before the page's "load" event (it should, on visits with a stored consent).
  state.readyState = document.readyState
  document.cookie = '_ga_fake=GA1.1.' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=33696000; SameSite=Lax'
  let show = function () {
    let badge = document.createElement('p')
    badge.className = 'fake-analytics'
    badge.setAttribute('data-fake-analytics', '')
    badge.textContent = 'Mesure d’audience active (script factice)'
    document.body.appendChild(badge)
  }
  if (document.body) show()
  else document.addEventListener('DOMContentLoaded', show)
})()
