// From what each phase recorded to findings, each with its evidence.
import type { PhaseNote, PhaseOutcome } from './phase.js'
import { lookEvidence, weaker } from './prominence.js'
import type { AuditCookie, AuditPhase, AuditRequest, AuditStorageKey, Finding, FindingId } from './types.js'

export interface PageOutcomes {
  url: string
  before: PhaseOutcome
  refuse: PhaseOutcome
  accept: PhaseOutcome
}

type Moment = 'before-choice' | 'after-refuse'

const cookieText = (cookie: AuditCookie): string =>
  `${cookie.name} (${cookie.domain}, ${cookie.days} days${cookie.vendor ? ', ' + cookie.vendor : ''})`
const storageText = (entry: AuditStorageKey): string => `${entry.area}.${entry.key}${entry.vendor ? ' (' + entry.vendor + ')' : ''}`
const requestText = (request: AuditRequest): string => `${request.type} ${request.url}${request.vendor ? ' (' + request.vendor + ')' : ''}`

/** Findings about trackers and third parties seen at one moment (before a choice, or after refuse). */
function tracking(page: string, phase: AuditPhase, phaseName: 'before' | 'refuse', moment: Moment): Finding[] {
  let findings: Finding[] = []
  let add = (id: string, severity: Finding['severity'], message: string, evidence: string[]): void => {
    if (evidence.length > 0) findings.push({ id: `${id}-${moment}` as FindingId, severity, page, phase: phaseName, message, evidence })
  }
  let when = moment === 'before-choice' ? 'before any choice' : 'after Refuse'
  // After refuse, only what was called once the visitor had refused counts.
  let requests = phase.requests.filter(request => moment === 'before-choice' || request.when === 'after-click')
  let trackerCookies = phase.cookies.filter(cookie => cookie.kind === 'tracker')
  let otherThirdParty = phase.cookies.filter(cookie => cookie.kind === 'unclassified' && cookie.party === 'third')
  add('tracker-cookie', 'error', `tracking cookies are set ${when}`, trackerCookies.map(cookieText))
  add('tracker-request', 'error', `trackers are called ${when}`, requests.filter(request => request.kind === 'tracker').map(requestText))
  add('tracker-storage', 'error', `tracking data is stored ${when}`, phase.storage.filter(e => e.kind === 'tracker').map(storageText))
  add('third-party-cookie', 'warning', `unclassified third-party cookies are set ${when}`, otherThirdParty.map(cookieText))
  add('third-party-request', 'warning', `unclassified third parties are called ${when} (allow your own with --allow-host)`,
    requests.filter(request => request.kind === 'unclassified').map(requestText))
  return findings
}

/** Findings about the banner itself: missing, no refuse on the first layer, refuse weaker than accept. */
function bannerFindings(outcomes: PageOutcomes, seenTracking: boolean): Finding[] {
  let banner = outcomes.before.banner
  let base = { page: outcomes.url, phase: 'before' as const }
  if (!banner) {
    return [{
      ...base, id: 'no-banner', severity: seenTracking ? 'error' : 'warning',
      message: seenTracking ? 'no consent banner found, yet the page tracks' : 'no consent banner found',
      evidence: ['no Consentry banner, no known consent library, no accept or refuse button in any frame']
    }]
  }
  if (banner.accept && !banner.refuse) {
    return [{
      ...base, id: 'no-refuse-first-layer', severity: 'error',
      message: 'the first layer has no refuse button: refusing must take one click, like accepting',
      evidence: [`accept: "${banner.info.accept}"`, `buttons seen: none reads as refuse in ${banner.info.frame === 'main' ? 'the page' : banner.info.frame}`]
    }]
  }
  let looks = banner.info.looks
  let reasons = looks?.accept && looks.refuse ? weaker(looks.accept, looks.refuse) : []
  if (looks?.accept && looks.refuse && reasons.length > 0) {
    return [{
      ...base, id: 'refuse-less-prominent', severity: 'error',
      message: `refuse is less prominent than accept: ${reasons.join(', ')}`,
      evidence: lookEvidence(looks.accept, looks.refuse)
    }]
  }
  return []
}

/** Tracker and consent cookies that outlive the limit, once per name and domain. */
function lifetimes(outcomes: PageOutcomes, maxDays: number): Finding[] {
  let seen = new Map<string, { cookie: AuditCookie; phase: 'before' | 'refuse' | 'accept' }>()
  for (let phase of ['before', 'refuse', 'accept'] as const) {
    for (let cookie of outcomes[phase].phase.cookies) {
      let key = cookie.name + '@' + cookie.domain
      if (cookie.kind !== 'unclassified' && cookie.days > maxDays && !seen.has(key)) seen.set(key, { cookie, phase })
    }
  }
  return [...seen.values()].map(({ cookie, phase }) => ({
    id: 'cookie-too-long' as const, severity: 'warning' as const, page: outcomes.url, phase,
    message: `${cookie.kind === 'consent' ? 'consent' : 'tracking'} cookie ${cookie.name} lives ${cookie.days} days (limit ${maxDays})`,
    evidence: [cookieText(cookie)]
  }))
}

/** The notes of each phase (timeouts, navigations, clicks), once per message. */
function noteFindings(outcomes: PageOutcomes): Finding[] {
  let seen = new Set<string>()
  let findings: Finding[] = []
  for (let phase of ['before', 'refuse', 'accept'] as const) {
    for (let note of outcomes[phase].notes as PhaseNote[]) {
      if (seen.has(note.id + note.message)) continue
      seen.add(note.id + note.message)
      findings.push({ id: note.id, severity: 'warning', page: outcomes.url, phase, message: note.message, evidence: note.evidence })
    }
  }
  return findings
}

/**
 * Every finding for one page.
 *
 * @example
 * pageFindings(outcomes, 395).map(f => f.id) // ['tracker-cookie-before-choice', 'tracker-request-before-choice']
 */
export function pageFindings(outcomes: PageOutcomes, maxCookieDays: number): Finding[] {
  let before = tracking(outcomes.url, outcomes.before.phase, 'before', 'before-choice')
  let refuse = outcomes.refuse.phase.skipped ? [] : tracking(outcomes.url, outcomes.refuse.phase, 'refuse', 'after-refuse')
  return [
    ...bannerFindings(outcomes, before.length > 0),
    ...before,
    ...refuse,
    ...lifetimes(outcomes, maxCookieDays),
    ...noteFindings(outcomes)
  ]
}
