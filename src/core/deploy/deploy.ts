// The deploy step: publish the rendered recipe as a component version (once: versions are
// immutable), then give every target a deployment that is its current one with only this
// component changed (a deployment replaces the target's previous one, and whatever it leaves
// out is removed from the devices), and wait for each device's own verdict.
//
// Everything a user can get wrong is checked with read-only calls first, so that a bad
// recipe, file or target never leaves half a deployment behind; and every create carries a
// content-derived client token, so that a rerun after a lost response creates nothing twice.
import { readInputFile } from '../shared/files.js'
import { createHash } from 'node:crypto'
import * as semver from 'semver'
import {
  CreateComponentVersionCommand,
  CreateDeploymentCommand,
  DescribeComponentCommand,
  GetComponentCommand,
  GetDeploymentCommand,
  ListDeploymentsCommand,
  ListEffectiveDeploymentsCommand,
  ListInstalledComponentsCommand,
  type ComponentDeploymentSpecification,
  type CreateDeploymentRequest,
  type DeploymentIoTJobConfiguration,
  type DeploymentPolicies,
  type DescribeComponentResponse,
  type Deployment,
  type EffectiveDeployment,
  type GetDeploymentResponse,
  type InstalledComponent,
  type GreengrassV2Client
} from '@aws-sdk/client-greengrassv2'
import type { IoTClient } from '@aws-sdk/client-iot'
import { componentVersionArn } from '../arns.js'
import { readDeploymentFile, type DeploymentFile } from './deployment-file.js'
import { canonicalJson, sameData } from '../shared/data.js'
import {
  awsErrorName,
  ConfigurationError,
  errorMessage,
  httpStatus,
  StepFailure,
  awsFailure
} from '../shared/errors.js'
import {
  countsText,
  failedOf,
  JobWatch,
  LISTED_FAILURES,
  mapLimit,
  pastThreshold,
  pendingOf,
  percentText,
  totalOf,
  type JobCounts
} from './fleet.js'
import {
  foreignTargets,
  sameTarget,
  targetArn,
  targetLabel,
  type DeployInputs,
  type Target
} from '../../interface/inputs.js'
import { field, parseRecipe, recipeDifference, type Recipe } from '../recipe/render-recipe.js'
import type { Reporter, StepContext } from '../shared/report.js'
import { isThrottling, withRetry } from '../shared/retry.js'
import {
  checkTargets,
  coreMembers,
  groupMembers,
  type SkippedMember,
  type TargetSource
} from '../targets.js'

export interface DeviceVerdict {
  thingName: string
  /** coreDeviceExecutionStatus (COMPLETED, SUCCEEDED, FAILED, TIMED_OUT, REJECTED, CANCELED,
   * IN_PROGRESS, QUEUED), PENDING before the device reports, or TIMED_OUT (waited Ns). */
  status: string
  /** The device's reason, error stack and error types, joined. */
  reason?: string
  ok: boolean
}

export interface TargetResult {
  target: Target
  targetArn: string
  deploymentId?: string
  /** The latest deployment already had exactly this component set: no new deployment. */
  unchanged: boolean
  /** Deployed again as it was, because some of the target's devices failed it: the ones
   * that did not fail still run this version and do not restart it (no new item). */
  retried?: boolean
  previousDeploymentId?: string
  /** Devices that already ran this component version (through another target) before this
   * run: they do not restart it, so they write no new item. */
  alreadyRunning: string[]
  devices: DeviceVerdict[]
  /** A group's members that are not core devices: not waited for, not smoke-checked. */
  skipped?: SkippedMember[]
  /** `unknown`: the devices' status could not be read (throttling, errors) before the
   * deadline. Never `failed`: a release is not judged, nor rolled back, on what we could not
   * read. */
  status:
    'succeeded' | 'failed' | 'timed-out' | 'unknown' | 'not-waited' | 'planned' | 'not-deployed'
  /** With canary targets: which stage deployed it. */
  stage?: 'canary' | 'fleet'
  /** A large group, watched through its IoT job: the aggregate counts; `devices` then lists
   * only the failed ones listed (at most LISTED_FAILURES). */
  counts?: JobCounts
  jobId?: string
  /** The job was CANCELED by its abort criteria. */
  aborted?: boolean
  rollback?: RollbackResult
}

export interface RollbackResult {
  /** The deployment whose component set was redeployed; absent when there was none. */
  toDeploymentId?: string
  /** The new deployment that restores it. */
  deploymentId?: string
  /** "com.example.AccessDynamoDb 1.0.3, aws.greengrass.Cli 2.12.6" */
  components?: string
  status: 'succeeded' | 'failed' | 'timed-out' | 'impossible'
  /** What happened, as the summary says it. */
  message: string
}

