// Turns raw samples into the summary, the Markdown table and consentry's target checks.
import { gzipSync } from 'node:zlib'

export const median = values => {
  let sorted = values.filter(value => typeof value === 'number').sort((left, right) => left - right)
  if (!sorted.length) return null
  let mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export const gzipBytes = data => gzipSync(data, { level: 9 }).length

const round = (number, digits = 1) => (number == null ? null : Math.round(number * 10 ** digits) / 10 ** digits)

/**
 * One library's figures from its samples (`first` and `back` are visit() results).
 *
 * @example
 * summarize(lib, { first, back, files }) // { bannerMs: 91.2, scriptMs: 3.1, bytes: 713, … }
 */
export function summarize(lib, { first, back, files }) {
  // Inline markup (the floor's fragment, the server-rendered banner) plus the files loaded.
  let inline = lib.inlineBytes ? [{ path: '(inline in the page)', gzip: gzipBytes(lib.inlineBytes) }] : []
  let bytes = [...inline, ...(files || [])].reduce((sum, file) => sum + file.gzip, 0)
  return {
    bannerMs: round(median(first.map(result => result.bannerMs))),
    scriptMs: round(median(first.map(result => result.scriptMs))),
    bytes,
    files: [...inline, ...(files || [])],
    analyticsBeforeConsent: first.map(result => result.before),
    analyticsAfterAccept: first.map(result => result.after),
    returnAnalyticsMs: round(median(back.map(result => result.analyticsMs))),
    returnScriptMs: round(median(back.map(result => result.analyticsScriptMs))),
    returnAnalyticsRequests: back.map(result => result.analyticsRequests),
    returnBannerShown: back.some(result => result.bannerShown),
    loads: first.length,
    returnLoads: back.length
  }
}

/** Adds `ratio` (figure ÷ floor's) to every summary that has figures. */
export function addRatios(rows) {
  let floor = rows.find(row => row.id === 'floor')?.summary
  for (let row of rows) {
    if (!row.summary || !floor) continue
    let summary = row.summary
    let ratio = (figure, floorFigure) => (figure == null || !floorFigure ? null : round(figure / floorFigure, 2))
    row.ratio = {
      bannerMs: ratio(summary.bannerMs, floor.bannerMs),
      scriptMs: ratio(summary.scriptMs, floor.scriptMs),
      bytes: ratio(summary.bytes, floor.bytes),
      returnAnalyticsMs: ratio(summary.returnAnalyticsMs, floor.returnAnalyticsMs)
    }
  }
}

const all = (values, expected) =>
  values.length && values.every(value => value === expected)
    ? `${expected} ✓`
    : `${[...new Set(values)].join('/') || '–'} ✗ (want ${expected})`

const withRatio = (value, ratio, unit = '') =>
  value == null ? '–' : `${value.toLocaleString('en-US')}${unit}${ratio == null ? '' : ` (${ratio}×)`}`

/** The Markdown table: one line per library, ratios to the floor in parentheses. */
export function table(rows) {
  let lines = [
    '| Library | Version | Banner visible (median) | Script until banner (median) | Own JS+CSS, gzip -9 | Analytics requests before consent | after Accept | Return visit: analytics runs at (median) | Banner on return visit |',
    '|---|---|---|---|---|---|---|---|---|'
  ]
  for (let row of rows) {
    if (!row.summary) {
      lines.push(`| ${row.name} | ${row.version} | ${row.status} | | | | | | |`)
      continue
    }
    let summary = row.summary
    let ratios = row.ratio || {}
    lines.push(
      `| ${row.name} | ${row.version} | ${withRatio(summary.bannerMs, ratios.bannerMs, ' ms')} | ${withRatio(summary.scriptMs, ratios.scriptMs, ' ms')} | ` +
        `${withRatio(summary.bytes, ratios.bytes, ' B')} | ${all(summary.analyticsBeforeConsent, 0)} | ${all(summary.analyticsAfterAccept, 1)} | ` +
        `${withRatio(summary.returnAnalyticsMs, ratios.returnAnalyticsMs, ' ms')} | ${summary.returnBannerShown ? 'shown ✗' : 'none ✓'} |`
    )
  }
  return lines.join('\n')
}

/**
 * Consentry's targets from issue 7: banner ≤ 1.15× the floor, script ≤ 15 ms, drop-in ≤ 6,000 B, and
 * better than every peer on each. Returns one { target, met, detail } per check.
 */
export function targets(rows) {
  let me = rows.find(row => row.id === 'consentry')
  if (!me?.summary) return [{ target: 'consentry measured', met: false, detail: me?.status || 'missing' }]
  let summary = me.summary
  let floor = rows.find(row => row.id === 'floor').summary
  let peers = rows.filter(row => row.summary && !['floor', 'consentry', 'consentry-ssr'].includes(row.id))
  let best = key => Math.min(...peers.map(peer => peer.summary[key]))
  let checks = [
    ['time to banner ≤ 1.15× the floor', summary.bannerMs <= floor.bannerMs * 1.15, `${summary.bannerMs} ms vs ${round(floor.bannerMs * 1.15)} ms allowed`],
    ['script until banner ≤ 15 ms', summary.scriptMs <= 15, `${summary.scriptMs} ms`],
    ['drop-in JS+CSS ≤ 6,000 B gzip', summary.bytes <= 6000, `${summary.bytes} B`],
    ['analytics: 0 before consent, 1 after Accept', summary.analyticsBeforeConsent.every(requests => requests === 0) && summary.analyticsAfterAccept.every(requests => requests === 1), ''],
    ['faster banner than every peer', summary.bannerMs < best('bannerMs'), `best peer ${best('bannerMs')} ms`],
    ['less script than every peer', summary.scriptMs < best('scriptMs'), `best peer ${best('scriptMs')} ms`],
    ['fewer bytes than every peer', summary.bytes < best('bytes'), `best peer ${best('bytes')} B`]
  ]
  // A run without peers (BENCH_ONLY) cannot say whether consentry beats them.
  if (!peers.length) checks = checks.slice(0, -3)
  // Issue 16: the server-rendered banner paints with the floor, with the floor's script before it.
  let ssr = rows.find(row => row.id === 'consentry-ssr')?.summary
  if (ssr) {
    checks.push(
      ['server-rendered: banner ≤ 1.05× the floor', ssr.bannerMs <= floor.bannerMs * 1.05, `${ssr.bannerMs} ms vs ${round(floor.bannerMs * 1.05)} ms allowed`],
      ['server-rendered: script until banner ≤ the floor’s + 1 ms', ssr.scriptMs <= floor.scriptMs + 1, `${ssr.scriptMs} ms vs floor ${floor.scriptMs} ms`]
    )
  }
  return checks.map(([target, met, detail]) => ({ target, met, detail }))
}
