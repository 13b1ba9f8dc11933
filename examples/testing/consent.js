// The site's consent setup, as the examples' tests see it: one config, shared by the page and the tests.
export const consentConfig = {
  categories: ['analytics'],
  privacyPolicyUrl: '/privacy',
  revision: 1
}
