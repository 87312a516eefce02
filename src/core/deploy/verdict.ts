// A watched target's verdict, device by device or from its IoT job's counts.
import { errorMessage } from '../shared/errors.js'
import {
  countsText,
  failedOf,
  LISTED_FAILURES,
  pastThreshold,
  pendingOf,
  percentText,
  totalOf
} from './fleet.js'
import { targetLabel } from '../target-names.js'
import {
  FAILED,
  isPendingStatus,
  OUR_TIMEOUT,
  PENDING,
  UNKNOWN,
  UNREAD,
  verdictOf
} from './devices.js'
import type { DeviceVerdict, Watched, Watcher } from './types.js'
export function deviceVerdict(
  w: Watcher,
  entry: Watched,
  waited: number,
  failures: string[]
): void {
  const t = entry.result
  const label = targetLabel(t.target)
  for (const d of entry.devices.filter(d => isPendingStatus(d.status))) {
    if (d.status === UNREAD) {
      d.status = UNKNOWN
      d.reason = `${d.reason ?? 'its status could not be read'} (until the wait-timeout, ${waited}s)`
      continue
    }
    d.reason =
      d.status === PENDING
        ? (d.reason ?? 'the device has not reported this deployment yet (is it online?)')
        : `last status ${d.status}`
    d.status = `${OUR_TIMEOUT}waited ${waited}s)`
  }
  t.devices = entry.devices
  if (entry.problem) {
    failures.push(entry.problem)
    t.status = 'unknown'
    return
  }
  const unknown = entry.devices.filter(d => d.status === UNKNOWN)
  const failed = entry.devices.filter(
    d => !d.ok && !d.status.startsWith(OUR_TIMEOUT) && d.status !== UNKNOWN
  )
  const timedOut = entry.devices.filter(d => d.status.startsWith(OUR_TIMEOUT))
  const tolerated =
    t.target.kind === 'thinggroup' &&
    failed.length > 0 &&
    !pastThreshold(failed.length, entry.devices.length, w.threshold)
  const lines = [...failed, ...timedOut, ...unknown].map(
    d => `thing ${d.thingName} (${label}): ${d.status}${d.reason ? ` — ${d.reason}` : ''}`
  )
  if (tolerated) {
    for (const line of lines.slice(0, failed.length)) w.ctx.reporter.warning(line)
    failures.push(...lines.slice(failed.length))
    w.ctx.reporter.info(
      `${label}: ${failed.length} of ${entry.devices.length} devices failed (${percentText(failed.length, entry.devices.length)}), within the failure-threshold of ${w.threshold}%.`
    )
  } else failures.push(...lines)
  if (failed.length > 0 && !tolerated) t.status = 'failed'
  else if (timedOut.length > 0) t.status = 'timed-out'
  else if (unknown.length > 0) t.status = 'unknown'
  else t.status = 'succeeded'
}

export async function jobVerdict(
  w: Watcher,
  entry: Watched,
  waited: number,
  failures: string[]
): Promise<void> {
  const t = entry.result
  const label = targetLabel(t.target)
  const job = entry.job
  if (entry.problem || !job?.counts) {
    const unread =
      entry.problem ??
      (entry.unread ? `${entry.unread} (until the wait-timeout, ${waited}s)` : undefined)
    failures.push(
      unread ?? `${label}: TIMED_OUT (waited ${waited}s): the deployment's IoT job did not start.`
    )
    t.status = unread ? 'unknown' : 'timed-out'
    return
  }
  const c = job.counts
  t.counts = c
  const total = totalOf(c)
  const failed = failedOf(c)
  // The failed devices, listed up to the cap, each with its own reason.
  try {
    for (let i = 0; i < 3 && job.listed.size < Math.min(failed, LISTED_FAILURES); i++) {
      if ((await job.listNewFailures()).length === 0) break
    }
  } catch (error) {
    w.ctx.reporter.debug(`${label}: could not list the failed devices: ${errorMessage(error)}`)
  }
  for (const [thingName, status] of job.listed) {
    const verdict = await verdictOf(w.gg, w.ctx, thingName, t.deploymentId!)
    t.devices.push({
      thingName,
      status: FAILED.has(verdict.status) ? verdict.status : status,
      ok: false,
      ...(verdict.reason ? { reason: verdict.reason } : {})
    })
  }
  const unlisted = failed - t.devices.length
  const deviceLines = t.devices.map(
    d => `thing ${d.thingName} (${label}): ${d.status}${d.reason ? ` — ${d.reason}` : ''}`
  )
  if (unlisted > 0) deviceLines.push(`${label}: ${unlisted} more failed devices not listed.`)
  const share = `${failed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} failed (${percentText(failed, total)})`

  if (job.status === 'CANCELED') {
    t.aborted = true
    t.status = 'failed'
    failures.push(`${label}: aborted by the rollout's abort criteria: ${share}.`, ...deviceLines)
  } else if (pastThreshold(failed, total, w.threshold)) {
    t.status = 'failed'
    failures.push(
      `${label}: ${share}, more than the failure-threshold of ${w.threshold}%.`,
      ...deviceLines
    )
  } else {
    for (const line of deviceLines) w.ctx.reporter.warning(line)
    if (pendingOf(c) > 0 && job.status !== 'COMPLETED') {
      t.status = 'timed-out'
      failures.push(`${label}: TIMED_OUT (waited ${waited}s): ${countsText(c)}.`)
    } else t.status = 'succeeded'
  }
}

export function countByStatus(devices: DeviceVerdict[]): string {
  const counts = new Map<string, number>()
  for (const d of devices) counts.set(d.status, (counts.get(d.status) ?? 0) + 1)
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ')
}
