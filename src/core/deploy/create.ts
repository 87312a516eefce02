// Creating a stage's deployments (a few at a time), with what they start from.
import {
  CreateDeploymentCommand,
  ListInstalledComponentsCommand,
  type CreateDeploymentRequest,
  type GreengrassV2Client,
  type InstalledComponent
} from '@aws-sdk/client-greengrassv2'
import { canonicalJson } from '../shared/data.js'
import { allPages } from '../shared/pages.js'
import { awsErrorName, ConfigurationError, errorMessage, StepFailure } from '../shared/errors.js'
import { mapLimit } from './fleet.js'
import { targetLabel } from '../target-names.js'
import type { StepContext } from '../shared/report.js'
import { withRetry } from '../shared/retry.js'
import { asFailure, call, token } from './calls.js'
import { RUNNING_CHECK_LIMIT } from './devices.js'
import { waitForDevices } from './watch.js'
import type {
  DeployResult,
  DevicesOf,
  LoadedRecipe,
  TargetPlan,
  TargetResult,
  Watcher
} from './types.js'

/** CreateDeployment calls in flight at most; each thing target is its own deployment. */
export const CREATE_CONCURRENCY = 4
export function targetResult(plan: TargetPlan, deploymentId: string | undefined): TargetResult {
  return {
    target: plan.target,
    targetArn: plan.targetArn,
    deploymentId,
    previousDeploymentId: plan.previous?.deploymentId,
    unchanged: plan.unchanged,
    ...(plan.retried ? { retried: true } : {}),
    alreadyRunning: [],
    devices: [],
    status: 'not-waited',
    ...(plan.stage ? { stage: plan.stage } : {})
  }
}

/** Creates the stage's deployments (at most CREATE_CONCURRENCY at a time) and waits. */
export async function runStage(
  w: Watcher,
  result: DeployResult,
  plans: TargetPlan[],
  recipe: LoadedRecipe,
  wait: boolean
): Promise<TargetResult[]> {
  if (plans.length === 0) return []
  const { gg, ctx, devicesOf } = w
  const running = new Map<TargetPlan, string[]>()
  for (const plan of plans) {
    if (!plan.unchanged) {
      running.set(plan, await devicesAlreadyRunning(gg, ctx, plan, recipe, devicesOf))
    }
  }
  const created: string[] = []
  const before = result.targets.filter(t => t.deploymentId && !t.unchanged)
  const stage: TargetResult[] = []
  try {
    await mapLimit(plans, CREATE_CONCURRENCY, async plan => {
      const deploymentId = plan.unchanged
        ? plan.previous!.deploymentId!
        : await createDeployment(gg, ctx, plan)
      if (!plan.unchanged) created.push(`${targetLabel(plan.target)}: ${deploymentId}`)
      const t = { ...targetResult(plan, deploymentId), alreadyRunning: running.get(plan) ?? [] }
      stage.push(t)
    })
  } catch (error) {
    const done = [...before.map(t => `${targetLabel(t.target)}: ${t.deploymentId}`), ...created]
    const message = done.length
      ? ` Deployments already created (a rerun keeps them): ${done.join(', ')}.`
      : ''
    // The user's to fix stays the user's (exit 2), with what was already done.
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`${error.message}${message}`, error.subject)
    }
    throw new StepFailure(`${errorMessage(error)}${message}`)
  }
  // In the order of the targets, whatever order the creates finished in.
  stage.sort(
    (a, b) =>
      plans.findIndex(p => p.target === a.target) - plans.findIndex(p => p.target === b.target)
  )
  result.targets.push(...stage)

  // 3. The devices' verdicts. From here on nothing throws: the deployments exist, and the
  // caller reports them before failing the job.
  if (wait) await waitForDevices(w, stage, result.failures)
  else
    w.ctx.reporter.info('Not waiting for the devices (wait: false); their result is not checked.')
  return stage
}

/**
 * The devices of a changed target that already run this component version, through
 * another target: Greengrass does not restart a component whose version, recipe and
 * configuration did not change, so these write no new item in this run.
 */
async function devicesAlreadyRunning(
  gg: GreengrassV2Client,
  ctx: StepContext,
  plan: TargetPlan,
  recipe: LoadedRecipe,
  devicesOf: DevicesOf
): Promise<string[]> {
  const group =
    plan.target.kind === 'thing'
      ? { names: [plan.target.name], more: false }
      : await devicesOf(plan.target.name)
  const devices = group.names
  if (group.more || devices.length > RUNNING_CHECK_LIMIT) {
    ctx.reporter.debug(
      `${targetLabel(plan.target)}: more than ${RUNNING_CHECK_LIMIT} devices; not asking each which version it runs.`
    )
    return []
  }
  const running: string[] = []
  for (const thingName of devices) {
    const runsOurs = (c: InstalledComponent) =>
      c.componentName === recipe.name &&
      c.componentVersion === recipe.version &&
      (c.lifecycleState === 'RUNNING' || c.lifecycleState === 'FINISHED')
    const installed = await allPages(
      nextToken =>
        call(ctx, `ListInstalledComponents ${thingName}`, () =>
          gg.send(new ListInstalledComponentsCommand({ coreDeviceThingName: thingName, nextToken }))
        ).catch((error): { installedComponents?: InstalledComponent[]; nextToken?: string } => {
          // A device Greengrass does not know yet has nothing installed.
          if (awsErrorName(error) === 'ResourceNotFoundException') return {}
          throw error
        }),
      page => page.installedComponents,
      soFar => soFar.some(runsOurs)
    )
    if (installed.some(runsOurs)) running.push(thingName)
  }
  if (running.length > 0) {
    ctx.reporter.info(
      `${targetLabel(plan.target)}: ${running.join(', ')} already run${running.length === 1 ? 's' : ''} ${recipe.name} ${recipe.version} and will not restart it.`
    )
  }
  return running
}

async function createDeployment(
  gg: GreengrassV2Client,
  ctx: StepContext,
  plan: TargetPlan
): Promise<string> {
  const body = { targetArn: plan.targetArn, ...plan.request }
  // The base deployment is part of the token: a retry of this run is idempotent, while going
  // back to an earlier set within the token's 8 hours still creates a deployment.
  const request: CreateDeploymentRequest = {
    ...body,
    clientToken: token(plan.targetArn, plan.previous?.deploymentId ?? '', canonicalJson(body))
  }
  ctx.reporter.debug(`CreateDeployment ${JSON.stringify(request, null, 2)}`)
  try {
    const created = await withRetry(ctx, 'CreateDeployment', () =>
      gg.send(new CreateDeploymentCommand(request))
    )
    ctx.reporter.info(`${targetLabel(plan.target)}: created deployment ${created.deploymentId}.`)
    return created.deploymentId!
  } catch (error) {
    const failure = asFailure(`CreateDeployment for ${targetLabel(plan.target)}`, error)
    const hint =
      awsErrorName(error) === 'ResourceNotFoundException'
        ? ` Check that ${targetLabel(plan.target)} exists in this account and region.`
        : ''
    if (!hint) throw failure
    throw new StepFailure(`${failure.message}${hint}`)
  }
}
