// Aggregate counts of an IoT job's executions, and how the summary words them. Pure: the
// summary uses these, and every action writes a summary, so nothing here may pull in an
// SDK client (the IoT client stays in the bundles that call IoT).
import type { JobProcessDetails } from '@aws-sdk/client-iot'

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
