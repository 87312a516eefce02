// Retries for the faults a rerun should never see: throttling, and IAM's eventual
// consistency right after we created or attached something. Exponential backoff with full
// jitter; everything else fails at once with the AWS error's own message.
import { awsErrorName, httpStatus } from './errors.js'
import type { StepContext } from './report.js'

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
  'SlowDown'
])

export function isThrottling(error: unknown): boolean {
  const name = awsErrorName(error)
  return (name !== undefined && THROTTLING.has(name)) || httpStatus(error) === 429
}

export interface RetryOptions {
  /** Which errors are worth another attempt; throttling always is. */
  retryable?: (error: unknown) => boolean
  attempts?: number
  baseDelayMs?: number
  maxDelayMs?: number
  /** Stop retrying once this much time has passed since the first attempt. */
  budgetMs?: number
}

export async function withRetry<T>(
  ctx: StepContext,
  what: string,
  fn: () => Promise<T>,
  options: RetryOptions = {}
): Promise<T> {
  const attempts = options.attempts ?? 8
  const base = options.baseDelayMs ?? 500
  const max = options.maxDelayMs ?? 20_000
  const random = ctx.random ?? Math.random
  const started = ctx.clock.now().getTime()
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (error) {
      const retryable = isThrottling(error) || (options.retryable?.(error) ?? false)
      const elapsed = ctx.clock.now().getTime() - started
      const outOfBudget = options.budgetMs !== undefined && elapsed >= options.budgetMs
      if (!retryable || attempt >= attempts || outOfBudget) throw error
      const delay = Math.round(random() * Math.min(max, base * 2 ** (attempt - 1)))
      ctx.reporter.debug(
        `${what}: ${awsErrorName(error) ?? 'error'}, attempt ${attempt} of ${attempts}; retrying in ${delay} ms`
      )
      await ctx.clock.sleep(delay)
    }
  }
}
