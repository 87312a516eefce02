// The targets as IoT knows them. CreateDeployment takes any well-formed thing or thing-group
// ARN, so a misspelt target is found out only after the component version and a deployment
// exist: each target is therefore looked up first (read-only), and a missing one is bad input
// before anything changes. A group's members come from IoT too: Greengrass's
// ListCoreDevices(thingGroupArn) lists only devices that already ran the group's deployment
// (none, the first time) and keeps devices removed from the group.
import { GetCoreDeviceCommand, type GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
import {
  DescribeThingCommand,
  DescribeThingGroupCommand,
  ListThingsInThingGroupCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { coreDeviceArn } from './arns.js'
import { awsErrorName, ConfigurationError, httpStatus, awsFailure } from './shared/errors.js'
import { mapLimit } from './deploy/fleet.js'
import { targetArn, targetLabel } from './target-names.js'
import type { Target } from './config.js'
import type { StepContext } from './shared/report.js'
import { withRetry, type RetryOptions } from './shared/retry.js'

export interface TargetClients {
  iot: IoTClient
  greengrass: GreengrassV2Client
}

/** Targets with where the user wrote them, so that the error names what to change. */
export interface TargetSource {
  targets: readonly Target[]
  /** "input 'targets'", "the deployment file recipe/deployment.yaml" */
  source: string
  /** The input a ConfigurationError points at. */
  subject: string
}

export interface TargetsChecked {
  /** Things that exist in IoT but are not (yet) Greengrass core devices. */
  notCoreDevices: string[]
}

/** Lookups in flight at most: a long target list should not trip IoT's rate limits. */
const LOOKUP_CONCURRENCY = 4
/** ListThingsInThingGroup's largest page. */
export const MEMBERS_PAGE = 250

/**
 * Looks every target up in IoT (DescribeThing, DescribeThingGroup) and every thing in
 * Greengrass (GetCoreDevice). Throws a ConfigurationError naming every missing target and
 * the fix; warns about each thing that is not a core device (Greengrass keeps its deployment
 * until it is provisioned as one). Read-only.
 */
export async function checkTargets(
  sources: readonly TargetSource[],
  where: { region: string; accountId: string },
  clients: TargetClients,
  ctx: StepContext
): Promise<TargetsChecked> {
  const seen = new Set<string>()
  const items: Array<{ target: Target; from: TargetSource }> = []
  for (const from of sources) {
    for (const target of from.targets) {
      const key = targetLabel(target)
      if (!seen.has(key)) items.push({ target, from })
      seen.add(key)
    }
  }
  const found = await mapLimit(items, LOOKUP_CONCURRENCY, ({ target }) =>
    lookUp(target, where, clients, ctx)
  )
  const missing = items.filter((_, i) => found[i] === 'missing')
  if (missing.length > 0) {
    const place = `${where.region} (account ${where.accountId})`
    const lines = missing.map(({ target, from }) =>
      target.kind === 'thing'
        ? `Target ${targetLabel(target)} (${from.source}) does not exist: there is no IoT thing named ${target.name} in ${place}. Check the name and the region, or provision the device first (Greengrass core setup with --provision true creates its thing).`
        : `Target ${targetLabel(target)} (${from.source}) does not exist: there is no IoT thing group named ${target.name} in ${place}. Check the name and the region, or create the group (aws iot create-thing-group --thing-group-name ${target.name}) and add the core devices to it.`
    )
    throw new ConfigurationError(
      `${lines.join('\n')}\nNothing was changed.`,
      missing[0]!.from.subject
    )
  }
  const notCoreDevices = items
    .filter((_, i) => found[i] === 'not-core')
    .map(({ target }) => target.name)
  for (const name of notCoreDevices) {
    ctx.reporter.warning(
      `Target thing/${name} is an IoT thing but not a Greengrass core device: its deployment waits until the device is provisioned as one (install the Greengrass nucleus on it), so waiting for it reports no success.`
    )
  }
  return { notCoreDevices }
}

async function lookUp(
  target: Target,
  where: { region: string; accountId: string },
  clients: TargetClients,
  ctx: StepContext
): Promise<'ok' | 'missing' | 'not-core'> {
  const arn = targetArn(target, where.region, where.accountId)
  const exists =
    target.kind === 'thing'
      ? await read(ctx, 'iot:DescribeThing', arn, () =>
          clients.iot.send(new DescribeThingCommand({ thingName: target.name }))
        )
      : await read(ctx, 'iot:DescribeThingGroup', arn, () =>
          clients.iot.send(new DescribeThingGroupCommand({ thingGroupName: target.name }))
        )
  if (!exists) return 'missing'
  if (target.kind === 'thinggroup') return 'ok'
  const device = coreDeviceArn(where.region, where.accountId, target.name)
  const core = await read(ctx, 'greengrass:GetCoreDevice', device, () =>
    clients.greengrass.send(new GetCoreDeviceCommand({ coreDeviceThingName: target.name }))
  )
  return core ? 'ok' : 'not-core'
}

/** How groupMembers retries and fails, when not as every other read here. */
export interface MembersOptions {
  /** Retries of a page (a 5xx; throttling always): withRetry's attempts, budgetMs, delays. */
  retry?: Omit<RetryOptions, 'retryable'>
  /** What a page that failed for good throws; default: the read failure naming the action. */
  failure?: (error: unknown) => Error
}

/** A group's things (child groups' too, as its deployment reaches them), `limit` at most
 * unless the page holds more; `more` says the list stopped early. The one paging of
 * ListThingsInThingGroup: deploy's wait and the smoke check both list through it. */
export async function groupMembers(
  iot: IoTClient,
  ctx: StepContext,
  group: string,
  limit = Infinity,
  options: MembersOptions = {}
): Promise<{ names: string[]; more: boolean }> {
  const failure =
    options.failure ??
    ((error: unknown) => readFailure('iot:ListThingsInThingGroup', `thing group ${group}`, error))
  const names: string[] = []
  let nextToken: string | undefined
  do {
    const page = await withRetry(
      ctx,
      `ListThingsInThingGroup ${group}`,
      () =>
        iot.send(
          new ListThingsInThingGroupCommand({
            thingGroupName: group,
            recursive: true,
            maxResults: MEMBERS_PAGE,
            nextToken
          })
        ),
      { ...options.retry, retryable: isServerError }
    ).catch(error => {
      throw failure(error)
    })
    names.push(...(page.things ?? []))
    nextToken = page.nextToken
  } while (nextToken && names.length < limit)
  return { names, more: nextToken !== undefined }
}

/** One read; false when the resource does not exist. Throttling and 5xx are retried. */
async function read(
  ctx: StepContext,
  action: string,
  resource: string,
  fn: () => Promise<unknown>
): Promise<boolean> {
  try {
    await withRetry(ctx, `${action} ${resource}`, fn, { retryable: isServerError })
    return true
  } catch (error) {
    if (awsErrorName(error) === 'ResourceNotFoundException') return false
    throw readFailure(action, resource, error)
  }
}

function isServerError(error: unknown): boolean {
  return (httpStatus(error) ?? 0) >= 500
}

function readFailure(action: string, resource: string, error: unknown): Error {
  return awsFailure(error, { action, resource })
}

/** A group member that is not a core device, and why it is left out. */
export interface SkippedMember {
  name: string
  why: string
}

/**
 * Which of a group's things are Greengrass core devices (GetCoreDevice, read-only). A thing
 * group may also hold plain IoT things (a sensor): the deployment never runs there, so the
 * wait and the smoke check must not wait for them. A member Greengrass does not know is
 * skipped and named; any other answer (throttling past its retries, a denial) keeps the
 * member, whose own status then says what is wrong.
 */
export async function coreMembers(
  gg: GreengrassV2Client,
  ctx: StepContext,
  names: readonly string[]
): Promise<{ core: string[]; skipped: SkippedMember[] }> {
  const known = await mapLimit(names, LOOKUP_CONCURRENCY, async name => {
    try {
      await withRetry(
        ctx,
        `GetCoreDevice ${name}`,
        () => gg.send(new GetCoreDeviceCommand({ coreDeviceThingName: name })),
        { retryable: isServerError }
      )
      return true
    } catch (error) {
      return awsErrorName(error) !== 'ResourceNotFoundException'
    }
  })
  return {
    core: names.filter((_, i) => known[i]),
    skipped: names
      .filter((_, i) => !known[i])
      .map(name => ({ name, why: 'an IoT thing that is not a Greengrass core device' }))
  }
}
