// The two kinds of failure a user meets. A ConfigurationError is the user's to fix (bad
// input, a template that does not render, a role that does not exist): the CLI exits 2 and
// the action annotates the input. A StepFailure is the work failing (a device rejected the
// deployment, the smoke check found no item): exit 1. Anything else is our bug.

export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
  /** The input, file or resource the user has to change. */
  readonly subject?: string

  constructor(message: string, subject?: string) {
    super(message)
    this.subject = subject
  }
}

export class StepFailure extends Error {
  override name = 'StepFailure'
}

/** The AWS error's code, whichever SDK shape it arrived in. */
export function awsErrorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const e = error as { name?: unknown; Code?: unknown; code?: unknown }
  for (const v of [e.name, e.Code, e.code]) if (typeof v === 'string' && v !== 'Error') return v
  return undefined
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** HTTP status of an AWS SDK error, when it has one. */
export function httpStatus(error: unknown): number | undefined {
  const meta = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
  return meta?.httpStatusCode
}

/**
 * Gives an error the job summary of what was done before it (a pipeline that stopped
 * halfway): the doors write it, so the job page says what changed even when the run failed.
 */
export function withSummary<E>(error: E, summary: string): E {
  if (typeof error === 'object' && error !== null && summaryOf(error) === undefined) {
    Object.defineProperty(error, 'summary', { value: summary, enumerable: false })
  }
  return error
}

export function summaryOf(error: unknown): string | undefined {
  const summary = (error as { summary?: unknown } | null)?.summary
  return typeof summary === 'string' ? summary : undefined
}

/** An AWS failure worth another attempt: a 5xx, a server-side timeout, a reset connection. */
const TRANSIENT = new Set([
  'ServerException',
  'InternalFailure',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT'
])

export function isTransient(error: unknown): boolean {
  const name = awsErrorName(error)
  const status = httpStatus(error)
  return (name !== undefined && TRANSIENT.has(name)) || (status !== undefined && status >= 500)
}

/** The AWS error says the credentials may not do this. */
export function isAccessDenied(error: unknown): boolean {
  const name = awsErrorName(error) ?? ''
  return /AccessDenied|Unauthorized|Forbidden/.test(name) || httpStatus(error) === 403
}

/** An AWS call, as a failure of it names it to the user. */
export interface AwsCall {
  /** The IAM action, `service:Action` (for example `ecr:DescribeImages`). */
  action: string
  /** What it was called on: an ARN, or a name the user knows. */
  resource: string
  /** What to do about any other failure; the default says a rerun carries on. */
  hint?: string
}

/**
 * The one mapping of a failed AWS call to what the user meets. Access denied is
 * configuration (exit 2 in the CLI): the message names the permission, the resource and the
 * principal that lacks it. A failure that outlived the retries is the service's (exit 1: rerun).
 * Anything else is the work failing, with the call's own hint. A step's own errors pass through.
 */
export function awsFailure(error: unknown, call: AwsCall): Error {
  if (error instanceof ConfigurationError || error instanceof StepFailure) return error
  const name = awsErrorName(error) ?? 'error'
  const message = errorMessage(error)
  const what = `${call.action} on ${call.resource}`
  if (isAccessDenied(error)) {
    const principal = principalOf(message)
    return new ConfigurationError(
      `${what} was denied: ${message}. Allow ${call.action} on ${call.resource} in the policy of ${principal ?? 'the role this runs as'} (the CI role: see 'What you need in AWS' in the README), then rerun.`,
      'credentials'
    )
  }
  if (isTransient(error)) {
    return new StepFailure(
      `${what} failed: ${name}: ${message}. ${serviceOf(call.action)} kept failing through the retries; rerun the job (the service had a problem, not the configuration).`
    )
  }
  return new StepFailure(
    `${what} failed: ${name}: ${message}. ${call.hint ?? 'Rerun once the cause is fixed; the step carries on from where it stopped.'}`
  )
}

const SERVICES: Record<string, string> = {
  dynamodb: 'DynamoDB',
  ecr: 'ECR',
  greengrass: 'Greengrass',
  iam: 'IAM',
  iot: 'IoT',
  logs: 'CloudWatch Logs',
  sts: 'STS'
}

function serviceOf(action: string): string {
  const prefix = action.split(':')[0] ?? ''
  return SERVICES[prefix] ?? 'AWS'
}

/** The principal an AWS access-denied message names (`User: arn:… is not authorized`). */
export function principalOf(message: string): string | undefined {
  return /\b(?:User|Principal):\s*(arn:[^\s,]+)/.exec(message)?.[1]
}
