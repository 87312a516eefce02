// The deployment file (recipe/deployment.yaml): the user's defaults for every deployment the
// toolkit creates — targets, name, policies and IoT job rollout — in the CreateDeployment
// API's own member names. The toolkit fills in the components, so the file never lists them.
// It is read strictly: an unknown or misspelt key would otherwise be silently ignored and the
// devices would run with a policy the user never chose.
import { readInputFile } from '../shared/files.js'
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import { z } from 'zod'
import type {
  DeploymentIoTJobConfiguration,
  DeploymentPolicies
} from '@aws-sdk/client-greengrassv2'
import { ConfigurationError } from '../shared/errors.js'
import { parseTargets } from '../target-names.js'
import type { Target } from '../config.js'
import type { Reporter } from '../shared/report.js'

export interface DeploymentFile {
  deploymentName?: string
  targets: Target[]
  deploymentPolicies?: DeploymentPolicies
  iotJobConfiguration?: DeploymentIoTJobConfiguration
}

const int = (min: number, max?: number) => {
  const range = max === undefined ? `at least ${min}` : `from ${min} to ${max}`
  const n = z
    .number({ error: `must be a whole number ${range}` })
    .int({ error: `must be a whole number ${range}` })
    .min(min, { error: `must be ${range}` })
  return max === undefined ? n : n.max(max, { error: `must be ${range}` })
}

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` })

// Mirrors the CreateDeployment members (ranges from the API model), so that a mistake is
// reported here with its line rather than by the API after the component version exists.
const schema = z.strictObject({
  deploymentName: z
    .string({ error: 'must be a string' })
    .min(1, { error: 'must not be empty' })
    .optional(),
  targets: z
    .union([z.string(), z.array(z.string())], {
      error: 'must be a list of targets (thing names, thing/<name>, thinggroup/<name> or ARNs)'
    })
    .optional(),
  deploymentPolicies: z
    .strictObject({
      failureHandlingPolicy: oneOf(['ROLLBACK', 'DO_NOTHING'] as const).optional(),
      componentUpdatePolicy: z
        .strictObject({
          timeoutInSeconds: int(1).optional(),
          action: oneOf(['NOTIFY_COMPONENTS', 'SKIP_NOTIFY_COMPONENTS'] as const).optional()
        })
        .optional(),
      configurationValidationPolicy: z
        .strictObject({ timeoutInSeconds: int(1).optional() })
        .optional()
    })
    .optional(),
  iotJobConfiguration: z
    .strictObject({
      jobExecutionsRolloutConfig: z
        .strictObject({
          exponentialRate: z
            .strictObject({
              baseRatePerMinute: int(1, 1000),
              incrementFactor: z
                .number({ error: 'must be a number from 1.1 to 5' })
                .min(1.1, { error: 'must be from 1.1 to 5' })
                .max(5, { error: 'must be from 1.1 to 5' }),
              rateIncreaseCriteria: z
                .strictObject({
                  numberOfNotifiedThings: int(1).optional(),
                  numberOfSucceededThings: int(1).optional()
                })
                .refine(
                  c =>
                    (c.numberOfNotifiedThings === undefined) !==
                    (c.numberOfSucceededThings === undefined),
                  {
                    error: 'needs exactly one of numberOfNotifiedThings or numberOfSucceededThings'
                  }
                )
            })
            .optional(),
          maximumPerMinute: int(1, 1000).optional()
        })
        .optional(),
      abortConfig: z
        .strictObject({
          criteriaList: z
            .array(
              z.strictObject({
                failureType: oneOf(['FAILED', 'REJECTED', 'TIMED_OUT', 'ALL'] as const),
                action: oneOf(['CANCEL'] as const),
                thresholdPercentage: z
                  .number({ error: 'must be a number from 0 to 100' })
                  .min(0, { error: 'must be from 0 to 100' })
                  .max(100, { error: 'must be from 0 to 100' }),
                minNumberOfExecutedThings: int(1)
              })
            )
            .min(1, { error: 'must list at least one criterion' })
        })
        .optional(),
      timeoutConfig: z.strictObject({ inProgressTimeoutInMinutes: int(1).optional() }).optional()
    })
    .optional()
})

// Keys a user copying the seed's cli-deployment.json may bring along, and what to do instead.
const KEY_HINTS: Record<string, string> = {
  components:
    'the toolkit fills in the components from the recipe and keeps the other components of the target’s current deployment; remove it',
  targetArn: "use 'targets' (a list), or the 'targets' input",
  parentTargetArn: 'the toolkit does not create subdeployments; remove it',
  tags: 'the toolkit does not tag deployments; remove it'
}

const KNOWN_KEYS = [
  'deploymentName',
  'targets',
  'deploymentPolicies',
  'failureHandlingPolicy',
  'componentUpdatePolicy',
  'timeoutInSeconds',
  'action',
  'configurationValidationPolicy',
  'iotJobConfiguration',
  'jobExecutionsRolloutConfig',
  'exponentialRate',
  'baseRatePerMinute',
  'incrementFactor',
  'rateIncreaseCriteria',
  'numberOfNotifiedThings',
  'numberOfSucceededThings',
  'maximumPerMinute',
  'abortConfig',
  'criteriaList',
  'failureType',
  'thresholdPercentage',
  'minNumberOfExecutedThings',
  'timeoutConfig',
  'inProgressTimeoutInMinutes'
]

function hintFor(key: string): string {
  if (KEY_HINTS[key]) return KEY_HINTS[key]
  const near = KNOWN_KEYS.find(k => k.toLowerCase() === key.toLowerCase())
  return near ? `did you mean '${near}'? (keys are case-sensitive)` : 'remove it'
}

type Path = readonly PropertyKey[]

function pathText(path: Path): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('')
}

/** Locates a value (or, with `key`, the key itself) in the YAML source, as file:line. */
class Locator {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter
  ) {}

  at(path: Path, key?: string): string {
    let offset: number | undefined
    const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path as unknown[], true)
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find(p => isScalar(p.key) && p.key.value === key)
      if (pair && isScalar(pair.key)) offset = pair.key.range?.[0]
    }
    if (offset === undefined && node && typeof node === 'object' && 'range' in node) {
      offset = (node as { range?: [number, number, number] }).range?.[0]
    }
    return offset === undefined ? this.file : `${this.file}:${this.lines.linePos(offset).line}`
  }
}

/**
 * Reads and validates the deployment file. With a reporter, warns about choices that hurt
 * devices (DO_NOTHING on failure).
 */
export async function readDeploymentFile(
  path: string,
  reporter?: Reporter
): Promise<DeploymentFile> {
  const text = await readInputFile(
    path,
    'deployment',
    `the deployment file ${path} does not exist. Create it (targets, deploymentPolicies, iotJobConfiguration; see recipe/deployment.yaml in the toolkit's README) or point 'deployment' at yours.`
  )
  return parseDeploymentFile(text, path, reporter)
}

