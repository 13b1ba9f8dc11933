// The contestants: each one does the same job on the same article page — one analytics category, French
// text, a link to /confidentialite, /analytics.js held back until Accept — set up the way its own docs
// show. `banner` is the element that counts as "the banner is visible"; `accept` is the button clicked.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BENCH } from './serve.js'

// consentry/server as built (dist/server.js), for the server-rendered row; missing until `npm run build`.
const SERVER_BUILD = join(BENCH, '..', 'dist', 'server.js')
const server = existsSync(SERVER_BUILD) ? await import(pathToFileURL(SERVER_BUILD).href) : null
// The drop-in row's options, as one config for renderBanner and the drop-in (its JSON block).
const SSR_CONFIG = { categories: ['analytics'], privacyPolicyUrl: '/confidentialite', lang: 'fr', revision: 1 }
const renderSsr = cookieHeader => server.renderBanner(SSR_CONFIG, { lang: 'fr', cookieHeader })

const version = name =>
  JSON.parse(readFileSync(join(BENCH, 'node_modules', name, 'package.json'), 'utf8')).version

// The same French copy for everyone (from the seed article's own banner), where a library takes text.
const TITLE = 'Ce site utilise des cookies'
const TEXT = "Nous utilisons des cookies pour l'analyse afin d'améliorer notre site."
const LINK = 'politique de confidentialité'
const MORE = `Lisez notre <a href="/confidentialite">${LINK}</a> pour plus d'informations.`

export const FLOOR_FRAGMENT = readFileSync(join(BENCH, 'pages', 'floor.html'), 'utf8')

/**
 * Library definitions, floor first.
 *
 * @example
 * for (let lib of libraries()) console.log(lib.id, lib.banner, lib.accept)
 */
