// The smoke check: proof from the devices themselves that the deployed component runs. Each
// device's app writes an item (device_name, timestamp, component_version) into DynamoDB when it
// starts; a deployment that Greengrass calls successful can still ship a container that crashes
// at start, and only that item shows it did not. The check only reads: it never changes AWS.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import type { GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
import type { IoTClient } from '@aws-sdk/client-iot'
import {
  StepFailure,
  awsErrorName,
  errorMessage,
  httpStatus,
  isAccessDenied,
  awsFailure
} from '../shared/errors.js'
import { mapLimit } from '../deploy/fleet.js'
import type { Device } from './items.js'
import { DEFAULT_CONCURRENCY, type SmokeInputs, type Target } from '../config.js'
import { targetLabel } from '../target-names.js'
import type { StepContext } from '../shared/report.js'
import { coreMembers, groupMembers, type SkippedMember } from '../targets.js'

/** Groups up to this size have their plain IoT things (not core devices) left out. */
export const CORE_CHECK_LIMIT = 50

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
  /** Where the door wrote every device's verdict (the smoke-report output), for the summary. */
  reportPath?: string
}

export interface SmokeClients {
  /** Or how to make one: the action loads DynamoDB only once the devices are known. */
  dynamodb: DynamoDBClient | (() => Promise<DynamoDBClient>)
  iot: IoTClient
  /** With it, a group's plain IoT things (not core devices) are skipped (GetCoreDevice). */
  greengrass?: GreengrassV2Client
}

// Poll early (the devices have usually written their item by the time deploy saw them
// succeed), then back off.
const FIRST_INTERVAL_MS = 1_000
const MAX_INTERVAL_MS = 15_000
/** Names in a progress line, at most: the rest is a count. */
const PROGRESS_NAMES = 5
/** Missing devices the log explains one line each; the summary and the report have them all. */
export const EXPLAINED_IN_LOG = 10

export async function smoke(
  inputs: SmokeInputs,
  clients: SmokeClients,
  ctx: StepContext
): Promise<SmokeResult> {
  const { reporter, clock } = ctx
  const since = inputs.since.toISOString()
  const concurrency = inputs.concurrency ?? DEFAULT_CONCURRENCY
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
    `Checking ${count(devices.length, 'device')} for an item${versionNote} in ${inputs.tableName} (${inputs.region}) written at or after ${since}, ${concurrency} ${concurrency === 1 ? 'query' : 'queries'} at a time; polling for up to ${inputs.timeoutSeconds} s.`
  )
  const unchanged = devices.filter(d => d.unchanged)
  if (unchanged.length > 0) {
    reporter.info(
      `${names(unchanged.map(d => d.name))}: deployment unchanged in this run, so an item${versionNote} from any time counts.`
    )
  }

  // Each poll asks only about the devices still missing, `concurrency` at a time.
  const deadline = clock.now().getTime() + inputs.timeoutSeconds * 1000
  let pending = devices
  let interval = FIRST_INTERVAL_MS
  for (let poll = 1; ; poll++) {
    const items = await mapLimit(pending, concurrency, device => checker.find(device))
    const still: Device[] = []
    for (const [i, device] of pending.entries()) {
      const item = items[i]
      if (item) result.items[device.name] = item
      else still.push(device)
    }
    pending = still
    const found = devices.length - pending.length
    const remaining = deadline - clock.now().getTime()
    if (pending.length === 0 || remaining <= 0) {
      reporter.info(`Poll ${poll}: ${found} of ${devices.length} found.`)
      break
    }
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
  const looks = await mapLimit(pending, concurrency, device => checker.explain(device))
  for (const [i, device] of pending.entries()) {
    const seen = looks[i]!
    if (typeof seen === 'string') {
      reasons[device.name] = seen
    } else {
      result.items[device.name] = seen
      late.push(device)
    }
  }
  if (late.length > 0) {
    reporter.info(
      `Found after the last poll: ${names(late.map(d => d.name))} (their items arrived since).`
    )
  }
  const unnamed = checker.unnamedWarnings()
  if (unnamed > 0) {
    reporter.warning(
      `${count(unnamed, 'more device')} wrote timestamps the smoke check can't compare (not named here); their items are ignored.`
    )
  }
  const lateNames = new Set(late.map(d => d.name))
  pending = pending.filter(d => !lateNames.has(d.name))
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
    for (const device of pending.slice(0, EXPLAINED_IN_LOG)) {
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
    // Plain IoT things in a group are told from core devices one by one, as deploy's wait
    // does, up to CORE_CHECK_LIMIT members: a fleet of thousands is not asked device by
    // device (a query per device is the smoke check's whole cost there).
    if (target.kind === 'thinggroup' && clients.greengrass && things.length <= CORE_CHECK_LIMIT) {
      const members = await coreMembers(clients.greengrass, ctx, things)
      things = members.core
      skipped.push(...members.skipped)
      if (members.skipped.length > 0) {
        ctx.reporter.info(
          `${targetLabel(target)}: not checking ${names(members.skipped.map(m => m.name))} (${members.skipped[0]!.why}).`
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

/** The group's things, each page retried on a 5xx within the smoke-timeout rather than
 * failing the check at once. */
async function groupThings(
  group: string,
  iot: IoTClient,
  ctx: StepContext,
  timeoutSeconds: number
): Promise<string[]> {
  const budgetMs = timeoutSeconds * 1000
  const { names } = await groupMembers(iot, ctx, group, Infinity, {
    retry: { attempts: 30, budgetMs, maxDelayMs: Math.min(5000, budgetMs) },
    failure: error => groupFailure(group, error, timeoutSeconds)
  })
  return names
}

function groupFailure(group: string, error: unknown, timeoutSeconds: number): Error {
  const name = awsErrorName(error)
  if (name === 'ResourceNotFoundException') {
    return new StepFailure(
      `Thing group ${group} does not exist in this region: check the name and region of the target thinggroup/${group}.`
    )
  }
  if (isAccessDenied(error)) {
    return awsFailure(error, {
      action: 'iot:ListThingsInThingGroup',
      resource: `thing group ${group}`
    })
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

/** At most PROGRESS_NAMES names, then how many more. */
export function names(list: string[]): string {
  const shown = list.slice(0, PROGRESS_NAMES).join(', ')
  return list.length > PROGRESS_NAMES ? `${shown} and ${list.length - PROGRESS_NAMES} more` : shown
}
