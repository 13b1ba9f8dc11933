/**
 * The built-in jurisdiction table: which consent policy applies in a region, with the law behind
 * each row. Plain data, checked on 2026-12-07 (`CHECKED`); docs/jurisdictions.md renders it.
 *
 * - `opt-in`: nothing non-essential before a positive act (EEA, UK, Switzerland, and the default).
 * - `opt-out`: tracking may start, the visitor can refuse the sale/sharing of personal data
 *   ("Do Not Sell or Share My Personal Information") and Global Privacy Control counts as that refusal.
 * - `none`: no banner and nothing to refuse. The built-in table never uses it; a site may.
 *
 * A region is an ISO 3166-1 alpha-2 country ('FR') or an ISO 3166-2 subdivision ('US-CA'). A state
 * is looked up first, then its country, then `default`. 'US' alone is opt-in: without the state
 * we cannot tell which law applies, and when uncertain the answer is the strictest.
 */

import { OPT_OUT_REGIONS } from './opt-out-regions.js'

export type Policy = 'opt-in' | 'opt-out' | 'none'

/** The day the rows and their sources below were last checked against the law. */
export const CHECKED = '2026-12-07'

/**
 * Region → policy, as the engine looks it up. Every key is canonical (upper case).
 *
 * @example
 * BUILT_IN_POLICIES['US-CA'] // 'opt-out'
 * createConsent({ policies: { ...BUILT_IN_POLICIES, BR: 'opt-in' } }) // extend rather than replace
 */
export const BUILT_IN_POLICIES: Record<string, Policy> = {
  default: 'opt-in',
  // European Union (27).
  AT: 'opt-in', BE: 'opt-in', BG: 'opt-in', CY: 'opt-in', CZ: 'opt-in', DE: 'opt-in', DK: 'opt-in',
  EE: 'opt-in', ES: 'opt-in', FI: 'opt-in', FR: 'opt-in', GR: 'opt-in', HR: 'opt-in', HU: 'opt-in',
  IE: 'opt-in', IT: 'opt-in', LT: 'opt-in', LU: 'opt-in', LV: 'opt-in', MT: 'opt-in', NL: 'opt-in',
  PL: 'opt-in', PT: 'opt-in', RO: 'opt-in', SE: 'opt-in', SI: 'opt-in', SK: 'opt-in',
  // Parts of the EU with a code of their own (edges report them as countries): Åland and the
  // outermost regions of France. Listed so that a site's `default` never reaches EU territory.
  AX: 'opt-in', GF: 'opt-in', GP: 'opt-in', MF: 'opt-in', MQ: 'opt-in', RE: 'opt-in', YT: 'opt-in',
  // The rest of the EEA, the United Kingdom, Switzerland.
  IS: 'opt-in', LI: 'opt-in', NO: 'opt-in',
  GB: 'opt-in',
  CH: 'opt-in',
  // United States: no federal law; the state decides. Unknown state → strictest.
  US: 'opt-in',
  // The US states with a comprehensive privacy law (opt-out-regions.ts, the engine's copy).
  ...Object.fromEntries(OPT_OUT_REGIONS.map(region => [region, 'opt-out']))
}

export interface Source {
  /** The law's name and its citation. */
  law: string
  /** Date it applies from (ISO 8601). */
  inForce: string
  /** Where to read it, when we checked the address. */
  url?: string
}

const GDPR: Source = {
  law: 'GDPR (Regulation (EU) 2016/679) and ePrivacy Directive 2002/58/EC art. 5(3): consent before storing or reading non-essential data on the device',
  inForce: '2018-05-25',
  url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj'
}
const EEA: Source = {
  law: 'GDPR and ePrivacy Directive 2002/58/EC art. 5(3), applied through the EEA Agreement',
  inForce: '2018-07-20',
  url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj'
}

/**
 * Why each row of `BUILT_IN_POLICIES` says what it says. Kept out of the lookup table so that the
 * browser bundle, which never reads it, does not carry it.
 *
 * @example
 * SOURCES['US-CO'].law // 'Colorado Privacy Act, C.R.S. § 6-1-1301 et seq.'
 */