export interface DeployResult {
  componentName: string
  componentVersion: string
  componentArn: string
  componentCreated: boolean
  /** ISO 8601 UTC, taken before the first deployment is created. */
  startedAt: string
  targets: TargetResult[]
  /** One line per failed device or target, naming the thing, status and reason. */
  failures: string[]
  /** With canary targets: why the fleet targets were not deployed. */
  stopped?: string
  /** When the fleet stage started (with canary targets); the smoke check of the fleet counts
   * items from it. */
  fleetStartedAt?: string
}

export type DeployClients = { greengrass: GreengrassV2Client; iot: IoTClient }

export interface DeployOptions {
  recipeText?: string
  /** With canary targets: checks the canary stage once its devices succeeded (the pipeline's
   * smoke check); failures stop the rollout before the fleet (the caller reports them),
   * `missing` names the devices that failed it. */
  checkCanary?: (
    canary: TargetResult[],
    startedAt: string
  ) => Promise<{ failures: string[]; missing: string[] }>
  /** The caller (the pipeline's preflight) already looked the targets up in IoT. */
  targetsChecked?: boolean
  /** With component-version auto: the recipe rendered again with `version` (when another
   * run took the one chosen). Without it, a taken version is an error. */
  nextVersion?: (version: string) => string
}

/** CreateDeployment calls in flight at most; each thing target is its own deployment. */
export const CREATE_CONCURRENCY = 4

/** What CreateDeployment receives besides the target and the client token. */
export interface MergedDeployment {
  deploymentName: string
  components: Record<string, ComponentDeploymentSpecification>
  deploymentPolicies: DeploymentPolicies
  iotJobConfiguration?: DeploymentIoTJobConfiguration
  /** The target's deployment tags, kept: the file cannot set them, and a deployment
   * without them would drop what the operator's tagging (cost, ownership) relies on. */
  tags?: Record<string, string>
}

export function componentArn(
  region: string,
  accountId: string,
  componentName: string,
  componentVersion: string
): string {
  return componentVersionArn(region, accountId, componentName, componentVersion)
}

// The API's documented defaults, written out so that a plan shows what the devices will get
// and so that "the file changed nothing" compares like with like.
const DEFAULT_POLICIES: DeploymentPolicies = {
  failureHandlingPolicy: 'ROLLBACK',
  componentUpdatePolicy: { timeoutInSeconds: 60, action: 'NOTIFY_COMPONENTS' },
  configurationValidationPolicy: { timeoutInSeconds: 30 }
}

/**
 * The deployment to create: the target's existing deployment with only our component set to
 * our version. Other components keep their version, configurationUpdate and runWith exactly.
 * Ours keeps its runWith (how a device runs it is the operator's choice) but drops a previous
 * configurationUpdate: the rendered recipe's DefaultConfiguration is the one source of our
 * configuration, so a value set by hand in the console cannot silently outlive a change to
 * the recipe. Policies and the IoT job configuration: what the file says wins, what it leaves
 * out keeps the existing deployment's value, and the API's defaults fill the rest.
 */
export function mergeDeployment(
  existing: GetDeploymentResponse | undefined,
  ours: { componentName: string; componentVersion: string },
  file: DeploymentFile
): MergedDeployment {
  const components: Record<string, ComponentDeploymentSpecification> = {}
  for (const [name, spec] of Object.entries(existing?.components ?? {})) {
    if (name !== ours.componentName) components[name] = spec
  }
  const previous = existing?.components?.[ours.componentName]
  components[ours.componentName] = {
    componentVersion: ours.componentVersion,
    ...(previous?.runWith ? { runWith: previous.runWith } : {})
  }
  const merged: MergedDeployment = {
    deploymentName:
      file.deploymentName ??
      existing?.deploymentName ??
      `${ours.componentName} ${ours.componentVersion}`,
    components,
    deploymentPolicies: mergedPolicies(existing, file.deploymentPolicies)
  }
  const job = pruneEmpty(mergedJob(existing?.iotJobConfiguration, file.iotJobConfiguration)) as
    DeploymentIoTJobConfiguration | undefined
  if (job) merged.iotJobConfiguration = job
  if (existing?.tags && Object.keys(existing.tags).length > 0) merged.tags = existing.tags
  return merged
}

/** The IoT job configuration, the file's over the existing. rateIncreaseCriteria takes
 * exactly one of numberOfNotifiedThings or numberOfSucceededThings (the API refuses both):
 * the file's criteria replace the existing ones whole instead of merging key by key. */
