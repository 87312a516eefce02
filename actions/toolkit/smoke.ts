// The smoke check: proof from the devices themselves that the deployed component runs. Each
// device's app writes an item (device_name, timestamp, component_version) into DynamoDB when it
// starts; a deployment that Greengrass calls successful can still ship a container that crashes
// at start, and only that item shows it did not. The check only reads: it never changes AWS.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import type { GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
import { ListThingsInThingGroupCommand, type IoTClient } from '@aws-sdk/client-iot'
import { StepFailure, awsErrorName, errorMessage, httpStatus, isAccessDenied } from './errors.js'
import { mapLimit } from './fleet.js'
import type { Device } from './items.js'
import { targetLabel, type SmokeInputs, type Target } from './inputs.js'
import type { StepContext } from './report.js'
import { withRetry } from './retry.js'
import { coreMembers, type SkippedMember } from './targets.js'

export type SmokeVerdict = 'found' | 'missing'

export interface SmokeResult {
  /** Thing name → verdict. */
  devices: Record<string, SmokeVerdict>
  missing: string[]
  /** The item found per device, for the summary and the demo. */
  items: Record<string, Record<string, string>>
  tableName: string
  since: string
  /** Thing groups without a core device yet: nothing there to check (a warning, not a
   * failure: the group's deployment reaches devices as they join). */
  emptyGroups: string[]
  /** Group members that are not core devices, and why: never checked. */
  skipped?: SkippedMember[]
  /** Thing name → why none of a missing device's items counted, worded to follow "device
   * <name> ", e.g. "wrote no item at all into <table>". smoke() gives one for every missing
   * device; optional for results put together elsewhere, which may not have them. */
  reasons?: Record<string, string>
}

export interface SmokeClients {
  /** Or how to make one: the action loads DynamoDB only once the devices are known. */
  dynamodb: DynamoDBClient | (() => Promise<DynamoDBClient>)
  iot: IoTClient
  /** With it, a group's plain IoT things (not core devices) are skipped (GetCoreDevice). */
  greengrass?: GreengrassV2Client
}

const FIRST_INTERVAL_MS = 2_000
const MAX_INTERVAL_MS = 15_000
const PROGRESS_NAMES = 10
// Missing devices whose newest item is read at once, to say why none counts.
const EXPLAIN_CONCURRENCY = 8

export async function smoke(
  inputs: SmokeInputs,
  clients: SmokeClients,
  ctx: StepContext
): Promise<SmokeResult> {
  const { reporter, clock } = ctx
  const since = inputs.since.toISOString()
  const { devices, emptyGroups, skipped } = await expandTargets(inputs, clients, ctx)
  const result: SmokeResult = {
    devices: {},
    missing: [],
    items: {},
    tableName: inputs.tableName,
    since,
    emptyGroups,
    ...(skipped.length ? { skipped } : {}),
    reasons: {}
  }
  if (devices.length === 0) {
    reporter.warning(
      'Nothing to check: no target has a core device yet (neither passed nor failed).'
    )
    return result
  }

  const [{ Checker }, dynamodb] = await Promise.all([
    import('./items.js'),
    typeof clients.dynamodb === 'function' ? clients.dynamodb() : clients.dynamodb
  ])
  const checker = new Checker(inputs, dynamodb, ctx)
  const versionNote = inputs.componentVersion
    ? ` of component version ${inputs.componentVersion}`
    : ''
  reporter.info(
    `Checking ${count(devices.length, 'device')} for an item${versionNote} in ${inputs.tableName} (${inputs.region}) written at or after ${since}; polling for up to ${inputs.timeoutSeconds} s.`
  )
  const unchanged = devices.filter(d => d.unchanged)
  if (unchanged.length > 0) {
    reporter.info(
      `${names(unchanged.map(d => d.name))}: deployment unchanged in this run, so an item${versionNote} from any time counts.`
    )
  }

  const deadline = clock.now().getTime() + inputs.timeoutSeconds * 1000
  let pending = devices
  let interval = FIRST_INTERVAL_MS
  for (let poll = 1; ; poll++) {
    const still: Device[] = []
    for (const device of pending) {
      const item = await checker.find(device)
      if (item) {
        result.items[device.name] = item
        const version = item.component_version
          ? `component_version ${item.component_version}`
          : 'no component_version'
        const when = device.unchanged ? ', target unchanged' : ''
        reporter.info(`Found ${device.name}: item at ${item.timestamp} (${version}${when}).`)
      } else still.push(device)
    }
    pending = still
    const found = devices.length - pending.length
    const remaining = deadline - clock.now().getTime()
    if (pending.length === 0 || remaining <= 0) break
    const wait = Math.min(interval, remaining)
    reporter.info(
      `Poll ${poll}: ${found} of ${devices.length} found; waiting for ${names(pending.map(d => d.name))}; next check in ${Math.ceil(wait / 1000)} s.`
    )
    await clock.sleep(wait)
    interval = Math.min(MAX_INTERVAL_MS, interval * 2)
  }

  // One look at each missing device's newest item: why it does not count, or that one that
  // counts arrived after the last poll (the device is then found).
  const reasons: Record<string, string> = {}
  const late: Device[] = []
  const looks = await mapLimit(pending, EXPLAIN_CONCURRENCY, device => checker.explain(device))
  for (const [i, device] of pending.entries()) {
    const seen = looks[i]!
    if (typeof seen === 'string') {
      reasons[device.name] = seen
    } else {
      result.items[device.name] = seen
      late.push(device)
      reporter.info(`Found ${device.name}: item at ${seen.timestamp}, after the last poll.`)
    }
  }
  pending = pending.filter(d => !late.includes(d))
  const missing = new Set(pending.map(d => d.name))
  for (const device of devices) {
    result.devices[device.name] = missing.has(device.name) ? 'missing' : 'found'
  }
  result.missing = pending.map(d => d.name)
  if (pending.length === 0) {
    reporter.info(`All ${count(devices.length, 'device')} wrote their item.`)
  } else {
    reporter.info(
      `After ${inputs.timeoutSeconds} s, ${count(pending.length, 'device')} of ${devices.length} wrote no item that counts: ${names(result.missing)}.`
    )
    for (const device of pending.slice(0, PROGRESS_NAMES)) {
      reporter.info(`${device.name} ${reasons[device.name]}.`)
    }
    result.reasons = reasons
  }
  return result
}

