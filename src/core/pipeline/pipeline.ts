// The whole pipeline in one process: build-push → render-recipe → attach-policy → deploy →
// smoke, sharing one set of clients and handing each step's results to the next as values.
// With dry-run every step plans instead of acting: read-only calls at most.
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { policyArn, roleArn } from '../arns.js'
import { registryOf } from '../registry.js'
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { ECRClient } from '@aws-sdk/client-ecr'
import { GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
import { IAMClient } from '@aws-sdk/client-iam'
import { IoTClient } from '@aws-sdk/client-iot'
import { STSClient } from '@aws-sdk/client-sts'
import { resolveAccountId } from '../account.js'
import { clientConfig, queryClientConfig } from '../shared/aws.js'
import { DRY_RUN_DIGEST, buildPush, type BuildPushResult } from '../build/build-push.js'
import {
  deploy,
  deploymentPlan,
  rollBackTargets,
  targetSources,
  targetsWithDevices,
  type DeploymentPlan,
  type DeployResult,
  type TargetResult
} from '../deploy/deploy.js'
import type { PipelineInputs } from '../config.js'
import {
  attachPolicy,
  checkRole,
  policyDocument,
  type PolicyResult
} from '../policy/attach-policy.js'
import {
  prepareRecipe,
  renderRecipe,
  type PreparedRecipe,
  type RenderResult
} from '../recipe/render-recipe.js'
import { MemoryReporter, type StepContext } from '../shared/report.js'
import { smokeFailures, unchangedTargets } from '../smoke/verdict.js'
import { smoke, type SmokeResult } from '../smoke/smoke.js'
import { scanGate, type ScanResult } from '../build/scan.js'
import { checkTargets } from '../targets.js'
import { checkTable, defaultPolicyVersion, restorePolicy, type PolicyRestore } from './release.js'
import { prune, type PruneResult } from '../prune/prune.js'

export interface PipelineClients {
  sts: STSClient
  ecr: ECRClient
  greengrass: GreengrassV2Client
  iam: IAMClient
  dynamodb: DynamoDBClient
  iot: IoTClient
  /** Reads a failed device's component log (deploy); without it, it is not read. */
  logs?: CloudWatchLogsClient
}

export function pipelineClients(region: string): PipelineClients {
  const config = clientConfig(region)
  return {
    sts: new STSClient(config),
    ecr: new ECRClient(config),
    greengrass: new GreengrassV2Client(config),
    iam: new IAMClient(config),
    dynamodb: new DynamoDBClient(queryClientConfig(region)),
    iot: new IoTClient(config),
    logs: new CloudWatchLogsClient(config)
  }
}

/** The steps' results as far as the pipeline got. */
export type PipelineProgress = Pick<PipelineResult, 'dryRun' | 'accountId' | 'region'> &
  Partial<Pick<PipelineResult, 'build' | 'render' | 'policy' | 'deploy'>>

export interface PipelineResult {
  dryRun: boolean
  accountId: string
  region: string
  build: BuildPushResult
  render: RenderResult
  policy: PolicyResult
  deploy: DeployResult
  /** The scan gate's verdict; absent with scan-threshold none. */
  scan?: ScanResult
  /** Absent when the smoke check did not run, with the reason in smokeSkipped. */
  smoke?: SmokeResult
  smokeSkipped?: string
  /** After a rollback: what became of the device policy's new version. */
  policyRestore?: PolicyRestore
  /** With the prune input, after a successful deployment and smoke check. */
  prune?: PruneResult
}

/** Where the pipeline stopped (the step's title) and what it had done before that step. */
export interface PipelineStop {
  step: string
  progress: PipelineProgress
}

const STOP = Symbol('pipeline stop')

/**
 * Gives an error where the pipeline stopped, as data: the doors say what was done before it
 * (the job summary of a run that failed halfway). An error keeps the first stop it is given.
 */
export function withStop<E>(error: E, stop: PipelineStop): E {
  if (typeof error === 'object' && error !== null && stopOf(error) === undefined) {
    Object.defineProperty(error, STOP, { value: stop, enumerable: false })
  }
  return error
}

/** Where the pipeline stopped, when the error stopped it. */
export function stopOf(error: unknown): PipelineStop | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  return (error as { [STOP]?: PipelineStop })[STOP]
}