function mergedJob(
  existing: DeploymentIoTJobConfiguration | undefined,
  file: DeploymentIoTJobConfiguration | undefined
): Record<string, unknown> {
  const merged = deepMerge(existing ?? {}, file ?? {})
  const criteria = file?.jobExecutionsRolloutConfig?.exponentialRate?.rateIncreaseCriteria
  const rate = (merged as DeploymentIoTJobConfiguration).jobExecutionsRolloutConfig?.exponentialRate
  if (criteria && rate) rate.rateIncreaseCriteria = { ...criteria }
  return merged
}

function mergedPolicies(
  existing: GetDeploymentResponse | undefined,
  file: DeploymentPolicies | undefined
): DeploymentPolicies {
  const base = deepMerge(DEFAULT_POLICIES, existing?.deploymentPolicies ?? {})
  return deepMerge(base, file ?? {}) as DeploymentPolicies
}

export interface DeploymentPlan {
  file: DeploymentFile
  targets: Target[]
  canary: Target[]
  /** The targets that are not canaries. */
  fleet: Target[]
}

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
  if (canary.length > 0 && fleet.length === 0) {
    throw new ConfigurationError(
      "Input 'canary' lists every target: name the canary targets in 'canary' and the rest of the fleet in 'targets' (or the deployment file).",
      'canary'
    )
  }
  if (canary.length > 0 && !inputs.wait && !inputs.dryRun) {
    throw new ConfigurationError(
      "Input 'canary' needs wait: true: the other targets are deployed only after the canary's devices succeeded.",
      'canary'
    )
  }
  return { file, targets, canary, fleet }
}

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
  const { file, canary, fleet } = await deploymentPlan(inputs, reporter)
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
  if (inputs.rollback) {
    const failed = fleetResults.filter(t => t.status === 'failed')
    await rollBack(watcher, result, failed, 'its devices failed')
  }
  return result
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

