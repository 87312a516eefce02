// Rolling back.
//
// Greengrass's own failureHandlingPolicy ROLLBACK restores a device that failed to apply a
// deployment; it does not restore the devices where it applied, nor a target whose app runs
// but does not work. This redeploys the target's previous deployment as it was (components,
// policies, IoT job configuration). The run still fails: the change did.
import {
  CreateDeploymentCommand,
  GetDeploymentCommand,
  type ComponentDeploymentSpecification,
  type CreateDeploymentRequest
} from '@aws-sdk/client-greengrassv2'
import { canonicalJson } from '../shared/data.js'
import { errorMessage } from '../shared/errors.js'
import { targetLabel } from '../target-names.js'
import { type DeployInputs } from '../config.js'
import type { StepContext } from '../shared/report.js'
import { call, token } from './calls.js'
import { devicesInGroup } from './devices.js'
import { pruneEmpty } from './merge.js'
import { waitForDevices } from './watch.js'
import type { DeployClients, DeployResult, TargetResult, Watcher } from './types.js'

export async function rollBack(
  w: Watcher,
  result: DeployResult,
  targets: TargetResult[],
  why: string
): Promise<void> {
  const { ctx } = w
  const started: Array<{ t: TargetResult; r: TargetResult; components: string; to: string }> = []
  for (const t of targets) {
    const label = targetLabel(t.target)
    if (t.unchanged || t.rollback) continue
    if (!t.previousDeploymentId) {
      t.rollback = {
        status: 'impossible',
        message: `cannot roll back: ${label} had no deployment before this one`
      }
      ctx.reporter.warning(`${label}: ${t.rollback.message}.`)
      continue
    }
    try {
      const previous = await call(ctx, `GetDeployment ${t.previousDeploymentId}`, () =>
        w.gg.send(new GetDeploymentCommand({ deploymentId: t.previousDeploymentId }))
      )
      const body = pruneEmpty({
        targetArn: t.targetArn,
        deploymentName: previous.deploymentName ?? `rollback to ${t.previousDeploymentId}`,
        components: previous.components ?? {},
        deploymentPolicies: previous.deploymentPolicies,
        iotJobConfiguration: previous.iotJobConfiguration,
        tags: previous.tags
      }) as CreateDeploymentRequest
      body.components ??= {}
      const request: CreateDeploymentRequest = {
        ...body,
        clientToken: token('rollback', t.targetArn, t.deploymentId ?? '', canonicalJson(body))
      }
      const created = await call(ctx, `CreateDeployment (rollback of ${label})`, () =>
        w.gg.send(new CreateDeploymentCommand(request))
      )
      const components = componentsText(previous.components ?? {}, result.componentName)
      ctx.reporter.info(
        `${label}: ${why}; rolling back to deployment ${t.previousDeploymentId} (${components}) with deployment ${created.deploymentId}.`
      )
      const r: TargetResult = {
        ...t,
        deploymentId: created.deploymentId,
        devices: [],
        counts: undefined,
        status: 'not-waited'
      }
      started.push({ t, r, components, to: t.previousDeploymentId })
    } catch (error) {
      t.rollback = {
        toDeploymentId: t.previousDeploymentId,
        status: 'failed',
        message: `rollback to deployment ${t.previousDeploymentId} failed: ${errorMessage(error)}`
      }
      result.failures.push(`${label}: ${t.rollback.message}`)
    }
  }
  if (started.length === 0) return
  const failures: string[] = []
  await waitForDevices(
    w,
    started.map(s => s.r),
    failures
  )
  result.failures.push(...failures.map(f => `rollback: ${f}`))
  for (const { t, r, components, to } of started) {
    // A status that could not be read stays unknown here too: never failed, nor timed out.
    const status =
      r.status === 'succeeded' || r.status === 'failed' || r.status === 'unknown'
        ? r.status
        : 'timed-out'
    const but =
      status === 'unknown'
        ? ", but the rollback's result is unknown (a device's status could not be read)"
        : `, but the rollback ${status}`
    t.rollback = {
      toDeploymentId: to,
      deploymentId: r.deploymentId,
      components,
      status,
      message: `rolled back to deployment ${to} (${components})${status === 'succeeded' ? '' : but}`
    }
  }
}

/** After a failed smoke check: rolls back the changed targets the missing devices belong to. */
export async function rollBackTargets(
  inputs: Pick<DeployInputs, 'waitTimeoutSeconds' | 'failureThreshold'>,
  clients: DeployClients,
  ctx: StepContext,
  result: DeployResult,
  targets: TargetResult[],
  why: string
): Promise<void> {
  const w: Watcher = {
    gg: clients.greengrass,
    iot: clients.iot,
    ctx,
    devicesOf: group => devicesInGroup(clients, ctx, group),
    timeoutSeconds: inputs.waitTimeoutSeconds,
    threshold: inputs.failureThreshold ?? 0
  }
  await rollBack(w, result, targets, why)
}

/** "com.example.AccessDynamoDb 1.0.3, aws.greengrass.Cli 2.12.6": ours first. */
function componentsText(
  components: Record<string, ComponentDeploymentSpecification>,
  ours: string
): string {
  const names = Object.keys(components).sort((a, b) =>
    a === ours ? -1 : b === ours ? 1 : a.localeCompare(b)
  )
  if (names.length === 0) return 'no components'
  const text = names.map(n => `${n} ${components[n]!.componentVersion ?? ''}`.trim())
  return components[ours] ? text.join(', ') : `without ${ours}: ${text.join(', ')}`
}

/** The targets a device list points at: a thing by name, a group by the devices seen in it,
 * and a large group (watched through its job, so its members unknown) always. */
export function targetsWithDevices(targets: TargetResult[], things: string[]): TargetResult[] {
  const named = new Set(things)
  return targets.filter(t =>
    t.target.kind === 'thing'
      ? named.has(t.target.name)
      : t.counts !== undefined || t.devices.some(d => named.has(d.thingName))
  )
}