export interface PipelineOptions {
  /**
   * Called as each step starts, with what was done before it (kept up to date as the
   * pipeline goes on): what an interruption (SIGINT, SIGTERM) reports, see interrupt.ts.
   */
  onStep?: (stop: PipelineStop) => void
}

/** Where the pipeline writes the rendered recipe (relative to the working directory). */
export const RENDERED_RECIPE = 'build/recipe.yaml'

export async function runPipeline(
  inputs: PipelineInputs,
  clients: PipelineClients,
  ctx: StepContext,
  options: PipelineOptions = {}
): Promise<PipelineResult> {
  const { region, dryRun } = inputs
  const { reporter } = ctx
  const accountId = await resolveAccountId(inputs.accountId, clients.sts, ctx)
  const common = { region, accountId }
  // What is done so far: a step that throws leaves the job summary of the steps before it.
  const done: PipelineProgress = { dryRun, accountId, region }
  let checked: Preflight
  try {
    checked = await preflight(inputs, common, clients, ctx)
  } catch (error) {
    throw withStop(error, { step: 'the checks before any change', progress: done })
  }
  if (dryRun) reporter.info('Dry run: planning only; no call that changes anything is made.')

  const step = async <T>(title: string, fn: () => Promise<T>): Promise<T> => {
    // An interruption (SIGINT, SIGTERM) reports the same, see interrupt.ts.
    options.onStep?.({ step: title, progress: done })
    try {
      return await reporter.group(title, fn)
    } catch (error) {
      throw withStop(error, { step: title, progress: done })
    }
  }

  const build = await step('1/5 Build and push the image', () =>
    buildPush({ ...common, ...inputs.build }, { ecr: clients.ecr }, ctx, { dryRun })
  )
  done.build = build
  // Before anything else is made or changed: a refused image leaves only itself behind.
  const scan =
    inputs.scanThreshold === 'none'
      ? undefined
      : await step('Image scan', () =>
          scanGate(
            {
              threshold: inputs.scanThreshold,
              accountId,
              repository: build.repository,
              imageDigest: build.imageDigest,
              reused: build.reused,
              dryRun
            },
            { ecr: clients.ecr },
            ctx
          )
        )
  const renderInputs = {
    ...common,
    ...inputs.render,
    imageUri: build.imageUri,
    output: RENDERED_RECIPE
  }
  // The template is prepared once for the image built: the preflight's, when it is the same
  // image (a dry run), else once more with the image's URI, for the render and a next version.
  let template: PreparedRecipe | undefined
  const render = await step('2/5 Render the recipe', async () => {
    const sameImage = checked.recipe.imageUri === build.imageUri
    template = sameImage ? checked.recipe.recipe : await prepareRecipe(renderInputs, reporter)
    const notes = sameImage ? checked.recipe.notes : undefined
    return renderRecipe(renderInputs, { greengrass: clients.greengrass }, ctx, {
      prepared: { recipe: template, ...(notes ? { notes } : {}) }
    })
  })
  // The plan shows what would be deployed: the whole rendered recipe.
  if (dryRun) reporter.info(`The rendered recipe:\n${render.recipe}`)
  done.render = render
  // The default version the devices run with now: a rollback of every target restores it.
  const policyBefore = dryRun
    ? undefined
    : await defaultPolicyVersion(
        clients.iam,
        ctx,
        policyArn(region, accountId, inputs.policy.policyName)
      )
  const policy = await step('3/5 Device policy', () =>
    attachPolicy({ ...common, ...inputs.policy, dryRun }, { iam: clients.iam }, ctx, {
      document: checked.policyDocument,
      role: checked.role
    })
  )
  // With component-version auto, deploy takes the next version when a concurrent run took
  // this one with another recipe: the template rendered again, with the same image.
  let componentVersion = render.componentVersion
  const again = render.explicit || dryRun ? undefined : template
  const nextVersion = again
    ? (version: string) => {
        const rendered = again.render(again.componentName, version)
        again.check(rendered)
        componentVersion = version
        return rendered.text
      }
    : undefined
  // With canary targets, the canary's devices are smoke-checked before the fleet is touched.
  const smokeOn = !dryRun && inputs.smoke && inputs.deploy.wait
  const smokeCheck = (targets: TargetResult[], since: string) =>
    smoke(
      {
        region,
        tableName: inputs.policy.tableName,
        targets: targets.map(t => t.target),
        since: new Date(since),
        timeoutSeconds: inputs.smokeTimeoutSeconds,
        concurrency: inputs.smokeConcurrency,
        componentVersion,
        unchangedTargets: unchangedTargets({ targets })
      },
      { dynamodb: clients.dynamodb, iot: clients.iot, greengrass: clients.greengrass },
      ctx
    )
  let canarySmoke: SmokeResult | undefined
  const deployClients = { greengrass: clients.greengrass, iot: clients.iot, logs: clients.logs }
  done.policy = policy
  const deployed: DeployResult = await step('4/5 Deploy', () =>
    deploy(
      { ...common, ...inputs.deploy, recipePath: render.recipePath, dryRun },
      deployClients,
      ctx,
      {
        recipeText: render.recipe,
        targetsChecked: true,
        plan: checked.plan,
        ...(nextVersion ? { nextVersion } : {}),
        ...(smokeOn
          ? {
              checkCanary: async (canary: TargetResult[], startedAt: string) => {
                reporter.info('Smoke check of the canary:')
                const checked = await smokeCheck(canary, startedAt)
                canarySmoke = checked
                return { failures: smokeFailures(checked), missing: checked.missing }
              }
            }
          : {})
      }
    )
  )
  const result: PipelineResult = {
    dryRun,
    accountId,
    region,
    build,
    render: { ...render, componentVersion },
    policy,
    deploy: deployed,
    ...(scan ? { scan } : {})
  }
  const restore = async () => {
    if (result.policyRestore?.restoredVersion) return
    const restored = await restorePolicy(clients.iam, ctx, deployed, policy, policyBefore)
    if (restored) result.policyRestore = restored
  }
  await restore()
  const skipped = smokeSkipReason(inputs, deployed)
  // Pruning runs only after a verdict of success: with wait off or a failure, the versions in
  // use are not yet known to be the ones that stay.
  const pruneAfter = async (ok: boolean): Promise<PipelineResult> => {
    if (!ok || !inputs.prune || dryRun) return result
    result.prune = await step('Prune', () =>
      prune(
        {
          ...common,
          componentName: deployed.componentName,
          repository: inputs.build.repository,
          keep: inputs.keep ?? 5,
          dryRun
        },
        clients,
        ctx
      )
    )
    return result
  }
  if (skipped) {
    result.smokeSkipped = skipped
    if (canarySmoke) result.smoke = canarySmoke
    const deployedWell = inputs.deploy.wait && deployed.failures.length === 0 && !deployed.stopped
    return pruneAfter(skipped === 'smoke: false' && deployedWell)
  }
  const fleet = deployed.targets.filter(t => t.stage !== 'canary')
  done.deploy = deployed
  const fleetSmoke = await step('5/5 Smoke check', () =>
    smokeCheck(fleet, deployed.fleetStartedAt ?? deployed.startedAt)
  )
  result.smoke = mergeSmoke(canarySmoke, fleetSmoke)
  if (fleetSmoke.missing.length > 0 && inputs.deploy.rollback) {
    await step('Rollback', () =>
      rollBackTargets(
        inputs.deploy,
        deployClients,
        ctx,
        deployed,
        targetsWithDevices(fleet, fleetSmoke.missing),
        'its smoke check failed'
      )
    )
    await restore()
  }
  return pruneAfter(fleetSmoke.missing.length === 0 && smokeFailures(result.smoke).length === 0)
}

