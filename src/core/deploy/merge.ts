// The merge with the target's current deployment: pure, on plain data.
import type {
  ComponentDeploymentSpecification,
  DeploymentIoTJobConfiguration,
  DeploymentPolicies,
  GetDeploymentResponse
} from '@aws-sdk/client-greengrassv2'
import type { DeploymentFile } from './deployment-file.js'
import type { MergedDeployment } from './types.js'

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

export function mergedPolicies(
  existing: GetDeploymentResponse | undefined,
  file: DeploymentPolicies | undefined
): DeploymentPolicies {
  const base = deepMerge(DEFAULT_POLICIES, existing?.deploymentPolicies ?? {})
  return deepMerge(base, file ?? {}) as DeploymentPolicies
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

/** `override` laid over `base`: objects merge key by key, anything else replaces. */
export function deepMerge(base: object, override: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [k, v] of Object.entries(override)) {
    if (v === undefined) continue
    const b = out[k]
    out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v
  }
  return out
}

/** Drops undefined values and empty objects; undefined when nothing is left. */
export function pruneEmpty(value: unknown): unknown {
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    const p = pruneEmpty(v)
    if (p !== undefined) out[k] = p
  }
  return Object.keys(out).length ? out : undefined
}
