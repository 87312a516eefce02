// The deploy step: publish the rendered recipe as a component version (once: versions are
// immutable), then give every target a deployment that is its current one with only this
// component changed (a deployment replaces the target's previous one, and whatever it leaves
// out is removed from the devices), and wait for each device's own verdict.
//
// Everything a user can get wrong is checked with read-only calls first, so that a bad
// recipe, file or target never leaves half a deployment behind; and every create carries a
// content-derived client token, so that a rerun after a lost response creates nothing twice.
import type { DescribeComponentResponse } from '@aws-sdk/client-greengrassv2'
import { mapLimit } from './fleet.js'
import { targetLabel } from '../target-names.js'
import { type DeployInputs, type Target } from '../config.js'
import type { StepContext } from '../shared/report.js'
import { checkTargets } from '../targets.js'
import type { DeploymentFile } from './deployment-file.js'
import {
  componentArn,
  createComponent,
  inspectComponent,
  loadRecipe,
  takeNextVersion,
  VersionTaken,
  waitDeployable
} from './component.js'
import { CREATE_CONCURRENCY, runStage, targetResult } from './create.js'
import { deploymentPlan, planTarget, targetSources } from './plan.js'
import { rollBack, targetsWithDevices } from './rollback.js'
import { devicesInGroup } from './devices.js'
import { failedDeviceLogs } from './logs.js'
import type {
  Asked,
  DeployClients,
  DeployOptions,
  DeployResult,
  DevicesOf,
  GroupDevices,
  LoadedRecipe,
  TargetPlan,
  Watcher
} from './types.js'

// What the doors, the pipeline and the summary import, from the step's entry.
export type {
  DeployClients,
  DeploymentPlan,
  DeployOptions,
  DeployResult,
  DeviceVerdict,
  MergedDeployment,
  RollbackResult,
  TargetResult
} from './types.js'
export { componentArn, VERSION_ATTEMPTS } from './component.js'
export { CREATE_CONCURRENCY } from './create.js'
export { SMALL_GROUP } from './devices.js'
export { mergeDeployment } from './merge.js'
export { deploymentPlan, targetSources } from './plan.js'
export { rollBackTargets, targetsWithDevices } from './rollback.js'

