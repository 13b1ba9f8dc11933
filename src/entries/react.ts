// `consentry/react`: the React binding (react >= 18, an optional peer dependency).
export { ConsentGate, ConsentProvider, useConsent, useDecision, useGranted } from '../frameworks/react.js'
export type { ConsentGateProps, ConsentProviderProps } from '../frameworks/react.js'
export type { Setup } from '../frameworks/registry.js'
export type { ConsentUI, ConsentUIConfig } from '../frameworks/engine.js'
