import { consentPlugin } from 'consentry/vue'
import { createApp } from 'vue'

import App from './App.vue'

const config = { categories: ['analytics', 'marketing'], privacyPolicyUrl: '/privacy', lang: 'en' }
// The third argument runs once per page, when the instance is created: each loader runs once.
const setup = consent => consent.loadScript('analytics', import.meta.env.BASE_URL + 'analytics.js')

createApp(App).use(consentPlugin, config, setup).mount('#app')
