// The plan: the deployment file and targets checked without AWS, then for each target the
// deployment to create (its current one with only our component changed), or none.
import {
  GetDeploymentCommand,
  ListDeploymentsCommand,
  type Deployment,
  type GetDeploymentResponse,
  type GreengrassV2Client
} from '@aws-sdk/client-greengrassv2'
import { readDeploymentFile, type DeploymentFile } from './deployment-file.js'
import { sameData } from '../shared/data.js'
import { allPages } from '../shared/pages.js'
import { ConfigurationError } from '../shared/errors.js'
import { failedOf, JobWatch } from './fleet.js'
import { foreignTargets, sameTarget, targetArn, targetLabel } from '../target-names.js'
import { type DeployInputs, type Target } from '../config.js'
import type { Reporter, StepContext } from '../shared/report.js'
import type { TargetSource } from '../targets.js'
import { call } from './calls.js'
import { mergeDeployment, mergedPolicies, pruneEmpty } from './merge.js'
import { FAILED, SMALL_GROUP, verdictOf } from './devices.js'
import { canaryNeedsFleet, canaryNeedsWait, rollbackNeedsWait } from './rules.js'
import type { Asked, DeploymentPlan, LoadedRecipe, TargetPlan } from './types.js'
/**
 * The deployment file and the targets, checked without AWS: the pipeline calls it before it
 * builds anything, so that a mistake in them changes nothing anywhere.
 */
export async function deploymentPlan(
  inputs: DeployInputs & { accountId?: string },
  reporter?: Reporter
): Promise<DeploymentPlan> {
  const file = await readDeploymentFile(inputs.deployment, reporter)
  const targets = inputs.targets ?? file.targets
  if (targets.length === 0) {
    throw new ConfigurationError(
      `No targets: set the 'targets' input, or list targets in the deployment file ${inputs.deployment} (targets: [thinggroup/<name>, <thing name>]).`,
      'targets'
    )
  }
  const canary = inputs.canary ?? []
  const foreign = foreignTargets([...targets, ...canary], inputs.region, inputs.accountId)
  if (foreign.length > 0) throw new ConfigurationError(foreign.join('\n'), 'targets')
  const fleet = targets.filter(t => !canary.some(c => sameTarget(c, t)))
  // The rules' owner is rules.ts; the input parser reports them too. A dry run is not exempt.
  const canaries = canary.length
  const problem =
    canaryNeedsFleet({ canaries, fleet: fleet.length, fromFile: !inputs.targets }) ??
    canaryNeedsWait({ canaries, wait: inputs.wait })
  if (problem) throw new ConfigurationError(problem, 'canary')
  const rollbackProblem = rollbackNeedsWait({
    rollback: inputs.rollback ?? false,
    wait: inputs.wait
  })
  if (rollbackProblem) throw new ConfigurationError(rollbackProblem, 'rollback')
  return { file, targets, canary, fleet }
}

/** The targets with where the user named them: the input, or the deployment file. */
export function targetSources(
  inputs: Pick<DeployInputs, 'targets' | 'deployment'>,
  plan: Pick<DeploymentPlan, 'canary' | 'fleet'>
): TargetSource[] {
  return [
    { targets: plan.canary, source: "input 'canary'", subject: 'canary' },
    {
      targets: plan.fleet,
      source: inputs.targets ? "input 'targets'" : `the deployment file ${inputs.deployment}`,
      subject: inputs.targets ? 'targets' : 'deployment'
    }
  ]
}

async function latestDeployment(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string
): Promise<Deployment | undefined> {
  const all = await allPages(
    nextToken =>
      call(ctx, `ListDeployments ${arn}`, () =>
        gg.send(
          new ListDeploymentsCommand({ targetArn: arn, historyFilter: 'LATEST_ONLY', nextToken })
        )
      ),
    page => page.deployments
  )
  const ours = all.filter(d => d.deploymentId && (!d.targetArn || d.targetArn === arn))
  const time = (d: Deployment) => d.creationTimestamp?.getTime() ?? 0
  // LATEST_ONLY gives the latest revision per target; prefer what the API marks as latest,
  // then the newest.
  return ours.sort(
    (a, b) =>
      Number(b.isLatestForTarget ?? false) - Number(a.isLatestForTarget ?? false) ||
      time(b) - time(a)
  )[0]
}

