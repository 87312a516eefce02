// Fleet scale: a deployment to a thing group is an AWS IoT job, and AWS already runs its
// rollout (rate, abort criteria, timeouts) over the whole fleet. So a large group is watched
// through its job: one DescribeJob per poll gives the aggregate counts whatever the fleet's
// size, and only failed executions are listed, a few at a time and capped. Nothing here
// loops over the devices of a group.
import {
  DescribeJobCommand,
  ListJobExecutionsForJobCommand,
  type IoTClient,
  type JobExecutionStatus,
  type JobProcessDetails
} from '@aws-sdk/client-iot'
import type { StepContext } from './report.js'
import { withRetry } from './retry.js'

export interface JobCounts {
  succeeded: number
  failed: number
  rejected: number
  timedOut: number
  canceled: number
  removed: number
  inProgress: number
  queued: number
}

export function jobCounts(d: JobProcessDetails | undefined): JobCounts {
  return {
    succeeded: d?.numberOfSucceededThings ?? 0,
    failed: d?.numberOfFailedThings ?? 0,
    rejected: d?.numberOfRejectedThings ?? 0,
    timedOut: d?.numberOfTimedOutThings ?? 0,
    canceled: d?.numberOfCanceledThings ?? 0,
    removed: d?.numberOfRemovedThings ?? 0,
    inProgress: d?.numberOfInProgressThings ?? 0,
    queued: d?.numberOfQueuedThings ?? 0
  }
}

export const totalOf = (c: JobCounts): number =>
  c.succeeded +
  c.failed +
  c.rejected +
  c.timedOut +
  c.canceled +
  c.removed +
  c.inProgress +
  c.queued

/** Devices whose execution failed, was rejected or timed out. */
export const failedOf = (c: JobCounts): number => c.failed + c.rejected + c.timedOut

export const pendingOf = (c: JobCounts): number => c.inProgress + c.queued

/** More than `percent` % of `total` failed: the rollout failed. */
export function pastThreshold(failed: number, total: number, percent: number): boolean {
  return failed > 0 && failed > (total * percent) / 100
}

const number = (n: number) => n.toLocaleString('en-US')

export function percentText(part: number, total: number): string {
  return total > 0 ? `${((part / total) * 100).toFixed(1)}%` : '0.0%'
}

/** "9,500 succeeded, 500 failed (5.0%)", the other counts only when not zero. */
export function countsText(c: JobCounts): string {
  const total = totalOf(c)
  const failed = failedOf(c)
  const parts = [
    `${number(c.succeeded)} succeeded`,
    `${number(failed)} failed (${percentText(failed, total)})`
  ]
  if (c.inProgress) parts.push(`${number(c.inProgress)} in progress`)
  if (c.queued) parts.push(`${number(c.queued)} queued`)
  if (c.canceled) parts.push(`${number(c.canceled)} canceled`)
  if (c.removed) parts.push(`${number(c.removed)} removed`)
  return parts.join(', ')
}

/** At most `limit` calls of `fn` at a time, in order of `items`. After a failure no new call
 * starts; the calls in flight settle, then the first error is thrown. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const i = next++
      try {
        results[i] = await fn(items[i]!, i)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure.error
  return results
}

/** Failed executions listed per deployment, at most. */
export const LISTED_FAILURES = 20
const FAILED_STATUSES: JobExecutionStatus[] = ['FAILED', 'TIMED_OUT', 'REJECTED']

/** What we know of one deployment's IoT job. */
export class JobWatch {
  counts?: JobCounts
  status?: string
  /** The failed executions listed so far: thing name → execution status. */
  readonly listed = new Map<string, string>()
  private readonly seen: Record<string, number> = {}
  private readonly tokens: Record<string, string | undefined> = {}

  constructor(
    private readonly iot: IoTClient,
    private readonly ctx: StepContext,
    readonly jobId: string
  ) {}

  /** One DescribeJob: the aggregate counts and the job's status. */
  async poll(): Promise<void> {
    const { job } = await withRetry(this.ctx, `DescribeJob ${this.jobId}`, () =>
      this.iot.send(new DescribeJobCommand({ jobId: this.jobId }))
    )
    this.counts = jobCounts(job?.jobProcessDetails)
    this.status = job?.status
  }

  /**
   * At most one ListJobExecutionsForJob page, and only when a failure count grew beyond what
   * was listed, until LISTED_FAILURES are listed. Returns the things newly listed.
   */
  async listNewFailures(): Promise<string[]> {
    if (!this.counts || this.listed.size >= LISTED_FAILURES) return []
    const countOf: Record<string, number> = {
      FAILED: this.counts.failed,
      TIMED_OUT: this.counts.timedOut,
      REJECTED: this.counts.rejected
    }
    const status = FAILED_STATUSES.find(s => countOf[s]! > (this.seen[s] ?? 0))
    if (!status) return []
    const page = await withRetry(this.ctx, `ListJobExecutionsForJob ${this.jobId}`, () =>
      this.iot.send(
        new ListJobExecutionsForJobCommand({
          jobId: this.jobId,
          status,
          maxResults: LISTED_FAILURES - this.listed.size,
          nextToken: this.tokens[status]
        })
      )
    )
    this.tokens[status] = page.nextToken
    // Without a next page everything of this status so far is listed.
    if (!page.nextToken) this.seen[status] = countOf[status]!
    const added: string[] = []
    for (const e of page.executionSummaries ?? []) {
      const thing = e.thingArn?.slice(e.thingArn.lastIndexOf('/') + 1)
      if (!thing || this.listed.has(thing) || this.listed.size >= LISTED_FAILURES) continue
      this.listed.set(thing, e.jobExecutionSummary?.status ?? status)
      added.push(thing)
    }
    return added
  }
}