/** The things behind the targets, each once; a device counts as unchanged if any of its
 * targets is, or if it is named itself (thing/<name>: deploy found this version already
 * running there through another target), since it then does not restart the component. */
async function expandTargets(
  inputs: SmokeInputs,
  clients: SmokeClients,
  ctx: StepContext
): Promise<{ devices: Device[]; emptyGroups: string[]; skipped: SkippedMember[] }> {
  const isUnchanged = (t: Target) =>
    inputs.unchangedTargets.some(u => u.kind === t.kind && u.name === t.name)
  const byName = new Map<string, Device>()
  const emptyGroups: string[] = []
  const skipped: SkippedMember[] = []
  for (const target of inputs.targets) {
    let things =
      target.kind === 'thing'
        ? [target.name]
        : await groupThings(target.name, clients.iot, ctx, inputs.timeoutSeconds)
    if (target.kind === 'thinggroup' && clients.greengrass) {
      const members = await coreMembers(clients.greengrass, ctx, things)
      things = members.core
      skipped.push(...members.skipped)
      if (members.skipped.length > 0) {
        ctx.reporter.info(
          `${targetLabel(target)}: not checking ${members.skipped.map(m => `${m.name} (${m.why})`).join(', ')}.`
        )
      }
    }
    if (target.kind === 'thinggroup') {
      if (things.length === 0) {
        emptyGroups.push(target.name)
        ctx.reporter.warning(
          `${targetLabel(target)} has no core device yet: nothing there to check. Its deployment reaches the core devices that join the group.`
        )
      } else {
        ctx.reporter.info(`${targetLabel(target)}: ${count(things.length, 'thing')}.`)
      }
    }
    for (const name of things) {
      const device = byName.get(name) ?? { name, unchanged: false }
      device.unchanged ||= isUnchanged(target) || isUnchanged({ kind: 'thing', name })
      byName.set(name, device)
    }
  }
  return { devices: [...byName.values()], emptyGroups, skipped }
}

async function groupThings(
  group: string,
  iot: IoTClient,
  ctx: StepContext,
  timeoutSeconds: number
): Promise<string[]> {
  const things: string[] = []
  let nextToken: string | undefined
  // A 5xx is retried within the smoke-timeout rather than failing the check at once.
  const budgetMs = timeoutSeconds * 1000
  do {
    const page = await withRetry(
      ctx,
      `ListThingsInThingGroup ${group}`,
      () =>
        iot.send(
          new ListThingsInThingGroupCommand({ thingGroupName: group, recursive: true, nextToken })
        ),
      {
        retryable: e => (httpStatus(e) ?? 0) >= 500,
        attempts: 30,
        budgetMs,
        maxDelayMs: Math.min(5000, budgetMs)
      }
    ).catch(error => {
      throw groupFailure(group, error, timeoutSeconds)
    })
    things.push(...(page.things ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  return things
}

function groupFailure(group: string, error: unknown, timeoutSeconds: number): StepFailure {
  const name = awsErrorName(error)
  if (name === 'ResourceNotFoundException') {
    return new StepFailure(
      `Thing group ${group} does not exist in this region: check the name and region of the target thinggroup/${group}.`
    )
  }
  if (isAccessDenied(error)) {
    return new StepFailure(
      `${errorMessage(error)}. The smoke check needs iot:ListThingsInThingGroup on thing group ${group}.`
    )
  }
  const persistent =
    (httpStatus(error) ?? 0) >= 500
      ? ` It kept failing until the smoke-timeout (${timeoutSeconds} s): IoT had a problem, not the devices; rerun the smoke check once IoT answers (the deployment is done), or raise smoke-timeout.`
      : ''
  return new StepFailure(
    `Listing the things of group ${group} failed: ${name ?? 'error'}: ${errorMessage(error)}.${persistent}`
  )
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function names(list: string[]): string {
  const shown = list.slice(0, PROGRESS_NAMES).join(', ')
  return list.length > PROGRESS_NAMES ? `${shown} and ${list.length - PROGRESS_NAMES} more` : shown
}