/** The same as readDeploymentFile, for text already in hand; `file` names it in messages. */
export function parseDeploymentFile(
  text: string,
  file: string,
  reporter?: Reporter
): DeploymentFile {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  if (doc.errors.length > 0) {
    const problems = doc.errors.map(e => {
      const line = lines.linePos(e.pos[0]).line
      return `${file}${line ? `:${line}` : ''}: not valid YAML: ${e.message.split('\n')[0]}`
    })
    throw new ConfigurationError(problems.join('\n'), file)
  }
  const where = new Locator(file, doc, lines)
  const data: unknown = doc.toJS() ?? {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigurationError(
      `${file}: must be a mapping with targets, deploymentName, deploymentPolicies and iotJobConfiguration.`,
      file
    )
  }

  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap(issue => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map(
          key =>
            `${where.at(issue.path, key)}: unknown key '${pathText([...issue.path, key])}': ${hintFor(key)}.`
        )
      }
      return [`${where.at(issue.path)}: '${pathText(issue.path)}' ${issue.message}.`]
    })
    throw new ConfigurationError(problems.join('\n'), file)
  }

  const { targets: rawTargets, ...rest } = parsed.data
  const targets = readTargets(rawTargets, where)
  const result: DeploymentFile = { ...rest, targets }
  if (result.deploymentPolicies?.failureHandlingPolicy === 'DO_NOTHING') {
    reporter?.warning(
      `${where.at(['deploymentPolicies', 'failureHandlingPolicy'])}: failureHandlingPolicy is DO_NOTHING: a device that fails to run the new version keeps the broken component. ROLLBACK (the API's default) restores the previous deployment.`
    )
  }
  return result
}

function readTargets(raw: string | string[] | undefined, where: Locator): Target[] {
  if (raw === undefined) return []
  const parsed = parseTargets(Array.isArray(raw) ? raw.join('\n') : raw)
  if (parsed.ok) return parsed.value
  const bad = /^'([^']*)'/.exec(parsed.message)?.[1]
  const index = Array.isArray(raw) && bad !== undefined ? raw.findIndex(t => t.trim() === bad) : -1
  const at = where.at(index >= 0 ? ['targets', index] : ['targets'])
  throw new ConfigurationError(`${at}: 'targets' has ${parsed.message}.`, where.file)
}
