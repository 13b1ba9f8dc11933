// Group commit: inserts that arrive while earlier ones are being written go together, in one
// statement and one commit. No waiting at low load (a lone insert goes at once); under load, one
// round trip and one disk flush serve many records, and each is acknowledged after that commit.

interface Pending<T, R> {
  item: T
  resolve: (result: R) => void
  reject: (error: unknown) => void
}

export interface BatchOptions {
  /** Items per write at most. Default 256. */
  maxBatch?: number
  /** Writes running at once (connections used). Default 4. */
  maxInFlight?: number
}

/**
 * Wraps `write(items) → results` (same order) as a one-item function that batches under load.
 *
 * @example
 * let insert = batcher(rows => insertMany(rows), { maxInFlight: 4 })
 * await insert(row) // true once committed
 */
export function batcher<T, R>(write: (items: T[]) => Promise<R[]>, options: BatchOptions = {}): (item: T) => Promise<R> {
  let maxBatch = options.maxBatch ?? 256
  let maxInFlight = options.maxInFlight ?? 4
  let queue: Pending<T, R>[] = []
  let inFlight = 0

  function pump(): void {
    while (inFlight < maxInFlight && queue.length > 0) {
      let batch = queue.splice(0, maxBatch)
      inFlight += 1
      write(batch.map(pending => pending.item))
        .then(
          results => {
            for (let [i, pending] of batch.entries()) pending.resolve(results[i])
          },
          error => {
            for (let pending of batch) pending.reject(error)
          }
        )
        .finally(() => {
          inFlight -= 1
          pump()
        })
    }
  }

  return item =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject })
      pump()
    })
}