/**
 * The files the user keeps (recipe and policy templates, the deployment file), the targets
 * (read-only IoT DescribeThing / DescribeThingGroup, Greengrass GetCoreDevice) and the device
 * role (read-only GetRole), checked before anything is built, created or changed: a mistake
 * in any of them fails the run with nothing done. What the files would warn about, each step
 * says in its turn (from the notes kept here); the targets' warnings come from here, as deploy
 * does not look again. What it prepared is returned, for the steps to use instead of doing it
 * again.
 */
async function preflight(
  inputs: PipelineInputs,
  common: { region: string; accountId: string },
  clients: Pick<PipelineClients, 'iam' | 'iot' | 'greengrass' | 'dynamodb'>,
  ctx: StepContext
): Promise<Preflight> {
  const registry = registryOf(inputs.build.registry, common.accountId, common.region).host
  const imageUri = `${registry}/${inputs.render.repository}@${DRY_RUN_DIGEST}`
  const recipeNotes = new MemoryReporter()
  const recipe = await prepareRecipe(
    { ...common, ...inputs.render, imageUri, output: RENDERED_RECIPE },
    recipeNotes
  )
  const policyDocumentText = await policyDocument({
    ...common,
    ...inputs.policy,
    dryRun: inputs.dryRun
  })
  const planNotes = new MemoryReporter()
  const plan = await deploymentPlan(
    { ...common, ...inputs.deploy, recipePath: RENDERED_RECIPE, dryRun: inputs.dryRun },
    planNotes
  )
  await checkTargets(targetSources(inputs.deploy, plan), common, clients, ctx)
  // The table the release's devices write to: a mistyped table-name stops here.
  await checkTable(clients.dynamodb, ctx, { ...common, tableName: inputs.policy.tableName })
  const { roleName } = inputs.policy
  const role = roleArn(common.region, common.accountId, roleName)
  const roleNotes = new MemoryReporter()
  await checkRole(clients.iam, { ...ctx, reporter: roleNotes }, roleName, role)
  return {
    account: common.accountId,
    recipe: { recipe, imageUri, notes: recipeNotes },
    policyDocument: policyDocumentText,
    plan: { plan, notes: planNotes },
    role: { roleArn: role, notes: roleNotes }
  }
}

