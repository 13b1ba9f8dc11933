// The fake analytics script every library must hold back until Accept. It records when it ran
// (performance.now() = ms since navigation start) and how often, and tells the harness through the
// CDP binding when one is installed.
(function () {
  let runs = (window.__analyticsRuns = (window.__analyticsRuns || 0) + 1)
  if (runs === 1) window.__analyticsAt = performance.now()
  document.cookie = '_fa=' + Date.now() + '; max-age=34128000; path=/; samesite=lax'
  if (typeof window.__benchAnalytics === 'function') window.__benchAnalytics(String(runs))
})()
