// The step's AWS calls: retried, and mapped to the error that names the permission.
import { createHash } from 'node:crypto'
import { awsFailure } from '../shared/errors.js'
import type { StepContext } from '../shared/report.js'
import { withRetry, type RetryOptions } from '../shared/retry.js'
export function token(...parts: string[]): string {
  // sha256 in hex is 64 characters: exactly the API's limit, and within ^[a-zA-Z0-9-]+$.
  return createHash('sha256').update(parts.join('\n')).digest('hex')
}

export async function call<T>(ctx: StepContext, what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await withRetry(ctx, what, fn)
  } catch (error) {
    throw asFailure(what, error)
  }
}

/** `what` is the Greengrass action and what it was called on: `GetComponent <arn>`. */
export function asFailure(what: string, error: unknown): Error {
  const [action, ...on] = what.split(' ')
  return awsFailure(error, {
    action: `greengrass:${action}`,
    resource: on.join(' ').replace(/^for /, '') || '*'
  })
}

/** Retries that end by the wait's deadline: while waiting, the next poll asks again anyway,
 * and what could not be read by the deadline is unknown. */
export function untilDeadline(ctx: StepContext, deadline: number): RetryOptions {
  const remaining = Math.max(0, deadline - ctx.clock.now().getTime())
  return { attempts: 3, budgetMs: remaining, maxDelayMs: Math.min(2000, remaining) }
}
