// The tail of a failed device's component log, where its target runs the log manager
// (aws.greengrass.LogManager): a rerun after a real failure then shows what the component
// itself said, beside the device's status details.
//
// The log manager uploads a user component's log (what its lifecycle printed) to the log group
// /aws/greengrass/UserComponent/<region>/<componentName>, one stream per device and UTC day of
// the line: /<yyyy/MM/dd>/thing/<thingName> (a `:` in the thing name becomes `+`: a stream name
// cannot hold one). It does so only for the components its configuration names
// (logsUploaderConfiguration.componentLogsConfigurationMap), every periodicUploadIntervalSec
// (300 s by default), with the device role's logs:CreateLogGroup, CreateLogStream,
// PutLogEvents and DescribeLogStreams. Reading takes logs:GetLogEvents on that group's streams.
//
// What this reads is help, never the verdict: a missing group or stream, a denied read, a slow
// answer are a note in the result, and the run goes on as it would have without it.
import {
  GetLogEventsCommand,
  type GetLogEventsCommandOutput,
  type CloudWatchLogsClient
} from '@aws-sdk/client-cloudwatch-logs'
import { awsErrorName, errorMessage, isAccessDenied } from '../shared/errors.js'
import type { StepContext } from '../shared/report.js'

export const LOG_MANAGER = 'aws.greengrass.LogManager'

/** What is read: lines per device, devices per run, seconds for all of it. */
export interface TailLimits {
  lines: number
  devices: number
  seconds: number
}

export const TAIL_LIMITS: TailLimits = { lines: 20, devices: 5, seconds: 15 }

export type LogsClient = Pick<CloudWatchLogsClient, 'send'>

export interface LogLine {
  /** When the device logged it (the event's timestamp), ISO 8601 UTC. */
  time: string
  /** One line of the component's log, exactly as the device wrote it. */
  text: string
}

export interface LogTail {
  thingName: string
  /** The target whose deployment the device failed, as the summary names it. */
  target: string
  logGroup: string
  logStream: string
  /** The last lines (at most TAIL_LIMITS.lines), oldest first; empty with a note. */
  lines: LogLine[]
  /** Why there are no lines, or fewer than asked: no such group or stream, denied, slow. */
  note?: string
}

export interface DeviceLogs {
  tails: LogTail[]
  /** What was not read, and why: targets without the log manager, devices beyond the bound. */
  notes: string[]
}

/** A target of the run, as far as its logs go. */
export interface LogTarget {
  label: string
  /** The names of the components its deployment has. */
  components: string[]
  devices: { thingName: string; status: string; ok: boolean }[]
}

export interface TailRequest {
  componentName: string
  region: string
  /** ISO 8601: lines logged before it are an earlier run's. */
  since: string
  targets: LogTarget[]
}

/** A device's own failure (not one whose status we could not read). */
const FAILED = /^(?:FAILED|TIMED_OUT|REJECTED)\b/

export function componentLogGroup(region: string, componentName: string): string {
  return `/aws/greengrass/UserComponent/${region}/${componentName}`
}

/** The stream the log manager writes a device's lines of that UTC day to. */
export function componentLogStream(thingName: string, day: Date): string {
  const date = day.toISOString().slice(0, 10).replace(/-/g, '/')
  return `/${date}/thing/${thingName.replace(/:/g, '+')}`
}

/**
 * The last lines of the component's log on each failed device (the first `limits.devices`
 * of them) whose target runs the log manager; undefined when no device failed.
 */
export async function failedDeviceLogs(
  client: LogsClient | undefined,
  request: TailRequest,
  ctx: StepContext,
  limits: TailLimits = TAIL_LIMITS
): Promise<DeviceLogs | undefined> {
  const failed = request.targets.flatMap(t =>
    t.devices.filter(d => !d.ok && FAILED.test(d.status)).map(d => ({ target: t, device: d }))
  )
  if (failed.length === 0) return undefined
  const notes: string[] = []
  const withManager = failed.filter(f => f.target.components.includes(LOG_MANAGER))
  const without = [...new Set(failed.filter(f => !withManager.includes(f)).map(f => f.target))]
  for (const t of without) {
    notes.push(
      `${t.label} does not run ${LOG_MANAGER}: with it in the deployment, and ${request.componentName} in its logsUploaderConfiguration.componentLogsConfigurationMap, the summary shows the tail of the component's log.`
    )
  }
  if (withManager.length > 0 && !client) {
    notes.push(`The component's log was not read: no CloudWatch Logs client.`)
    return { tails: [], notes }
  }
  const read = withManager.slice(0, limits.devices)
  if (withManager.length > read.length) {
    notes.push(
      `${withManager.length - read.length} more failed device${withManager.length - read.length === 1 ? '' : 's'}: their logs were not read (at most ${limits.devices}).`
    )
  }
  const deadline = Date.now() + limits.seconds * 1000
  const tails = await Promise.all(
    read.map(({ target, device }) =>
      tailOf(client!, request, target.label, device.thingName, deadline, limits, ctx)
    )
  )
  return { tails, notes }
}

