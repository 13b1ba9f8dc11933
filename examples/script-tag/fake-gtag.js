// A stand-in for Google's gtag.js in the services demo: it shows what the real tag would read
// (the dataLayer the GA4 preset filled after consent) and sends nothing anywhere.
window.fakeGtagLoaded = true
document.getElementById('ga-status').textContent =
  'gtag.js (local fake) loaded after consent; dataLayer: ' +
  JSON.stringify(Array.from(window.dataLayer || [], entry => Array.from(entry)))
