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

/** The AWS error says the credentials may not do this. */
export function isAccessDenied(error: unknown): boolean {
  const name = awsErrorName(error) ?? ''
  return /AccessDenied|Unauthorized|Forbidden/.test(name) || httpStatus(error) === 403
}
