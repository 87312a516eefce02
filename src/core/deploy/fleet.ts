// Fleet scale: a deployment to a thing group is an AWS IoT job, and AWS already runs its
// rollout (rate, abort criteria, timeouts) over the whole fleet. So a large group is watched
// through its job: one DescribeJob per poll gives the aggregate counts whatever the fleet's
// size, and only failed executions are listed, a few at a time and capped. Nothing here
// loops over the devices of a group.
import {
  DescribeJobCommand,
  ListJobExecutionsForJobCommand,
  type IoTClient,
  type JobExecutionStatus
} from '@aws-sdk/client-iot'
import {
  countsText,
  failedOf,
  jobCounts,
  pastThreshold,
  pendingOf,
  percentText,
  totalOf,
  type JobCounts
} from './counts.js'
import type { StepContext } from '../shared/report.js'
import { withRetry, type RetryOptions } from '../shared/retry.js'

// Re-exported for the callers that think of them as part of the fleet rollout.
export { countsText, failedOf, jobCounts, pastThreshold, pendingOf, percentText, totalOf }
export type { JobCounts }

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

  /** One DescribeJob: the aggregate counts and the job's status. `retry`: while waiting,
   * retries bounded by the wait's deadline. */
  async poll(retry: RetryOptions = {}): Promise<void> {
    const { job } = await withRetry(
      this.ctx,
      `DescribeJob ${this.jobId}`,
      () => this.iot.send(new DescribeJobCommand({ jobId: this.jobId })),
      retry
    )
    this.counts = jobCounts(job?.jobProcessDetails)
    this.status = job?.status
  }

  /**
   * At most one ListJobExecutionsForJob page, and only when a failure count grew beyond what
   * was listed, until LISTED_FAILURES are listed. Returns the things newly listed.
   */
  async listNewFailures(retry: RetryOptions = {}): Promise<string[]> {
    if (!this.counts || this.listed.size >= LISTED_FAILURES) return []
    const countOf: Record<string, number> = {
      FAILED: this.counts.failed,
      TIMED_OUT: this.counts.timedOut,
      REJECTED: this.counts.rejected
    }
    const status = FAILED_STATUSES.find(s => countOf[s]! > (this.seen[s] ?? 0))
    if (!status) return []
    const page = await withRetry(
      this.ctx,
      `ListJobExecutionsForJob ${this.jobId}`,
      () =>
        this.iot.send(
          new ListJobExecutionsForJobCommand({
            jobId: this.jobId,
            status,
            maxResults: LISTED_FAILURES - this.listed.size,
            nextToken: this.tokens[status]
          })
        ),
      retry
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