export async function deploy(
  inputs: DeployInputs & { accountId: string },
  clients: DeployClients,
  ctx: StepContext,
  options: DeployOptions = {}
): Promise<DeployResult> {
  const { reporter, clock } = ctx
  const gg = clients.greengrass

  // 1. Everything the user controls, checked before any call that changes anything.
  let recipe = await loadRecipe(inputs.recipePath, options.recipeText)
  // The pipeline's preflight made the plan already; what making it said is said here.
  options.plan?.notes?.replayTo(reporter)
  const { file, canary, fleet } = options.plan?.plan ?? (await deploymentPlan(inputs, reporter))
  if (!options.targetsChecked) {
    await checkTargets(targetSources(inputs, { canary, fleet }), inputs, clients, ctx)
  }
  const deadline = clock.now().getTime() + inputs.waitTimeoutSeconds * 1000

  // A group's things, listed once per run, and never more than a page or so.
  const listed = new Map<string, Promise<GroupDevices>>()
  const devicesOf: DevicesOf = group => {
    if (!listed.has(group)) listed.set(group, devicesInGroup(clients, ctx, group))
    return listed.get(group)!
  }
  const asked = { gg, iot: clients.iot, ctx, devicesOf }

  // The component version, and the plans that deploy it. With component-version auto, a
  // concurrent run may take the version this run chose (with another recipe) between the
  // render and the create: this run then takes the next version, plans again, and goes on.
  const prepared = await versionAndPlans(inputs, asked, recipe, file, { canary, fleet }, options)
  recipe = prepared.recipe
  const { arn, existing, canaryPlans, fleetPlans, componentCreated } = prepared
  if (canary.length > 0) {
    for (const p of canaryPlans) p.stage = 'canary'
    for (const p of fleetPlans) p.stage = 'fleet'
  }
  const plans = [...canaryPlans, ...fleetPlans]

  const result: DeployResult = {
    componentName: recipe.name,
    componentVersion: recipe.version,
    componentArn: arn,
    componentCreated: inputs.dryRun ? existing === undefined : componentCreated,
    startedAt: clock.now().toISOString(),
    targets: [],
    failures: []
  }

  if (inputs.dryRun) {
    reporter.info(
      existing
        ? `Component ${recipe.name} ${recipe.version} exists with the same recipe; it would be reused.`
        : `Component ${recipe.name} ${recipe.version} does not exist; it would be created.`
    )
    if (canary.length > 0) {
      reporter.info(
        `Canary first: ${canary.map(targetLabel).join(', ')}; then, if they succeed, ${fleet.map(targetLabel).join(', ')}.`
      )
    }
    for (const plan of plans) {
      reporter.info(
        plan.unchanged
          ? `${targetLabel(plan.target)}: unchanged; the latest deployment ${plan.previous?.deploymentId} already has this component set.`
          : `${targetLabel(plan.target)}: would create this deployment:\n${JSON.stringify({ targetArn: plan.targetArn, ...plan.request }, null, 2)}`
      )
      result.targets.push({
        ...targetResult(plan, plan.unchanged ? plan.previous?.deploymentId : undefined),
        status: 'planned'
      })
    }
    return result
  }

  // 2. The component version (created above), then the deployments, stage by stage.
  await waitDeployable(gg, ctx, arn, recipe, deadline, existing)

  const watcher: Watcher = {
    gg,
    iot: clients.iot,
    ctx,
    devicesOf,
    timeoutSeconds: inputs.waitTimeoutSeconds,
    threshold: inputs.failureThreshold ?? 0
  }

  result.startedAt = clock.now().toISOString()
  const canaryResults = await runStage(watcher, result, canaryPlans, recipe, inputs.wait)
  if (canaryResults.length > 0) {
    const failed = canaryResults.filter(t => t.status !== 'succeeded')
    let stopped: string | undefined
    let rollBackNow = failed.filter(t => t.status === 'failed')
    if (failed.length > 0) {
      stopped = `the canary ${failed.map(t => `${targetLabel(t.target)} ${t.status}`).join(', ')}`
    } else if (options.checkCanary) {
      const check = await options.checkCanary(canaryResults, result.startedAt)
      if (check.failures.length > 0) {
        stopped = `the canary's smoke check failed (${check.missing.length} device${check.missing.length === 1 ? '' : 's'} wrote no item that counts)`
        rollBackNow = targetsWithDevices(canaryResults, check.missing)
      }
    }
    if (stopped) {
      await addDeviceLogs(result, plans, clients, inputs.region, ctx)
      result.stopped = `Not deployed to ${fleet.map(targetLabel).join(', ')}: ${stopped}.`
      reporter.warning(result.stopped)
      for (const plan of fleetPlans) {
        result.targets.push({ ...targetResult(plan, undefined), status: 'not-deployed' })
      }
      if (inputs.rollback) await rollBack(watcher, result, rollBackNow, stopped)
      return result
    }
    reporter.info(`The canary succeeded; deploying to ${fleet.map(targetLabel).join(', ')}.`)
    result.fleetStartedAt = clock.now().toISOString()
  }
  const fleetResults = await runStage(watcher, result, fleetPlans, recipe, inputs.wait)
  await addDeviceLogs(result, plans, clients, inputs.region, ctx)
  if (inputs.rollback) {
    const failed = fleetResults.filter(t => t.status === 'failed')
    await rollBack(watcher, result, failed, 'its devices failed')
  }
  return result
}

/** The failed devices' component logs (src/core/deploy/logs.ts), when a device failed. */
async function addDeviceLogs(
  result: DeployResult,
  plans: TargetPlan[],
  clients: DeployClients,
  region: string,
  ctx: StepContext
): Promise<void> {
  const targets = result.targets.map(t => ({
    label: targetLabel(t.target),
    components: Object.keys(plans.find(p => p.target === t.target)?.request.components ?? {}),
    devices: t.devices
  }))
  const request = { componentName: result.componentName, region, since: result.startedAt, targets }
  const logs = await failedDeviceLogs(clients.logs, request, ctx)
  if (logs) result.logs = logs
}

interface Prepared {
  recipe: LoadedRecipe
  arn: string
  existing: DescribeComponentResponse | undefined
  canaryPlans: TargetPlan[]
  fleetPlans: TargetPlan[]
  componentCreated: boolean
}

async function versionAndPlans(
  inputs: DeployInputs & { accountId: string },
  asked: Asked,
  first: LoadedRecipe,
  file: DeploymentFile,
  targets: { canary: Target[]; fleet: Target[] },
  options: DeployOptions
): Promise<Prepared> {
  const { gg, ctx } = asked
  let recipe = first
  for (let attempt = 1; ; attempt++) {
    try {
      const arn = componentArn(inputs.region, inputs.accountId, recipe.name, recipe.version)
      const existing = await inspectComponent(gg, ctx, arn, recipe)
      const current = recipe
      const plan = (target: Target) => planTarget(asked, inputs, target, current, file)
      const canaryPlans = await mapLimit(targets.canary, CREATE_CONCURRENCY, plan)
      const fleetPlans = await mapLimit(targets.fleet, CREATE_CONCURRENCY, plan)
      const componentCreated =
        !inputs.dryRun && !existing ? await createComponent(gg, ctx, arn, recipe) : false
      return { recipe, arn, existing, canaryPlans, fleetPlans, componentCreated }
    } catch (error) {
      if (!(error instanceof VersionTaken)) throw error
      recipe = await takeNextVersion(error, attempt, recipe, options, ctx)
    }
  }
}
