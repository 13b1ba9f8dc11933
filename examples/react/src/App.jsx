import { ConsentGate, ConsentProvider, useConsent, useGranted } from 'consentry/react'

const config = { categories: ['analytics', 'marketing'], privacyPolicyUrl: '/privacy', lang: 'en' }
// Runs once per page, when the instance is created (not on each mount): each loader runs once.
const setup = consent => consent.loadScript('analytics', import.meta.env.BASE_URL + 'analytics.js')

export function App() {
  return (
    <ConsentProvider config={config} setup={setup}>
      <h1>React example</h1>
      <AnalyticsStatus />
      <ConsentGate category="marketing" fallback={<p>Allow marketing cookies to see this video.</p>}>
        <Video />
      </ConsentGate>
      <CookieSettings />
    </ConsentProvider>
  )
}

function AnalyticsStatus() {
  const analytics = useGranted('analytics') // re-renders when the visitor decides
  return <p>Analytics: <strong id="status">{analytics ? 'on' : 'off'}</strong></p>
}

function Video() {
  return <div data-video>▶ The video player would load here.</div>
}

function CookieSettings() {
  const consent = useConsent()
  return <button type="button" onClick={() => consent.showPreferences()}>Cookie settings</button>
}