export const SOURCES: Record<string, Source> = {
  default: { law: 'No rule known for the region: the strictest policy', inForce: CHECKED },
  AT: GDPR, BE: GDPR, BG: GDPR, CY: GDPR, CZ: GDPR, DE: GDPR, DK: GDPR, EE: GDPR, ES: GDPR, FI: GDPR,
  FR: GDPR, GR: GDPR, HR: GDPR, HU: GDPR, IE: GDPR, IT: GDPR, LT: GDPR, LU: GDPR, LV: GDPR, MT: GDPR,
  NL: GDPR, PL: GDPR, PT: GDPR, RO: GDPR, SE: GDPR, SI: GDPR, SK: GDPR,
  AX: GDPR, GF: GDPR, GP: GDPR, MF: GDPR, MQ: GDPR, RE: GDPR, YT: GDPR,
  IS: EEA,
  LI: EEA,
  NO: EEA,
  GB: {
    law: 'Privacy and Electronic Communications Regulations 2003 (PECR) reg. 6, with the UK GDPR',
    inForce: '2003-12-11',
    url: 'https://www.legislation.gov.uk/uksi/2003/2426/regulation/6'
  },
  CH: {
    // Swiss law asks for information and a way to refuse rather than prior consent; opt-in is
    // kept as the strictest reading, as most Swiss sites that also serve the EU do.
    law: 'Federal Act on Data Protection (revFADP, SR 235.1) and Telecommunications Act art. 45c',
    inForce: '2023-09-01',
    url: 'https://www.fedlex.admin.ch/eli/cc/2022/491/en'
  },
  US: { law: 'No federal consumer privacy law; the state is unknown: the strictest policy', inForce: CHECKED },
  'US-AL': { law: 'Alabama Personal Data Protection Act (HB 351, 2026); enacted 2026-04-17', inForce: '2027-05-01', url: 'https://www.billtrack50.com/billdetail/1957511' },
  'US-CA': {
    law: 'California Consumer Privacy Act as amended by the CPRA, Cal. Civ. Code § 1798.100 et seq.; regulations 11 CCR § 7026 (opt-out link, opt-out preference signals)',
    inForce: '2020-01-01',
    url: 'https://www.law.cornell.edu/regulations/california/11-CCR-7026'
  },
  'US-CO': { law: 'Colorado Privacy Act, C.R.S. § 6-1-1301 et seq.', inForce: '2023-07-01' },
  'US-CT': { law: 'Connecticut Data Privacy Act, Conn. Gen. Stat. § 42-515 et seq.', inForce: '2023-07-01' },
  'US-DE': { law: 'Delaware Personal Data Privacy Act, 6 Del. C. ch. 12D', inForce: '2025-01-01' },
  'US-IA': { law: 'Iowa Consumer Data Protection Act, Iowa Code ch. 715D', inForce: '2025-01-01' },
  'US-IN': { law: 'Indiana Consumer Data Protection Act, Ind. Code art. 24-15', inForce: '2026-01-01' },
  'US-KY': { law: 'Kentucky Consumer Data Protection Act, KRS 367.3611 et seq.', inForce: '2026-01-01' },
  'US-LA': { law: 'Louisiana Data Privacy Act (SB 386, Act No. 502 of 2026); enacted 2026-05-29', inForce: '2027-01-01', url: 'https://www.insideprivacy.com/state-privacy/louisiana-enacts-comprehensive-privacy-law/' },
  'US-MD': { law: 'Maryland Online Data Privacy Act, Md. Code, Com. Law § 14-4601 et seq.', inForce: '2025-10-01' },
  'US-MN': { law: 'Minnesota Consumer Data Privacy Act, Minn. Stat. ch. 325M', inForce: '2025-07-31' },
  'US-MT': { law: 'Montana Consumer Data Privacy Act, Mont. Code Ann. § 30-14-2801 et seq.', inForce: '2024-10-01' },
  'US-NE': { law: 'Nebraska Data Privacy Act (LB 1074, 2024)', inForce: '2025-01-01' },
  'US-NH': { law: 'New Hampshire privacy act, RSA ch. 507-H (SB 255, 2024)', inForce: '2025-01-01' },
  'US-NJ': { law: 'New Jersey Data Privacy Act, N.J.S.A. 56:8-166.4 et seq.', inForce: '2025-01-15' },
  'US-OK': { law: 'Oklahoma consumer data privacy act (SB 546, 2026); enacted 2026-03-20', inForce: '2027-01-01', url: 'https://www.clym.io/regulations/oklahoma-consumer-privacy-law-sb-546' },
  'US-OR': { law: 'Oregon Consumer Privacy Act, ORS 646A.570 to 646A.589', inForce: '2024-07-01' },
  'US-RI': { law: 'Rhode Island Data Transparency and Privacy Protection Act, R.I. Gen. Laws § 6-48.1-1 et seq.', inForce: '2026-01-01' },
  'US-TN': { law: 'Tennessee Information Protection Act, Tenn. Code Ann. § 47-18-3301 et seq.', inForce: '2025-07-01' },
  'US-TX': { law: 'Texas Data Privacy and Security Act, Tex. Bus. & Com. Code ch. 541', inForce: '2024-07-01' },
  'US-UT': { law: 'Utah Consumer Privacy Act, Utah Code § 13-61-101 et seq.', inForce: '2023-12-31' },
  'US-VA': { law: 'Virginia Consumer Data Protection Act, Va. Code § 59.1-575 et seq.', inForce: '2023-01-01' }
}
