// The deploy step's types: what it returns, what it is given, and what its parts hand
// each other. Types only: every other file of the step may import it.
import type { DeviceLogs, LogsClient } from './logs.js'
import type {
  ComponentDeploymentSpecification,
  DeploymentIoTJobConfiguration,
  DeploymentPolicies,
  GetDeploymentResponse,
  GreengrassV2Client
} from '@aws-sdk/client-greengrassv2'
import type { IoTClient } from '@aws-sdk/client-iot'
import type { DeploymentFile } from './deployment-file.js'
import type { JobCounts } from './counts.js'
import type { JobWatch } from './fleet.js'
import type { Target } from '../config.js'
import type { Recipe } from '../recipe/render-recipe.js'
import type { MemoryReporter, StepContext } from '../shared/report.js'
import type { SkippedMember } from '../targets.js'

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
  /** `unknown`: a device's status could not be read by the wait-timeout. */
  status: 'succeeded' | 'failed' | 'timed-out' | 'unknown' | 'impossible'
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
  /** The tail of each failed device's component log, where its target runs the log manager. */
  logs?: DeviceLogs
}

/** `logs` reads a failed device's component log (without it, it is not read). */
export type DeployClients = { greengrass: GreengrassV2Client; iot: IoTClient; logs?: LogsClient }

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
  /** The plan the caller (the pipeline's preflight) made already of these inputs, with what
   * making it reported. */
  plan?: { plan: DeploymentPlan; notes?: MemoryReporter }
}

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

export interface DeploymentPlan {
  file: DeploymentFile
  targets: Target[]
  canary: Target[]
  /** The targets that are not canaries. */
  fleet: Target[]
}

export interface LoadedRecipe {
  name: string
  version: string
  text: string
  data: Recipe
}

export interface TargetPlan {
  target: Target
  targetArn: string
  previous?: GetDeploymentResponse
  request: MergedDeployment
  unchanged: boolean
  retried: boolean
  stage?: 'canary' | 'fleet'
}

export interface Asked {
  gg: GreengrassV2Client
  iot: IoTClient
  ctx: StepContext
  devicesOf: DevicesOf
}

export interface Watcher {
  gg: GreengrassV2Client
  iot: IoTClient
  ctx: StepContext
  devicesOf: DevicesOf
  timeoutSeconds: number
  /** Percent of a group's devices that may fail. */
  threshold: number
}

/** A group's things (IoT ListThingsInThingGroup: what the group's deployment reaches, new
 * devices included), listed only as far as RUNNING_CHECK_LIMIT: a fleet of thousands is never
 * listed. `more` says the list stopped early. */
export interface GroupDevices {
  /** The core devices (plain IoT things skipped when the list is complete). */
  names: string[]
  more: boolean
  /** Members that are not core devices: never waited for. */
  skipped: SkippedMember[]
}

export type DevicesOf = (groupName: string) => Promise<GroupDevices>

export interface Watched {
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
