// Throttling and propagation are retried with backoff and jitter; everything else is not.
import { describe, expect, it } from '@jest/globals'
import { withRetry } from '../../../../src/core/shared/retry.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'

function fakeContext(): StepContext & { slept: number[] } {
  let now = 0
  const slept: number[] = []
  return {
    reporter: new MemoryReporter(),
    clock: {
      now: () => new Date(now),
      sleep: async ms => {
        slept.push(ms)
        now += ms
      }
    },
    random: () => 1,
    slept
  }
}

const awsError = (name: string, status = 400) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } })

describe('withRetry', () => {
  it('retries throttling with exponential backoff until it succeeds', async () => {
    const ctx = fakeContext()
    let calls = 0
    const result = await withRetry(ctx, 'op', async () => {
      if (++calls < 4) throw awsError('ThrottlingException')
      return 'done'
    })
    expect(result).toBe('done')
    expect(ctx.slept).toEqual([500, 1000, 2000])
  })

  it('treats any 429 as throttling', async () => {
    const ctx = fakeContext()
    let calls = 0
    await withRetry(ctx, 'op', async () => {
      if (++calls < 2) throw awsError('Whatever', 429)
    })
    expect(calls).toBe(2)
  })

  it('fails at once on an error that is not retryable', async () => {
    const ctx = fakeContext()
    let calls = 0
    await expect(
      withRetry(ctx, 'op', async () => {
        calls++
        throw awsError('AccessDeniedException')
      })
    ).rejects.toThrow('AccessDeniedException')
    expect(calls).toBe(1)
  })

  it('retries the errors the caller names, within its time budget', async () => {
    const ctx = fakeContext()
    let calls = 0
    await expect(
      withRetry(
        ctx,
        'attach',
        async () => {
          calls++
          throw awsError('NoSuchEntity')
        },
        { retryable: e => (e as Error).name === 'NoSuchEntity', attempts: 100, budgetMs: 10_000 }
      )
    ).rejects.toThrow('NoSuchEntity')
    expect(ctx.clock.now().getTime()).toBeGreaterThanOrEqual(10_000)
    expect(calls).toBeLessThan(100)
  })

  it('caps the delay and applies jitter', async () => {
    const ctx = { ...fakeContext(), random: () => 0.5 }
    const slept: number[] = []
    ctx.clock.sleep = async ms => {
      slept.push(ms)
    }
    let calls = 0
    await withRetry(
      ctx,
      'op',
      async () => {
        if (++calls < 6) throw awsError('Throttling')
      },
      { maxDelayMs: 3000 }
    )
    expect(slept).toEqual([250, 500, 1000, 1500, 1500])
  })

  it('gives up after its attempts and throws the last error', async () => {
    const ctx = fakeContext()
    let calls = 0
    await expect(
      withRetry(
        ctx,
        'op',
        async () => {
          // Succeeds at last, so that a retry without a limit ends (and this test fails).
          if (++calls > 20) return 'too late'
          throw awsError('ThrottlingException', 400)
        },
        { attempts: 3 }
      )
    ).rejects.toThrow('ThrottlingException')
    expect(calls).toBe(3)
    expect(ctx.slept).toEqual([500, 1000])
  })

  it('gives up after 8 attempts by default', async () => {
    const ctx = fakeContext()
    let calls = 0
    await expect(
      withRetry(ctx, 'op', async () => {
        if (++calls > 20) return 'too late'
        throw awsError('Throttling')
      })
    ).rejects.toThrow('Throttling')
    expect(calls).toBe(8)
    expect(ctx.slept).toHaveLength(7)
  })
})