function targetResult(plan: TargetPlan, deploymentId: string | undefined): TargetResult {
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
async function runStage(
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

// ---------------------------------------------------------------------------------------
// The recipe

interface LoadedRecipe {
  name: string
  version: string
  text: string
  data: Recipe
}

async function loadRecipe(path: string, given: string | undefined): Promise<LoadedRecipe> {
  let text = given
  if (text === undefined) {
    text = await readInputFile(
      path,
      'recipe-path',
      `the rendered recipe ${path} does not exist. Run render-recipe first (its recipe-path output names the file), or point 'recipe-path' at it.`
    )
  }
  let data: Recipe
  try {
    // As YAML, which reads JSON too: the rendered recipe is either, whatever the file's name.
    data = parseRecipe(text, path, 'yaml')
  } catch (error) {
    throw new ConfigurationError(
      `Input 'recipe-path': ${errorMessage(error).split('\n')[0]} Deploy the recipe render-recipe wrote: run render-recipe first (its recipe-path output names the file), and point 'recipe-path' at it.`,
      'recipe-path'
    )
  }
  const stringField = (key: string): string | undefined => {
    const value = field(data, key)
    return typeof value === 'string' && value ? value : undefined
  }
  const name = stringField('ComponentName')
  const version = stringField('ComponentVersion')
  if (!name || !version) {
    throw new ConfigurationError(
      `${path}: the recipe has no ${name ? 'ComponentVersion' : 'ComponentName'}; render it with render-recipe, which fills both.`,
      'recipe-path'
    )
  }
  return { name, version, text, data }
}

function token(...parts: string[]): string {
  // sha256 in hex is 64 characters: exactly the API's limit, and within ^[a-zA-Z0-9-]+$.
  return createHash('sha256').update(parts.join('\n')).digest('hex')
}

// ---------------------------------------------------------------------------------------
// The component version

async function call<T>(ctx: StepContext, what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await withRetry(ctx, what, fn)
  } catch (error) {
    throw asFailure(what, error)
  }
}

/** `what` is the Greengrass action and what it was called on: `GetComponent <arn>`. */
function asFailure(what: string, error: unknown): Error {
  const [action, ...on] = what.split(' ')
  return awsFailure(error, {
    action: `greengrass:${action}`,
    resource: on.join(' ').replace(/^for /, '') || '*'
  })
}

async function describe(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string
): Promise<DescribeComponentResponse | undefined> {
  try {
    return await withRetry(ctx, 'DescribeComponent', () =>
      gg.send(new DescribeComponentCommand({ arn }))
    )
  } catch (error) {
    if (awsErrorName(error) === 'ResourceNotFoundException') return undefined
    throw asFailure(`DescribeComponent ${arn}`, error)
  }
}

/** The existing version, after checking it has our recipe; undefined when there is none. */
async function inspectComponent(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string,
  recipe: LoadedRecipe
): Promise<DescribeComponentResponse | undefined> {
  const found = await describe(gg, ctx, arn)
  if (found) await checkSameRecipe(gg, ctx, arn, recipe)
  return found
}

async function checkSameRecipe(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string,
  recipe: LoadedRecipe,
  raced = false
): Promise<void> {
  const stored = await call(ctx, `GetComponent ${arn}`, () =>
    gg.send(new GetComponentCommand({ arn, recipeOutputFormat: 'YAML' }))
  )
  let theirs: Recipe | undefined
  try {
    theirs = parseRecipe(new TextDecoder().decode(stored.recipe ?? new Uint8Array()), arn, 'yaml')
  } catch {
    theirs = undefined
  }
  // Greengrass adds a Digest and Algorithm to artifacts in the recipe it stores: not ours to
  // compare.
  const difference = recipeDifference(theirs, recipe.data)
  if (difference === undefined) {
    ctx.reporter.info(
      `Component ${recipe.name} ${recipe.version} already exists with the same recipe; reusing it.`
    )
    return
  }
  throw new VersionTaken(recipe.version, difference, raced)
}

/** The component version exists with another recipe. `raced`: it did not exist when this
 * run looked, so another run created it at the same time. */
class VersionTaken extends Error {
  constructor(
    readonly version: string,
    readonly difference: string,
    readonly raced: boolean
  ) {
    super(`version ${version} exists with a different recipe (first difference at ${difference})`)
  }
}

/** Attempts at a component version when concurrent runs with auto keep taking it. */
export const VERSION_ATTEMPTS = 3

/**
 * After VersionTaken: with auto (the caller can render the recipe again), the next patch
 * version; otherwise the error for the user. A version that existed before this run is the
 * user's to bump (exit 2); one a concurrent run created just now is not bad input (exit 1).
 */
async function takeNextVersion(
  taken: VersionTaken,
  attempt: number,
  recipe: LoadedRecipe,
  options: DeployOptions,
  ctx: StepContext
): Promise<LoadedRecipe> {
  const what = `Component ${recipe.name} version ${taken.version}`
  if (!options.nextVersion) {
    if (!taken.raced) {
      throw new ConfigurationError(
        `${what} already exists with a different recipe (first difference at ${taken.difference}): versions are immutable; bump component-version (or use auto).`,
        'component-version'
      )
    }
    throw new StepFailure(
      `${what} was created by another run at the same time, with a different recipe (first difference at ${taken.difference}). Nothing of this run was deployed. Rerun after the other run: with component-version auto this run takes the next version; with an explicit version, choose one the other run did not take.`
    )
  }
  if (attempt >= VERSION_ATTEMPTS) {
    throw new StepFailure(
      `${what}: concurrent runs took ${attempt} versions in a row, each with a different recipe. Nothing of this run was deployed; rerun once the other runs are done.`
    )
  }
  const version = semver.inc(taken.version, 'patch')!
  ctx.reporter.warning(
    `${what} was taken by another run with a different recipe (first difference at ${taken.difference}); taking ${version}.`
  )
  return loadRecipe(`${recipe.name} ${version}`, options.nextVersion(version))
}

async function createComponent(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string,
  recipe: LoadedRecipe
): Promise<boolean> {
  try {
    await withRetry(ctx, 'CreateComponentVersion', () =>
      gg.send(
        new CreateComponentVersionCommand({
          inlineRecipe: new TextEncoder().encode(recipe.text),
          clientToken: token(recipe.name, recipe.version, recipe.text)
        })
      )
    )
    ctx.reporter.info(`Created component ${recipe.name} ${recipe.version}.`)
    return true
  } catch (error) {
    // Someone (a concurrent run) created it between our look and our create: fine if it is
    // the same recipe, the version-conflict error otherwise.
    if (awsErrorName(error) !== 'ConflictException') {
      throw asFailure(`CreateComponentVersion ${recipe.name} ${recipe.version}`, error)
    }
    await checkSameRecipe(gg, ctx, arn, recipe, true)
    return false
  }
}

async function waitDeployable(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string,
  recipe: LoadedRecipe,
  deadline: number,
  known: DescribeComponentResponse | undefined
): Promise<void> {
  const what = `Component ${recipe.name} ${recipe.version}`
  // A new version is usually DEPLOYABLE within a second or two: look soon, then back off.
  let delay = 500
  let current = known ?? (await describe(gg, ctx, arn))
  for (;;) {
    const status = current?.status
    const state = status?.componentState
    if (state === 'DEPLOYABLE') return
    if (state === 'DEPRECATED') {
      ctx.reporter.warning(`${what} is DEPRECATED; deploying it anyway.`)
      return
    }
    if (state === 'FAILED') {
      const errors = Object.entries(status?.errors ?? {}).map(([k, v]) => `${k}: ${v}`)
      throw new StepFailure(
        `${what} failed to register: ${status?.message ?? 'no message'}${errors.length ? ` (${errors.join('; ')})` : ''}. Fix the recipe and publish it under a new component-version: a version cannot be replaced.`
      )
    }
    const remaining = deadline - ctx.clock.now().getTime()
    if (remaining <= 0) {
      throw new StepFailure(
        `${what} is still ${state ?? 'not visible'} after the wait-timeout; rerun later (the version is kept), or raise wait-timeout.`
      )
    }
    ctx.reporter.info(`${what} is ${state ?? 'being registered'}; waiting for DEPLOYABLE.`)
    await ctx.clock.sleep(Math.min(delay, remaining))
    delay = Math.min(delay * 2, 10_000)
    current = await describe(gg, ctx, arn)
  }
}

// ---------------------------------------------------------------------------------------
// Planning a target

interface TargetPlan {
  target: Target
  targetArn: string
  previous?: GetDeploymentResponse
  request: MergedDeployment
  unchanged: boolean
  retried: boolean
  stage?: 'canary' | 'fleet'
}

async function latestDeployment(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string
): Promise<Deployment | undefined> {
  const all: Deployment[] = []
  let nextToken: string | undefined
  do {
    const page = await call(ctx, `ListDeployments ${arn}`, () =>
      gg.send(
        new ListDeploymentsCommand({ targetArn: arn, historyFilter: 'LATEST_ONLY', nextToken })
      )
    )
    all.push(...(page.deployments ?? []))
    nextToken = page.nextToken
  } while (nextToken)
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

interface Asked {
  gg: GreengrassV2Client
  iot: IoTClient
  ctx: StepContext
  devicesOf: DevicesOf
}

async function planTarget(
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

/** Above this many devices a target is not asked device by device; the smoke check then
 * applies `since` to all of them. */
const RUNNING_CHECK_LIMIT = 50

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
    let nextToken: string | undefined
    let found = false
    do {
      const page = await call(ctx, `ListInstalledComponents ${thingName}`, () =>
        gg.send(new ListInstalledComponentsCommand({ coreDeviceThingName: thingName, nextToken }))
      ).catch((error): { installedComponents?: InstalledComponent[]; nextToken?: string } => {
        // A device Greengrass does not know yet has nothing installed.
        if (awsErrorName(error) === 'ResourceNotFoundException') return {}
        throw error
      })
      found ||= (page.installedComponents ?? []).some(
        c =>
          c.componentName === recipe.name &&
          c.componentVersion === recipe.version &&
          (c.lifecycleState === 'RUNNING' || c.lifecycleState === 'FINISHED')
      )
      nextToken = page.nextToken
    } while (nextToken && !found)
    if (found) running.push(thingName)
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

// ---------------------------------------------------------------------------------------
// Waiting for the devices
//
// A thing, and a group of at most SMALL_GROUP core devices, are watched device by device
// (each device's own verdict and reason). A larger group is watched through the deployment's
// IoT job: one DescribeJob per poll whatever the fleet's size, and only the failed executions
// listed (capped), so that the cost of a poll does not grow with the fleet.

const OK = new Set(['COMPLETED', 'SUCCEEDED'])
const FAILED = new Set(['FAILED', 'TIMED_OUT', 'REJECTED', 'CANCELED'])
const PENDING = 'PENDING'
/** We could not read the device's status, and asking again will not help (e.g. denied). */
const UNKNOWN = 'UNKNOWN'
/** We could not read the device's status this time (throttling, 5xx): asked again. */
const UNREAD = 'UNKNOWN (asking again)'
const OUR_TIMEOUT = 'TIMED_OUT ('
/** Groups up to this many core devices are watched device by device. */
export const SMALL_GROUP = 20
// A device often reports within a second or two: the first look comes soon, then back off.
const FIRST_POLL_MS = 1000
const MAX_POLL_MS = 30_000

interface Watcher {
  gg: GreengrassV2Client
  iot: IoTClient
  ctx: StepContext
  devicesOf: DevicesOf
  timeoutSeconds: number
  /** Percent of a group's devices that may fail. */
  threshold: number
}

interface Watched {
  result: TargetResult
  /** Device by device: every device; through the job: none until the end. */
  devices: DeviceVerdict[]
  /** Watched through its IoT job. */
  viaJob: boolean
  job?: JobWatch
  done: boolean
  /** Why nothing could be learnt of the whole target (its verdict is unknown). */
  problem?: string
  /** The last poll of the target's IoT job could not be read (asked again). */
  unread?: string
  /** A group without a core device yet: nothing to wait for. */
  empty?: boolean
}

async function waitForDevices(
  w: Watcher,
  targets: TargetResult[],
  failures: string[]
): Promise<void> {
  const { ctx, devicesOf } = w
  const { clock, reporter } = ctx
  const started = clock.now().getTime()
  const deadline = started + w.timeoutSeconds * 1000
  const watched: Watched[] = []
  for (const t of targets) {
    const entry: Watched = { result: t, devices: [], viaJob: false, done: false }
    watched.push(entry)
    try {
      if (t.target.kind === 'thing') {
        entry.devices = [{ thingName: t.target.name, status: PENDING, ok: false }]
        continue
      }
      const group = await devicesOf(t.target.name)
      if (group.skipped.length > 0) t.skipped = group.skipped
      if (group.names.length === 0) {
        // Not a failure: a group's deployment reaches every core device that joins it later.
        const others = group.skipped.length
          ? ` (only ${group.skipped.map(s => s.name).join(', ')}, not core devices)`
          : ''
        reporter.warning(
          `${targetLabel(t.target)}: no core device in the group yet${others}; the deployment waits for devices to join it. Add the core devices to the group to run it.`
        )
        entry.empty = true
        entry.done = true
        continue
      } else if (group.more || group.names.length > SMALL_GROUP) {
        entry.viaJob = true
        reporter.info(
          `${targetLabel(t.target)}: more than ${SMALL_GROUP} core devices; following the deployment's IoT job (aggregate counts, failed devices only).`
        )
      } else {
        entry.devices = group.names.map(thingName => ({ thingName, status: PENDING, ok: false }))
      }
    } catch (error) {
      entry.problem = `${targetLabel(t.target)}: cannot list its things: ${errorMessage(error)}`
    }
    if (entry.problem) entry.done = true
  }

  let delay = FIRST_POLL_MS
  let lastProgress = ''
  let waited: number
  for (;;) {
    for (const entry of watched.filter(e => !e.done)) {
      if (entry.viaJob) await pollJob(w, entry)
      else await pollDevices(w, entry, deadline)
    }
    waited = Math.round((clock.now().getTime() - started) / 1000)
    const progress = watched
      .filter(e => e.devices.length || e.job?.counts)
      .map(
        e =>
          `${targetLabel(e.result.target)}: ${e.viaJob ? countsText(e.job!.counts!) : countByStatus(e.devices)}`
      )
      .join('; ')
    if (progress !== lastProgress) reporter.info(`Devices after ${waited}s: ${progress}`)
    else reporter.debug(`Devices after ${waited}s: unchanged`)
    lastProgress = progress

    if (watched.every(e => e.done)) break
    const remaining = deadline - clock.now().getTime()
    if (remaining <= 0) break
    await clock.sleep(Math.min(delay, remaining))
    delay = Math.min(delay * 2, MAX_POLL_MS)
  }

  for (const entry of watched) {
    if (entry.empty) entry.result.status = 'not-waited'
    else if (entry.viaJob) await jobVerdict(w, entry, waited, failures)
    else deviceVerdict(w, entry, waited, failures)
  }
}

async function pollDevices(w: Watcher, entry: Watched, deadline: number): Promise<void> {
  for (const device of entry.devices) {
    if (!isPendingStatus(device.status)) continue
    const verdict = await verdictOf(
      w.gg,
      w.ctx,
      device.thingName,
      entry.result.deploymentId!,
      deadline
    )
    // An unreadable status tells nothing new: the device keeps what it last reported (and
    // is asked again at the next poll).
    if (verdict.status === UNREAD && device.status !== PENDING && device.status !== UNREAD) {
      continue
    }
    device.status = verdict.status
    device.ok = verdict.ok
    if (verdict.reason) device.reason = verdict.reason
    else delete device.reason
  }
  entry.done = !entry.devices.some(d => isPendingStatus(d.status))
}

/** One DescribeJob; the deployment's job id comes from one GetDeployment, once. */
async function pollJob(w: Watcher, entry: Watched): Promise<void> {
  const t = entry.result
  try {
    if (!entry.job) {
      const deployment = await withRetry(w.ctx, `GetDeployment ${t.deploymentId}`, () =>
        w.gg.send(new GetDeploymentCommand({ deploymentId: t.deploymentId }))
      )
      if (!deployment.iotJobId) return
      entry.job = new JobWatch(w.iot, w.ctx, deployment.iotJobId)
      t.jobId = deployment.iotJobId
    }
    const job = entry.job
    await job.poll()
    delete entry.unread
    const added = await job.listNewFailures()
    if (added.length > 0) {
      w.ctx.reporter.info(`${targetLabel(t.target)}: failed on ${added.join(', ')}.`)
    }
    const c = job.counts!
    const total = totalOf(c)
    entry.done =
      job.status === 'CANCELED' ||
      job.status === 'COMPLETED' ||
      (total > 0 && pendingOf(c) === 0) ||
      // Failures only grow: once past the threshold the verdict cannot change.
      (total > 0 && pastThreshold(failedOf(c), total, w.threshold))
  } catch (error) {
    // The deployment exists: a job we cannot follow is an unknown verdict, never a failed
    // one. Throttling and 5xx are asked again at the next poll, within the deadline.
    const why = `${targetLabel(t.target)}: cannot follow its IoT job${t.jobId ? ` ${t.jobId}` : ''}: ${awsErrorName(error) ?? 'error'}: ${errorMessage(error)}`
    if (isTransient(error)) entry.unread = why
    else {
      entry.problem = why
      entry.done = true
    }
  }
}

function deviceVerdict(w: Watcher, entry: Watched, waited: number, failures: string[]): void {
  const t = entry.result
  const label = targetLabel(t.target)
  for (const d of entry.devices.filter(d => isPendingStatus(d.status))) {
    if (d.status === UNREAD) {
      d.status = UNKNOWN
      d.reason = `${d.reason ?? 'its status could not be read'} (until the wait-timeout, ${waited}s)`
      continue
    }
    d.reason =
      d.status === PENDING
        ? (d.reason ?? 'the device has not reported this deployment yet (is it online?)')
        : `last status ${d.status}`
    d.status = `${OUR_TIMEOUT}waited ${waited}s)`
  }
  t.devices = entry.devices
  if (entry.problem) {
    failures.push(entry.problem)
    t.status = 'unknown'
    return
  }
  const unknown = entry.devices.filter(d => d.status === UNKNOWN)
  const failed = entry.devices.filter(
    d => !d.ok && !d.status.startsWith(OUR_TIMEOUT) && d.status !== UNKNOWN
  )
  const timedOut = entry.devices.filter(d => d.status.startsWith(OUR_TIMEOUT))
  const tolerated =
    t.target.kind === 'thinggroup' &&
    failed.length > 0 &&
    !pastThreshold(failed.length, entry.devices.length, w.threshold)
  const lines = [...failed, ...timedOut, ...unknown].map(
    d => `thing ${d.thingName} (${label}): ${d.status}${d.reason ? ` — ${d.reason}` : ''}`
  )
  if (tolerated) {
    for (const line of lines.slice(0, failed.length)) w.ctx.reporter.warning(line)
    failures.push(...lines.slice(failed.length))
    w.ctx.reporter.info(
      `${label}: ${failed.length} of ${entry.devices.length} devices failed (${percentText(failed.length, entry.devices.length)}), within the failure-threshold of ${w.threshold}%.`
    )
  } else failures.push(...lines)
  if (failed.length > 0 && !tolerated) t.status = 'failed'
  else if (timedOut.length > 0) t.status = 'timed-out'
  else if (unknown.length > 0) t.status = 'unknown'
  else t.status = 'succeeded'
}

async function jobVerdict(
  w: Watcher,
  entry: Watched,
  waited: number,
  failures: string[]
): Promise<void> {
  const t = entry.result
  const label = targetLabel(t.target)
  const job = entry.job
  if (entry.problem || !job?.counts) {
    const unread =
      entry.problem ??
      (entry.unread ? `${entry.unread} (until the wait-timeout, ${waited}s)` : undefined)
    failures.push(
      unread ?? `${label}: TIMED_OUT (waited ${waited}s): the deployment's IoT job did not start.`
    )
    t.status = unread ? 'unknown' : 'timed-out'
    return
  }
  const c = job.counts
  t.counts = c
  const total = totalOf(c)
  const failed = failedOf(c)
  // The failed devices, listed up to the cap, each with its own reason.
  try {
    for (let i = 0; i < 3 && job.listed.size < Math.min(failed, LISTED_FAILURES); i++) {
      if ((await job.listNewFailures()).length === 0) break
    }
  } catch (error) {
    w.ctx.reporter.debug(`${label}: could not list the failed devices: ${errorMessage(error)}`)
  }
  for (const [thingName, status] of job.listed) {
    const verdict = await verdictOf(w.gg, w.ctx, thingName, t.deploymentId!)
    t.devices.push({
      thingName,
      status: FAILED.has(verdict.status) ? verdict.status : status,
      ok: false,
      ...(verdict.reason ? { reason: verdict.reason } : {})
    })
  }
  const unlisted = failed - t.devices.length
  const deviceLines = t.devices.map(
    d => `thing ${d.thingName} (${label}): ${d.status}${d.reason ? ` — ${d.reason}` : ''}`
  )
  if (unlisted > 0) deviceLines.push(`${label}: ${unlisted} more failed devices not listed.`)
  const share = `${failed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} failed (${percentText(failed, total)})`

  if (job.status === 'CANCELED') {
    t.aborted = true
    t.status = 'failed'
    failures.push(`${label}: aborted by the rollout's abort criteria: ${share}.`, ...deviceLines)
  } else if (pastThreshold(failed, total, w.threshold)) {
    t.status = 'failed'
    failures.push(
      `${label}: ${share}, more than the failure-threshold of ${w.threshold}%.`,
      ...deviceLines
    )
  } else {
    for (const line of deviceLines) w.ctx.reporter.warning(line)
    if (pendingOf(c) > 0 && job.status !== 'COMPLETED') {
      t.status = 'timed-out'
      failures.push(`${label}: TIMED_OUT (waited ${waited}s): ${countsText(c)}.`)
    } else t.status = 'succeeded'
  }
}

/** Still worth asking about: not reported yet, QUEUED, IN_PROGRESS or a status we don't know. */
function isPendingStatus(status: string): boolean {
  return (
    !OK.has(status) && !FAILED.has(status) && status !== UNKNOWN && !status.startsWith(OUR_TIMEOUT)
  )
}

function countByStatus(devices: DeviceVerdict[]): string {
  const counts = new Map<string, number>()
  for (const d of devices) counts.set(d.status, (counts.get(d.status) ?? 0) + 1)
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ')
}

/** A group's things (IoT ListThingsInThingGroup: what the group's deployment reaches, new
 * devices included), listed only as far as RUNNING_CHECK_LIMIT: a fleet of thousands is never
 * listed. `more` says the list stopped early. */
interface GroupDevices {
  /** The core devices (plain IoT things skipped when the list is complete). */
  names: string[]
  more: boolean
  /** Members that are not core devices: never waited for. */
  skipped: SkippedMember[]
}

type DevicesOf = (groupName: string) => Promise<GroupDevices>

async function devicesInGroup(
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

/** Worth asking again at the next poll: throttling, a 5xx, a network error (no HTTP status). */
function isTransient(error: unknown): boolean {
  const status = httpStatus(error)
  return isThrottling(error) || status === undefined || status >= 500
}

async function verdictOf(
  gg: GreengrassV2Client,
  ctx: StepContext,
  thingName: string,
  deploymentId: string,
  deadline?: number
): Promise<Omit<DeviceVerdict, 'thingName'>> {
  let entry: EffectiveDeployment | undefined
  let nextToken: string | undefined
  // While waiting, the retries stay within the deadline: the next poll asks again anyway.
  const remaining =
    deadline === undefined ? undefined : Math.max(0, deadline - ctx.clock.now().getTime())
  const bounded =
    remaining === undefined
      ? {}
      : { attempts: 3, budgetMs: remaining, maxDelayMs: Math.min(2000, remaining) }
  try {
    do {
      const page = await withRetry(
        ctx,
        `ListEffectiveDeployments ${thingName}`,
        () =>
          gg.send(
            new ListEffectiveDeploymentsCommand({ coreDeviceThingName: thingName, nextToken })
          ),
        bounded
      )
      entry = page.effectiveDeployments?.find(e => e.deploymentId === deploymentId)
      nextToken = entry ? undefined : page.nextToken
    } while (nextToken)
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
      status: isTransient(error) ? UNREAD : UNKNOWN,
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

// ---------------------------------------------------------------------------------------
// Rolling back
//
// Greengrass's own failureHandlingPolicy ROLLBACK restores a device that failed to apply a
// deployment; it does not restore the devices where it applied, nor a target whose app runs
// but does not work. This redeploys the target's previous deployment as it was (components,
// policies, IoT job configuration). The run still fails: the change did.

async function rollBack(
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
    const status =
      r.status === 'succeeded' ? 'succeeded' : r.status === 'failed' ? 'failed' : 'timed-out'
    t.rollback = {
      toDeploymentId: to,
      deploymentId: r.deploymentId,
      components,
      status,
      message: `rolled back to deployment ${to} (${components})${status === 'succeeded' ? '' : `, but the rollback ${status}`}`
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

// ---------------------------------------------------------------------------------------
// Small helpers on plain data

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

/** `override` laid over `base`: objects merge key by key, anything else replaces. */
function deepMerge(base: object, override: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [k, v] of Object.entries(override)) {
    if (v === undefined) continue
    const b = out[k]
    out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v
  }
  return out
}

/** Drops undefined values and empty objects; undefined when nothing is left. */
function pruneEmpty(value: unknown): unknown {
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    const p = pruneEmpty(v)
    if (p !== undefined) out[k] = p
  }
  return Object.keys(out).length ? out : undefined
}