/** What the preflight prepared, each with what preparing it reported (said again by the
 * step that would have done it). */
export interface Preflight {
  account: string
  /** The recipe template, prepared for the image URI the build will have in a dry run. */
  recipe: { recipe: PreparedRecipe; imageUri: string; notes: MemoryReporter }
  /** The device policy, rendered. */
  policyDocument: string
  plan: { plan: DeploymentPlan; notes: MemoryReporter }
  /** The device role, checked (GetRole). */
  role: { roleArn: string; notes: MemoryReporter }
}

/** The canary's smoke check and the fleet's, as one. */
function mergeSmoke(first: SmokeResult | undefined, second: SmokeResult): SmokeResult {
  if (!first) return second
  return {
    devices: { ...first.devices, ...second.devices },
    missing: [...first.missing, ...second.missing],
    items: { ...first.items, ...second.items },
    reasons: { ...first.reasons, ...second.reasons },
    tableName: second.tableName,
    since: first.since,
    emptyGroups: [...first.emptyGroups, ...second.emptyGroups],
    skipped: [...(first.skipped ?? []), ...(second.skipped ?? [])]
  }
}

function smokeSkipReason(inputs: PipelineInputs, deployed: DeployResult): string | undefined {
  if (inputs.dryRun) return 'dry run'
  if (!inputs.smoke) return 'smoke: false'
  if (!inputs.deploy.wait) return 'wait: false (the devices had not reported yet)'
  if (deployed.failures.length > 0) return 'the deployment failed'
  if (deployed.stopped) return deployed.stopped
  return undefined
}
