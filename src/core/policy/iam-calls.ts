// The policy step's IAM calls: retried within IAM's eventual consistency where asked, a quota
// told apart from throttling, and every other failure said with the action and resource.
import { GetPolicyCommand, type IAMClient, type Policy } from '@aws-sdk/client-iam'
import {
  awsErrorName,
  ConfigurationError,
  errorMessage,
  StepFailure,
  awsFailure
} from '../shared/errors.js'
import type { StepContext } from '../shared/report.js'
import { withRetry, type RetryOptions } from '../shared/retry.js'

export const PROPAGATION: RetryOptions = {
  attempts: 40,
  baseDelayMs: 1000,
  maxDelayMs: 10_000,
  budgetMs: 120_000
}

export interface Operation {
  /** The IAM action, as the CI role's policy must allow it. */
  action: string
  resource: string
  /** What to do when an IAM quota is hit. */
  onLimit?: string
}

export interface SendOptions {
  /** Errors the caller handles itself (NoSuchEntity, …), rethrown as they are. */
  pass?: string[]
  /** Errors IAM's eventual consistency causes here; retried within `retry`'s budget. */
  retryOn?: string[]
  retry?: RetryOptions
}

/** Matches both the wire code ('NoSuchEntity') and the SDK's class name ('…Exception'). */
export function isNamed(error: unknown, names: readonly string[]): boolean {
  const name = awsErrorName(error)
  return name !== undefined && names.some(n => name === n || name === `${n}Exception`)
}

/** IAM's LimitExceeded is a quota, which retry.ts would take for throttling. */
class QuotaReached extends Error {
  override name = 'QuotaReached'
  constructor(readonly original: unknown) {
    super(errorMessage(original))
  }
}

export async function send<T>(
  ctx: StepContext,
  op: Operation,
  fn: () => Promise<T>,
  options: SendOptions = {}
): Promise<T> {
  const retryOn = options.retryOn ?? []
  try {
    return await withRetry(
      ctx,
      op.action,
      async () => {
        try {
          return await fn()
        } catch (error) {
          if (isNamed(error, ['LimitExceeded']) && !retryOn.includes('LimitExceeded')) {
            throw new QuotaReached(error)
          }
          throw error
        }
      },
      { ...options.retry, retryable: error => isNamed(error, retryOn) }
    )
  } catch (caught) {
    const error = caught instanceof QuotaReached ? caught.original : caught
    if (isNamed(error, options.pass ?? [])) throw error
    throw policyFailure(error, op)
  }
}

function policyFailure(error: unknown, op: Operation): Error {
  if (isNamed(error, ['LimitExceeded'])) {
    return new StepFailure(
      `${op.action} on ${op.resource} hit an IAM quota: ${errorMessage(error)}.${op.onLimit ? ` ${op.onLimit}` : ''}`
    )
  }
  return awsFailure(error, op)
}

export async function getPolicy(
  iam: IAMClient,
  ctx: StepContext,
  policyArn: string,
  options: SendOptions = {}
): Promise<Policy | undefined> {
  try {
    const { Policy } = await send(
      ctx,
      { action: 'iam:GetPolicy', resource: policyArn },
      () => iam.send(new GetPolicyCommand({ PolicyArn: policyArn })),
      { pass: ['NoSuchEntity'], ...options }
    )
    return Policy
  } catch (error) {
    if (isNamed(error, ['NoSuchEntity'])) return undefined
    throw error
  }
}

export function malformed(error: unknown, file: string): unknown {
  if (!isNamed(error, ['MalformedPolicyDocument'])) return error
  return new ConfigurationError(
    `IAM rejected the policy rendered from ${file}: ${errorMessage(error)}. Fix the template.`,
    file
  )
}
