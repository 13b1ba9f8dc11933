// An app using the package as an ES module, straight from its build (no bundler needed here).
// In your project: import { createConsent } from 'consentry'
import { createConsent } from '../../dist/index.js'

let consent = createConsent({
  categories: ['analytics'],
  privacyPolicyUrl: '/confidentialite',
  lang: 'en'
})

let status = document.getElementById('status')
let show = () => {
  let decision = consent.getDecision()
  status.textContent = !decision ? 'waiting for your choice' : consent.isGranted('analytics') ? 'on' : 'off'
}
show()
consent.on('change', show)
consent.on('decision', show)

// Runs exactly once per page, as soon as analytics is granted (now, or on a later click).
consent.whenGranted('analytics', () => {
  let script = document.createElement('script')
  script.src = '/analytics.js'
  document.head.append(script)
})