export function libraries() {
  return [
    {
      id: 'floor',
      name: 'Hand-written inline banner (floor)',
      version: '-',
      body: FLOOR_FRAGMENT,
      banner: '#floor',
      accept: '#floor [data-floor="1"]',
      // Its bytes are the inline fragment itself: there is no file to load.
      inlineBytes: FLOOR_FRAGMENT
    },
    {
      id: 'consentry',
      name: 'consentry (drop-in script tag)',
      version: JSON.parse(readFileSync(join(BENCH, '..', 'package.json'), 'utf8')).version,
      needs: join(BENCH, '..', 'dist', 'consentry.iife.js'),
      // README, "Script tag": the tag goes in <head>, so the banner is on the page's first paint.
      head: `<script src="/dist/consentry.iife.js" data-privacy-policy="/confidentialite" data-lang="fr" data-categories="analytics" data-revision="1"></script>`,
      body: `<script type="text/plain" data-consent="analytics" src="/analytics.js"></script>`,
      banner: '[data-consentry="banner"]',
      accept: '[data-consentry="banner"] [data-consentry-action="accept"]'
    },
    {
      id: 'consentry-ssr',
      name: 'consentry (server-rendered banner + deferred drop-in)',
      version: JSON.parse(readFileSync(join(BENCH, '..', 'package.json'), 'utf8')).version,
      needs: SERVER_BUILD,
      // README, "Server-rendered banner": renderBanner per request (css in <head>, html in <body>),
      // the same config in the JSON block, the drop-in deferred so that it adopts the banner.
      render: request => {
        let { html, css } = renderSsr(request.headers.cookie)
        return {
          head: `<style>${css}</style>
<script type="application/json" id="consentry-config">${JSON.stringify(SSR_CONFIG)}</script>
<script defer src="/dist/consentry.iife.js"></script>`,
          body: `${html}
<script type="text/plain" data-consent="analytics" src="/analytics.js"></script>`
        }
      },
      // Its bytes: what renderBanner adds to a first visit's page (CSS, banner, snippet), plus the drop-in.
      inlineBytes: server ? Object.values(renderSsr()).join('') : '',
      banner: '[data-consentry="banner"]',
      accept: '[data-consentry="banner"] [data-consentry-action="accept"]'
    },
    {
      id: 'vanilla-cookieconsent',
      name: 'vanilla-cookieconsent',
      version: version('vanilla-cookieconsent'),
      // Docs (Getting started, HTML): stylesheet in <head>, a module script that imports the UMD build and runs.
      head: '<link rel="stylesheet" href="/lib/vanilla-cookieconsent/dist/cookieconsent.css">',
      body: `<script type="text/plain" data-category="analytics" src="/analytics.js"></script>
<script type="module">
import '/lib/vanilla-cookieconsent/dist/cookieconsent.umd.js'
CookieConsent.run({
  hideFromBots: false, // it treats navigator.webdriver as a bot and would never show the banner here
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: ${JSON.stringify(TITLE)},
          description: ${JSON.stringify(TEXT + ' ' + MORE)},
          acceptAllBtn: 'Accepter',
          acceptNecessaryBtn: 'Refuser',
          showPreferencesBtn: 'Personnaliser'
        },
        preferencesModal: {
          title: 'Préférences de cookies',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          savePreferencesBtn: 'Enregistrer',
          closeIconLabel: 'Fermer',
          sections: [
            { title: 'Cookies nécessaires', description: 'Indispensables au fonctionnement du site.', linkedCategory: 'necessary' },
            { title: 'Analyse', description: "Mesure d'audience pour améliorer le site.", linkedCategory: 'analytics' }
          ]
        }
      }
    }
  }
})
</script>`,
      banner: '#cc-main .cm',
      accept: '#cc-main .cm [data-role="all"]'
    },
    {
      id: 'klaro',
      name: 'klaro',
      version: version('klaro'),
      // README: a config script, then klaro.js, both deferred; blocked scripts use data-src + data-name.
      body: `<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="/analytics.js"></script>
<script>
var klaroConfig = {
  version: 1,
  lang: 'fr',
  acceptAll: true,
  translations: {
    zz: { privacyPolicyUrl: '/confidentialite' },
    fr: { purposes: { analytics: "Mesure d'audience" }, analytics: { description: "Mesure d'audience pour améliorer le site." } }
  },
  services: [{ name: 'analytics', title: 'Analyse', purposes: ['analytics'], default: false, cookies: ['_fa'] }]
}
</script>
<script defer src="/lib/klaro/dist/klaro.js"></script>`,
      banner: '.klaro .cookie-notice:not(.cookie-notice-hidden)',
      accept: '.klaro .cookie-notice .cm-btn-success'
    },
    {
      id: 'tarteaucitronjs',
      name: 'tarteaucitron.js',
      version: version('tarteaucitronjs'),
      // README "How to use" config with highPrivacy (recommended); it loads its CSS, French strings and
      // service list at run time from its own folder. A site script is a custom service + a job.
      head: `<script>var tarteaucitronForceLanguage = 'fr'</script>
<script src="/lib/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>
tarteaucitron.init({
  privacyUrl: '/confidentialite', bodyPosition: 'bottom', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron',
  orientation: 'bottom', groupServices: false, showDetailsOnClick: true, serviceDefaultState: 'wait',
  showAlertSmall: false, cookieslist: false, showIcon: true, iconPosition: 'BottomRight', adblocker: false,
  DenyAllCta: true, AcceptAllCta: true, highPrivacy: true, handleBrowserDNTRequest: false, removeCredit: false,
  moreInfoLink: true, useExternalCss: false, useExternalJs: false, mandatory: true, mandatoryCta: true,
  googleConsentMode: true, partnersList: false
})
</script>`,
      body: `<script>
tarteaucitron.services.siteanalytics = {
  key: 'siteanalytics', type: 'analytic', name: 'Analyse du site', uri: '/confidentialite',
  needConsent: true, cookies: ['_fa'],
  js: function () { 'use strict'; tarteaucitron.addScript('/analytics.js') }
};
(tarteaucitron.job = tarteaucitron.job || []).push('siteanalytics')
</script>`,
      banner: '#tarteaucitronAlertBig',
      accept: '#tarteaucitronPersonalize2'
    },
    {
      id: 'cookieconsent',
      name: 'cookieconsent (Osano)',
      version: version('cookieconsent'),
      // Its download wizard's snippet: CSS in <head>, the script, initialise on window load. Opt-in: it
      // blocks nothing itself; the docs load scripts from onInitialise/onStatusChange when consented.
      head: '<link rel="stylesheet" href="/lib/cookieconsent/build/cookieconsent.min.css">',
      body: `<script src="/lib/cookieconsent/build/cookieconsent.min.js"></script>
<script>
window.addEventListener('load', function () {
  function enable() {
    if (this.options.type === 'opt-in' && this.hasConsented() && !window.__ccLoaded) {
      window.__ccLoaded = true
      var s = document.createElement('script'); s.src = '/analytics.js'; document.head.appendChild(s)
    }
  }
  window.cookieconsent.initialise({
    type: 'opt-in',
    position: 'bottom',
    content: {
      header: ${JSON.stringify(TITLE)},
      message: ${JSON.stringify(TEXT + " Lisez notre politique de confidentialité pour plus d'informations.")},
      allow: 'Accepter', deny: 'Refuser', dismiss: 'Fermer',
      link: ${JSON.stringify(LINK)}, href: '/confidentialite'
    },
    onInitialise: enable,
    onStatusChange: enable
  })
})
</script>`,
      banner: '.cc-window',
      accept: '.cc-window .cc-allow'
    }
  ]
}

/** The article page with one library's head and body snippets; a function of the request for a server-rendered one. */
export function composePage(template, lib) {
  let compose = ({ head, body }) => template.replace('<!--HEAD-->', () => head || '').replace('<!--BODY-->', () => body || '')
  return lib.render ? request => compose(lib.render(request)) : compose(lib)
}
