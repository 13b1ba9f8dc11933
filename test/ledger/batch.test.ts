import { describe, expect, it } from 'vitest'

import { batcher } from '../../src/ledger/stores/batch.js'

/** A write the test finishes by hand, recording each batch it got. */
function manualWrite() {
  let batches: number[][] = []
  let finishers: (() => void)[] = []
  let write = (items: number[]): Promise<number[]> => {
    batches.push(items)
    return new Promise(resolve => finishers.push(() => resolve(items.map(item => item * 10))))
  }
  return { batches, write, finish: (i: number) => finishers[i]() }
}

describe('batcher', () => {
  it('writes a lone item at once, and items arriving meanwhile together in the next write', async () => {
    let { batches, write, finish } = manualWrite()
    let insert = batcher(write, { maxInFlight: 1 })
    let first = insert(1)
    let rest = [insert(2), insert(3), insert(4)]
    expect(batches).toEqual([[1]])
    finish(0)
    expect(await first).toBe(10)
    await new Promise(resolve => setImmediate(resolve))
    expect(batches).toEqual([[1], [2, 3, 4]])
    finish(1)
    expect(await Promise.all(rest)).toEqual([20, 30, 40])
  })

  it('caps a batch at maxBatch items and runs up to maxInFlight writes at once', async () => {
    let { batches, write, finish } = manualWrite()
    let insert = batcher(write, { maxBatch: 2, maxInFlight: 2 })
    let all = [1, 2, 3, 4, 5].map(item => insert(item))
    expect(batches).toEqual([[1], [2]])
    finish(0)
    await new Promise(resolve => setImmediate(resolve))
    expect(batches).toEqual([[1], [2], [3, 4]])
    finish(1)
    finish(2)
    await new Promise(resolve => setImmediate(resolve))
    finish(3)
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50])
  })

  it('rejects every item of a failed write and goes on with the next', async () => {
    let calls = 0
    let insert = batcher(async (items: number[]) => {
      calls += 1
      if (calls === 1) throw new Error('disk full')
      return items
    })
    await expect(insert(1)).rejects.toThrow('disk full')
    expect(await insert(2)).toBe(2)
  })
})
