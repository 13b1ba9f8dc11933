// Per-address token bucket for POST /consent, in memory (addresses are never written anywhere).

export interface RateLimitOptions {
  /** Burst size: requests an address may send at once. Default 600. */
  capacity?: number
  /** Tokens added back per second. Default 60 (visitors behind one proxy share an address). */
  refillPerSecond?: number
  /** Addresses tracked at most; full buckets are forgotten first. Default 100,000. */
  maxAddresses?: number
}

interface Bucket {
  tokens: number
  at: number
}

/**
 * Returns `take(address, now)`: 0 when the request may go on, else the seconds to wait.
 *
 * @example
 * let take = createRateLimiter({ capacity: 2, refillPerSecond: 1 })
 * take('1.2.3.4', 0) // 0, then 0, then 1
 */
export function createRateLimiter(options: RateLimitOptions = {}): (address: string, now: number) => number {
  let capacity = options.capacity ?? 600
  let refill = options.refillPerSecond ?? 60
  let maxAddresses = options.maxAddresses ?? 100_000
  if (!(capacity >= 1) || !(refill > 0)) {
    throw new TypeError(`consentry: rateLimit: pass capacity >= 1 and refillPerSecond > 0 (got ${capacity}, ${refill})`)
  }
  let buckets = new Map<string, Bucket>()

  function forgetFull(now: number): void {
    for (let [address, bucket] of buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * refill >= capacity) buckets.delete(address)
    }
    // Still too many: drop the oldest entries (Map keeps insertion order).
    for (let address of buckets.keys()) {
      if (buckets.size <= maxAddresses / 2) break
      buckets.delete(address)
    }
  }

  return (address, now) => {
    let bucket = buckets.get(address)
    if (!bucket) {
      if (buckets.size >= maxAddresses) forgetFull(now)
      bucket = { tokens: capacity, at: now }
      buckets.set(address, bucket)
    }
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * refill)
    bucket.at = now
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / refill))
  }
}
