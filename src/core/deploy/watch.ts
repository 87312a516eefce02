// Waiting for the devices: polled until each target has a verdict or the wait-timeout.
//
// A thing, and a group of at most SMALL_GROUP core devices, are watched device by device
// (each device's own verdict and reason). A larger group is watched through the deployment's
// IoT job: one DescribeJob per poll whatever the fleet's size, and only the failed executions
// listed (capped), so that the cost of a poll does not grow with the fleet.
import { GetDeploymentCommand } from '@aws-sdk/client-greengrassv2'
import { awsErrorName, errorMessage } from '../shared/errors.js'
import { countsText, failedOf, JobWatch, pastThreshold, pendingOf, totalOf } from './fleet.js'
import { targetLabel } from '../target-names.js'
import { withRetry } from '../shared/retry.js'
import {
  isPendingStatus,
  worthAnotherPoll,
  PENDING,
  SMALL_GROUP,
  UNREAD,
  verdictOf
} from './devices.js'
import { untilDeadline } from './calls.js'
import { countByStatus, deviceVerdict, jobVerdict } from './verdict.js'
import type { TargetResult, Watched, Watcher } from './types.js'

// A device often reports within a second or two: the first look comes soon, then back off.
const FIRST_POLL_MS = 1000
const MAX_POLL_MS = 30_000

export async function waitForDevices(
  w: Watcher,
  targets: TargetResult[],
  failures: string[]
): Promise<void> {
  const { ctx, devicesOf } = w
  const { clock, reporter } = ctx
  const started = clock.now().getTime()
  const deadline = started + w.timeoutSeconds * 1000
  const watched: Watched[] = []
  for (const t of targets) {
    const entry: Watched = { result: t, devices: [], viaJob: false, done: false }
    watched.push(entry)
    try {
      if (t.target.kind === 'thing') {
        entry.devices = [{ thingName: t.target.name, status: PENDING, ok: false }]
        continue
      }
      const group = await devicesOf(t.target.name)
      if (group.skipped.length > 0) t.skipped = group.skipped
      if (group.names.length === 0) {
        // Not a failure: a group's deployment reaches every core device that joins it later.
        const others = group.skipped.length
          ? ` (only ${group.skipped.map(s => s.name).join(', ')}, not core devices)`
          : ''
        reporter.warning(
          `${targetLabel(t.target)}: no core device in the group yet${others}; the deployment waits for devices to join it. Add the core devices to the group to run it.`
        )
        entry.empty = true
        entry.done = true
        continue
      } else if (group.more || group.names.length > SMALL_GROUP) {
        entry.viaJob = true
        reporter.info(
          `${targetLabel(t.target)}: more than ${SMALL_GROUP} core devices; following the deployment's IoT job (aggregate counts, failed devices only).`
        )
      } else {
        entry.devices = group.names.map(thingName => ({ thingName, status: PENDING, ok: false }))
      }
    } catch (error) {
      entry.problem = `${targetLabel(t.target)}: cannot list its things: ${errorMessage(error)}`
    }
    if (entry.problem) entry.done = true
  }

  let delay = FIRST_POLL_MS
  let lastProgress = ''
  let waited: number
  for (;;) {
    for (const entry of watched.filter(e => !e.done)) {
      if (entry.viaJob) await pollJob(w, entry, deadline)
      else await pollDevices(w, entry, deadline)
    }
    waited = Math.round((clock.now().getTime() - started) / 1000)
    const progress = watched
      .filter(e => e.devices.length || e.job?.counts)
      .map(
        e =>
          `${targetLabel(e.result.target)}: ${e.viaJob ? countsText(e.job!.counts!) : countByStatus(e.devices)}`
      )
      .join('; ')
    if (progress !== lastProgress) reporter.info(`Devices after ${waited}s: ${progress}`)
    else reporter.debug(`Devices after ${waited}s: unchanged`)
    lastProgress = progress

    if (watched.every(e => e.done)) break
    const remaining = deadline - clock.now().getTime()
    if (remaining <= 0) break
    await clock.sleep(Math.min(delay, remaining))
    delay = Math.min(delay * 2, MAX_POLL_MS)
  }

  for (const entry of watched) {
    if (entry.empty) entry.result.status = 'not-waited'
    else if (entry.viaJob) await jobVerdict(w, entry, waited, failures)
    else deviceVerdict(w, entry, waited, failures)
  }
}

async function pollDevices(w: Watcher, entry: Watched, deadline: number): Promise<void> {
  for (const device of entry.devices) {
    if (!isPendingStatus(device.status)) continue
    const verdict = await verdictOf(
      w.gg,
      w.ctx,
      device.thingName,
      entry.result.deploymentId!,
      deadline
    )
    // An unreadable status tells nothing new: the device keeps what it last reported (and
    // is asked again at the next poll).
    if (verdict.status === UNREAD && device.status !== PENDING && device.status !== UNREAD) {
      continue
    }
    device.status = verdict.status
    device.ok = verdict.ok
    if (verdict.reason) device.reason = verdict.reason
    else delete device.reason
  }
  entry.done = !entry.devices.some(d => isPendingStatus(d.status))
}

/** One DescribeJob; the deployment's job id comes from one GetDeployment, once. Their
 * retries end by the deadline: a job not read by then is unknown, never failed. */
async function pollJob(w: Watcher, entry: Watched, deadline: number): Promise<void> {
  const t = entry.result
  try {
    if (!entry.job) {
      const deployment = await withRetry(
        w.ctx,
        `GetDeployment ${t.deploymentId}`,
        () => w.gg.send(new GetDeploymentCommand({ deploymentId: t.deploymentId })),
        untilDeadline(w.ctx, deadline)
      )
      if (!deployment.iotJobId) return
      entry.job = new JobWatch(w.iot, w.ctx, deployment.iotJobId)
      t.jobId = deployment.iotJobId
    }
    const job = entry.job
    await job.poll(untilDeadline(w.ctx, deadline))
    delete entry.unread
    const added = await job.listNewFailures(untilDeadline(w.ctx, deadline))
    if (added.length > 0) {
      w.ctx.reporter.info(`${targetLabel(t.target)}: failed on ${added.join(', ')}.`)
    }
    const c = job.counts!
    const total = totalOf(c)
    entry.done =
      job.status === 'CANCELED' ||
      job.status === 'COMPLETED' ||
      (total > 0 && pendingOf(c) === 0) ||
      // Failures only grow: once past the threshold the verdict cannot change.
      (total > 0 && pastThreshold(failedOf(c), total, w.threshold))
  } catch (error) {
    // The deployment exists: a job we cannot follow is an unknown verdict, never a failed
    // one. Throttling and 5xx are asked again at the next poll, within the deadline.
    const why = `${targetLabel(t.target)}: cannot follow its IoT job${t.jobId ? ` ${t.jobId}` : ''}: ${awsErrorName(error) ?? 'error'}: ${errorMessage(error)}`
    if (worthAnotherPoll(error)) entry.unread = why
    else {
      entry.problem = why
      entry.done = true
    }
  }
}
