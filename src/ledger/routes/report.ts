// GET /stats and GET /export: what site owners read, over a time range.
import { json, problem, respond } from '../http.js'
import type { ExportCursor, StatsInterval } from '../types.js'
import type { Context } from './context.js'

const DAY = 24 * 60 * 60 * 1000
const INTERVALS: StatsInterval[] = ['day', 'week', 'month']

/** `from` and `to` from the query string (ISO 8601), with defaults; a reason when invalid. */
function range(context: Context, defaultFrom: number, defaultTo: number): { from: Date; to: Date } | string {
  let read = (name: string, fallback: number): Date | string => {
    let text = context.url.searchParams.get(name)
    if (text === null) return new Date(fallback)
    let time = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN
    return Number.isNaN(time) ? `${name} must be an ISO 8601 date or time` : new Date(time)
  }
  let from = read('from', defaultFrom)
  let to = read('to', defaultTo)
  if (typeof from === 'string') return from
  if (typeof to === 'string') return to
  if (from >= to) return 'from must be before to'
  return { from, to }
}

/**
 * GET /stats?from&to&interval=day: decisions per method, grants per category and service, per bucket.
 * Defaults: the last 30 days, by day.
 *
 * @example
 * await stats(context) // 200 { from, to, interval, buckets: [{ start, decisions, methods, categories, services }] }
 */
export async function stats(context: Context): Promise<Response> {
  let interval = (context.url.searchParams.get('interval') ?? 'day') as StatsInterval
  if (!INTERVALS.includes(interval)) return problem(400, 'interval must be day, week or month')
  let span = range(context, context.now - 30 * DAY, context.now + DAY)
  if (typeof span === 'string') return problem(400, span)
  let buckets = await context.store.stats(span.from, span.to, interval)
  return json(200, { from: span.from.toISOString(), to: span.to.toISOString(), interval, buckets })
}

/**
 * GET /export?from&to: every record in the range as NDJSON, oldest first, streamed one page of
 * rows at a time as the client reads (constant memory). Defaults: everything.
 *
 * @example
 * await exportRecords(context) // 200 application/x-ndjson, one record per line
 */
export function exportRecords(context: Context): Response {
  let span = range(context, 0, context.now + 2 * DAY)
  if (typeof span === 'string') return problem(400, span)
  let { from, to } = span
  let pageSize = context.options.exportPageSize ?? 1000
  let cursor: ExportCursor | null = null
  let finished = false
  let encoder = new TextEncoder()
  // pull() runs only when the consumer wants more: a slow client never makes rows pile up here.
  let body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (finished) {
        controller.close()
        return
      }
      let page = await context.store.exportPage(from, to, cursor, pageSize)
      cursor = page.next
      finished = page.next === null
      let lines = page.records.map(record => JSON.stringify(record) + '\n').join('')
      if (lines !== '') controller.enqueue(encoder.encode(lines))
      if (finished) controller.close()
    }
  }, { highWaterMark: 0 })
  return respond(200, body, {
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    'Content-Disposition': 'attachment; filename="consent-records.ndjson"'
  })
}
