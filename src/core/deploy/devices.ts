// One device's verdict on a deployment, and a group's core devices.
import {
  ListEffectiveDeploymentsCommand,
  type EffectiveDeployment,
  type GreengrassV2Client
} from '@aws-sdk/client-greengrassv2'
import { awsErrorName, errorMessage, httpStatus } from '../shared/errors.js'
import { allPages } from '../shared/pages.js'
import type { StepContext } from '../shared/report.js'
import { isThrottling, withRetry } from '../shared/retry.js'
import { coreMembers, groupMembers } from '../targets.js'
import { untilDeadline } from './calls.js'
import type { DeployClients, DeviceVerdict, GroupDevices } from './types.js'

export const OK = new Set(['COMPLETED', 'SUCCEEDED'])
export const FAILED = new Set(['FAILED', 'TIMED_OUT', 'REJECTED', 'CANCELED'])
export const PENDING = 'PENDING'
/** We could not read the device's status, and asking again will not help (e.g. denied). */
export const UNKNOWN = 'UNKNOWN'
/** We could not read the device's status this time (throttling, 5xx): asked again. */
export const UNREAD = 'UNKNOWN (asking again)'
export const OUR_TIMEOUT = 'TIMED_OUT ('
/** Groups up to this many core devices are watched device by device. */
export const SMALL_GROUP = 20

/** Above this many devices a target is not asked device by device; the smoke check then
 * applies `since` to all of them. */
export const RUNNING_CHECK_LIMIT = 50

/** Still worth asking about: not reported yet, QUEUED, IN_PROGRESS or a status we don't know. */
export function isPendingStatus(status: string): boolean {
  return (
    !OK.has(status) && !FAILED.has(status) && status !== UNKNOWN && !status.startsWith(OUR_TIMEOUT)
  )
}

export async function devicesInGroup(
  clients: DeployClients,
  ctx: StepContext,
  group: string
): Promise<GroupDevices> {
  const members = await groupMembers(clients.iot, ctx, group, RUNNING_CHECK_LIMIT + 1)
  // A large group is followed through its IoT job, whose counts cover only the devices
  // Greengrass deploys to: its members are not asked one by one.
  if (members.more || members.names.length > RUNNING_CHECK_LIMIT) {
    return { ...members, skipped: [] }
  }
  const { core, skipped } = await coreMembers(clients.greengrass, ctx, members.names)
  if (skipped.length > 0) {
    ctx.reporter.info(
      `thinggroup/${group}: not waiting for ${skipped.map(s => `${s.name} (${s.why})`).join(', ')}: the deployment runs only on core devices.`
    )
  }
  return { names: core, more: false, skipped }
}

/** Worth asking again at the next poll: throttling, a 5xx, a network error (no HTTP status).
 * Wider than shared/errors.ts isTransient (what a step's retries use): here an error with no
 * HTTP status is asked about again too. Either way a status that could not be read is
 * unread or unknown, never failed. */
export function worthAnotherPoll(error: unknown): boolean {
  const status = httpStatus(error)
  return isThrottling(error) || status === undefined || status >= 500
}

export async function verdictOf(
  gg: GreengrassV2Client,
  ctx: StepContext,
  thingName: string,
  deploymentId: string,
  deadline?: number
): Promise<Omit<DeviceVerdict, 'thingName'>> {
  let entry: EffectiveDeployment | undefined
  // While waiting, the retries stay within the deadline: the next poll asks again anyway.
  const bounded = deadline === undefined ? {} : untilDeadline(ctx, deadline)
  try {
    const ours = (e: EffectiveDeployment) => e.deploymentId === deploymentId
    const seen = await allPages(
      nextToken =>
        withRetry(
          ctx,
          `ListEffectiveDeployments ${thingName}`,
          () =>
            gg.send(
              new ListEffectiveDeploymentsCommand({ coreDeviceThingName: thingName, nextToken })
            ),
          bounded
        ),
      page => page.effectiveDeployments,
      soFar => soFar.some(ours)
    )
    entry = seen.find(ours)
  } catch (error) {
    // A status we could not read is unknown, never a failure: a throttled poll must not fail
    // (nor roll back) a release the device runs. Transient errors are asked again at the
    // next poll; others (e.g. access denied) settle as unknown.
    const name = awsErrorName(error)
    if (name === 'ResourceNotFoundException') {
      // Greengrass does not know the thing as a core device (yet): its deployment waits.
      return {
        status: PENDING,
        reason:
          'not a Greengrass core device yet: its deployment waits until it is provisioned as one',
        ok: false
      }
    }
    return {
      status: worthAnotherPoll(error) ? UNREAD : UNKNOWN,
      reason: `its status could not be read: ${name ?? 'error'}: ${errorMessage(error)}`,
      ok: false
    }
  }
  const status = entry?.coreDeviceExecutionStatus ?? PENDING
  if (OK.has(status)) return { status, ok: true }
  if (!FAILED.has(status)) return { status, ok: false }
  const details = entry?.statusDetails
  const reason = [
    entry?.reason,
    details?.errorStack?.length ? `error stack: ${details.errorStack.join(' > ')}` : undefined,
    details?.errorTypes?.length ? `error types: ${details.errorTypes.join(', ')}` : undefined
  ]
    .filter(Boolean)
    .join('; ')
  return { status, ok: false, ...(reason ? { reason } : {}) }
}