async function tailOf(
  client: LogsClient,
  request: TailRequest,
  target: string,
  thingName: string,
  deadline: number,
  limits: TailLimits,
  ctx: StepContext
): Promise<LogTail> {
  const logGroup = componentLogGroup(request.region, request.componentName)
  const since = new Date(request.since)
  const now = ctx.clock.now()
  // Today's stream first; the day the deployment started too, when the run crossed midnight.
  const streams = [
    ...new Set([componentLogStream(thingName, now), componentLogStream(thingName, since)])
  ]
  const tail: LogTail = { thingName, target, logGroup, logStream: streams[0]!, lines: [] }
  let missing: unknown
  for (const logStream of streams) {
    const wanted = limits.lines - tail.lines.length
    if (wanted <= 0) break
    let events: GetLogEventsCommandOutput['events']
    try {
      events = await withDeadline(deadline, signal =>
        client.send(
          new GetLogEventsCommand({
            logGroupName: logGroup,
            logStreamName: logStream,
            startFromHead: false,
            startTime: since.getTime(),
            limit: limits.lines
          }),
          { abortSignal: signal }
        )
      ).then(out => out.events)
    } catch (error) {
      // A day's stream that does not exist may be followed by one that does.
      if (isMissing(error)) {
        missing ??= error
        continue
      }
      tail.note = readProblem(error, logGroup, logStream, request.componentName, limits.seconds)
      break
    }
    const lines = (events ?? []).flatMap(e =>
      (e.message ?? '')
        .split(/\r\n|\r|\n/)
        .filter(text => text.trim() !== '')
        .map(text => ({ time: new Date(e.timestamp ?? 0).toISOString(), text }))
    )
    if (lines.length > 0 && tail.lines.length === 0) tail.logStream = logStream
    tail.lines = [...lines.slice(-wanted), ...tail.lines]
  }
  if (tail.lines.length === 0 && !tail.note) {
    tail.note = missing
      ? readProblem(missing, logGroup, tail.logStream, request.componentName, limits.seconds)
      : `no lines in ${logGroup} ${tail.logStream} since ${request.since}: the log manager uploads every periodicUploadIntervalSec (300 s by default), so a rerun may show them.`
  }
  if (tail.note) ctx.reporter.debug(`${thingName}: ${tail.note}`)
  return tail
}

function isMissing(error: unknown): boolean {
  return awsErrorName(error) === 'ResourceNotFoundException'
}

function readProblem(
  error: unknown,
  logGroup: string,
  logStream: string,
  componentName: string,
  seconds: number
): string {
  const name = awsErrorName(error) ?? 'Error'
  if (error instanceof DeadlineError || name === 'AbortError') {
    return `the log was not read within ${seconds} s.`
  }
  if (isAccessDenied(error)) {
    return `not allowed to read ${logGroup}: ${name}: ${errorMessage(error)} (the deploy role needs logs:GetLogEvents on its streams; see infra/README.md).`
  }
  if (isMissing(error)) {
    const what = /group/i.test(errorMessage(error))
      ? `no log group ${logGroup}`
      : `no log stream ${logStream} in ${logGroup}`
    return `${what} yet: the log manager uploads ${componentName}'s log only when its logsUploaderConfiguration.componentLogsConfigurationMap names it, every periodicUploadIntervalSec (300 s by default).`
  }
  return `the log could not be read: ${name}: ${errorMessage(error)}`
}

class DeadlineError extends Error {
  override name = 'DeadlineError'
}

/** The call, aborted (and given up on, whether or not the client honours the abort) when the
 * deadline passes. */
async function withDeadline<T>(
  deadline: number,
  call: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  const left = deadline - Date.now()
  if (left <= 0) throw new DeadlineError('deadline passed')
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new DeadlineError('deadline passed'))
    }, left)
  })
  try {
    return await Promise.race([call(controller.signal), expired])
  } finally {
    clearTimeout(timer)
  }
}
