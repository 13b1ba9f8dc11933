// A stand-in for an analytics tag (like gtag.js), served by the example itself: it counts its runs
// and shows a badge, so you can see it start only after consent, and once.
window.fakeAnalytics = window.fakeAnalytics || { runs: 0 }
window.fakeAnalytics.runs++
let badge = document.createElement('p')
badge.setAttribute('data-fake-analytics', '')
badge.textContent = 'Analytics running (a stand-in script)'
document.body.append(badge)