export async function planTarget(
  asked: Asked,
  inputs: DeployInputs & { accountId: string },
  target: Target,
  recipe: LoadedRecipe,
  file: DeploymentFile
): Promise<TargetPlan> {
  const { gg, ctx } = asked
  const arn = targetArn(target, inputs.region, inputs.accountId)
  const label = targetLabel(target)
  const latest = await latestDeployment(gg, ctx, arn)
  const previous = latest
    ? await call(ctx, `GetDeployment ${latest.deploymentId}`, () =>
        gg.send(new GetDeploymentCommand({ deploymentId: latest.deploymentId }))
      )
    : undefined
  const ours = { componentName: recipe.name, componentVersion: recipe.version }
  const request = mergeDeployment(previous, ours, file)

  const before = previous?.components?.[recipe.name]
  if (before?.configurationUpdate) {
    ctx.reporter.warning(
      `${label}: the current deployment sets a configurationUpdate for ${recipe.name} (${JSON.stringify(before.configurationUpdate)}); the new deployment drops it so that the recipe's DefaultConfiguration applies. Put lasting values in the recipe (or the variables input).`
    )
  }
  if (
    request.deploymentPolicies.failureHandlingPolicy === 'DO_NOTHING' &&
    file.deploymentPolicies?.failureHandlingPolicy === undefined
  ) {
    ctx.reporter.warning(
      `${label}: the current deployment ${previous?.deploymentId} sets failureHandlingPolicy DO_NOTHING, and the deployment file does not say otherwise, so it is kept: a device that fails to run the new version keeps the broken component. Set deploymentPolicies.failureHandlingPolicy: ROLLBACK in ${inputs.deployment}.`
    )
  }
  // A failed or cancelled deployment is redeployed even when identical: a rerun is how a
  // user retries it.
  const reusable =
    previous?.deploymentStatus === 'ACTIVE' || previous?.deploymentStatus === 'COMPLETED'
  const same =
    reusable &&
    sameData(previous?.components ?? {}, request.components) &&
    sameData(mergedPolicies(previous, undefined), request.deploymentPolicies) &&
    sameData(
      pruneEmpty(previous?.iotJobConfiguration ?? {}) ?? {},
      request.iotJobConfiguration ?? {}
    )
  // A group's deployment stays ACTIVE when some of its devices failed it, so it is only
  // reused when none did: otherwise the rerun after fixing a device would wait on the old
  // failure forever instead of giving the devices the deployment again.
  const failedOn =
    same && target.kind === 'thinggroup'
      ? await groupFailures(asked, target.name, previous!)
      : undefined
  const unchanged = same && !failedOn

  if (failedOn) {
    ctx.reporter.info(
      `${label}: the latest deployment ${previous!.deploymentId} already has ${recipe.name} ${recipe.version}, but ${failedOn}; deploying it again.`
    )
  } else if (!previous) {
    ctx.reporter.info(`${label}: no deployment yet; the new one has only ${recipe.name}.`)
  } else if (unchanged) {
    ctx.reporter.info(
      `${label}: the latest deployment ${previous.deploymentId} already has ${recipe.name} ${recipe.version} and the same policies; no new deployment.`
    )
  } else {
    const others = Object.entries(request.components)
      .filter(([name]) => name !== recipe.name)
      .map(([name, spec]) => `${name} ${spec.componentVersion}`)
    ctx.reporter.info(
      `${label}: ${recipe.name} ${before?.componentVersion ?? '(new)'} → ${recipe.version}, based on deployment ${previous.deploymentId}; keeps ${others.length ? others.join(', ') : 'no other component'}.`
    )
  }
  return { target, targetArn: arn, previous, request, unchanged, retried: Boolean(failedOn) }
}

/** Which of a group's devices failed its deployment, in words; undefined when none did. */
async function groupFailures(
  asked: Asked,
  groupName: string,
  deployment: GetDeploymentResponse
): Promise<string | undefined> {
  const group = await asked.devicesOf(groupName)
  if (group.more || group.names.length > SMALL_GROUP) {
    // Too many to ask one by one: the deployment's IoT job keeps the count.
    if (!deployment.iotJobId) return undefined
    const job = new JobWatch(asked.iot, asked.ctx, deployment.iotJobId)
    await job.poll()
    const failed = job.counts ? failedOf(job.counts) : 0
    if (job.status === 'CANCELED') return `its IoT job ${deployment.iotJobId} was canceled`
    return failed > 0 ? `${failed} of its devices failed it` : undefined
  }
  const failed: string[] = []
  for (const thingName of group.names) {
    const v = await verdictOf(asked.gg, asked.ctx, thingName, deployment.deploymentId!)
    if (FAILED.has(v.status)) failed.push(`${thingName} (${v.status})`)
  }
  return failed.length > 0 ? `${failed.join(', ')} failed it` : undefined
}
