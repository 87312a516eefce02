// Every input of every door, defined once: its name, default and meaning (the action.yml
// files, the CLI options and the README are checked against this table), and its parsing.
// Each step's inputs are parsed and validated together, before any AWS call, and every
// problem is reported at once with the input's name and how to fix it.
import { iotTargetArn } from '../core/arns.js'
import { z } from 'zod'
// The one semver function parsing needs: the whole package would load before the first request.
import validVersion from 'semver/functions/valid.js'
import { ConfigurationError } from '../core/shared/errors.js'
import { fitsAPartition, partitionOf } from '../core/shared/aws.js'
import { headCommit, type HeadCommit } from './git.js'
import { controlCharacterProblem } from '../core/shared/text.js'

export interface InputSpec {
  description: string
  /** The literal default, as action.yml declares it; absent when computed at run time. */
  default?: string
}

export const INPUTS = {
  region: { description: 'AWS region; defaults to AWS_REGION from the environment.' },
  'account-id': {
    description: 'AWS account id (12 digits); resolved with STS GetCallerIdentity when empty.'
  },
  context: { description: 'Image build context.', default: 'container' },
  dockerfile: { description: 'Dockerfile path; defaults to <context>/Dockerfile.' },
  repository: {
    description: 'ECR repository; created when missing.',
    default: 'dynamodb_access_sample'
  },
  'image-tag': { description: 'Image tag; defaults to the commit SHA.' },
  platforms: {
    description: 'Target platforms, e.g. linux/arm64,linux/amd64; the builder default when empty.'
  },
  builder: { description: 'Image builder: docker, buildah or podman.', default: 'docker' },
  'build-args': {
    description:
      'KEY=VALUE lines passed to the build as --build-arg (the Dockerfile ARGs); part of the build inputs that decide reuse.'
  },
  secrets: {
    description:
      'Build secrets as id=VALUE lines, for RUN --mount=type=secret,id=<id>: masked, handed to the builder in a private file (never on its command line), never in the image. Their ids (not their values) are build inputs.'
  },
  target: { description: 'The Dockerfile stage to build (--target); the last stage when empty.' },
  provenance: {
    description:
      "docker only: attach BuildKit's provenance attestation (true, or mode=min / mode=max). Off by default: it turns the image into an index with an unknown/unknown attestation manifest, which some registries' and runtimes' pulls mishandle.",
    default: 'false'
  },
  cache: {
    description:
      'Keep a build cache in the ECR repository (BuildKit: the mutable tag ggcd-cache, kept out of tag immutability by an exclusion filter; buildah/podman: --layers with --cache-to/--cache-from the repository).',
    default: 'false'
  },
  registry: {
    description:
      'Registry host override, which receives the ECR password: an ECR registry host (any partition), or a registry on this machine (localhost, 127.0.0.1 or [::1]: a local sandbox), where an http:// prefix marks plain HTTP. Defaults to <account>.dkr.ecr.<region>.amazonaws.com.'
  },
  recipe: { description: 'Recipe template.', default: 'recipe/recipe.yaml' },
  'component-name': { description: "Component name; defaults to the template's ComponentName." },
  'component-version': {
    description:
      'MAJOR.MINOR.PATCH, or auto: the next patch after the latest version, only when the recipe changed.',
    default: 'auto'
  },
  variables: { description: 'KEY=VALUE lines for the templates.' },
  policy: { description: 'IAM policy template.', default: 'recipe/token-exchange-policy.json' },
  'policy-name': { description: 'IAM managed policy name.', default: 'MyGreengrassV2AccessPolicy' },
  'role-name': {
    description: 'The device (token exchange) role.',
    default: 'GreengrassV2TokenExchangeRole'
  },
  'table-name': {
    description: 'DynamoDB table the devices write to.',
    default: 'SampleDynamoTable'
  },
  deployment: { description: 'Deployment defaults file.', default: 'recipe/deployment.yaml' },
  targets: {
    description:
      "Comma or newline list: a thing name, thing/<name>, thinggroup/<name>, or an ARN; defaults to the deployment file's targets."
  },
  canary: {
    description:
      'Targets deployed (and smoke-checked) first, in the same syntax as targets; the other targets are deployed only when every canary succeeded.'
  },
  wait: { description: "Wait for the devices' result.", default: 'true' },
  'wait-timeout': { description: 'Seconds to wait for the devices.', default: '900' },
  'failure-threshold': {
    description:
      "Percent of a thing group's devices that may fail before its rollout counts as failed.",
    default: '0'
  },
  rollback: {
    description:
      "On a failed target (devices past failure-threshold, or the smoke check), redeploy the target's previous deployment.",
    default: 'false'
  },
  smoke: { description: 'Run the DynamoDB check after a successful deployment.', default: 'true' },
  'smoke-timeout': { description: 'Seconds the smoke check polls.', default: '300' },
  'smoke-concurrency': {
    description: 'DynamoDB queries the smoke check runs at once (1 to 100).',
    default: '16'
  },
  'scan-threshold': {
    description:
      "After the push, wait (up to 5 minutes) for ECR's scan of the pushed digest and refuse to deploy when a finding is at or above this severity: none, low, medium, high or critical.",
    default: 'none'
  },
  'dry-run': {
    description: 'Render and plan; read-only calls at most, no mutating call.',
    default: 'false'
  },
  'image-uri': { description: 'Image to deploy: <registry>/<repository>@sha256:<digest>.' },
  output: {
    description: 'Where to write the rendered recipe.',
    default: 'build/recipe.yaml'
  },
  'recipe-path': { description: 'The rendered recipe to deploy.', default: 'build/recipe.yaml' },
  since: { description: 'ISO 8601 UTC time; items written before it do not count.' },
  timeout: { description: 'Seconds the smoke check polls.', default: '300' },
  concurrency: { description: 'DynamoDB queries run at once (1 to 100).', default: '16' },
  'unchanged-targets': {
    description:
      "Targets whose deployment this run left unchanged (deploy's output): their devices write no new item, so an item of the deployed version from any time counts."
  },
  prune: {
    description:
      'After a successful deployment and smoke check, delete the component versions and images no deployment uses, beyond the newest keep (the prune step).',
    default: 'false'
  },
  keep: {
    description:
      "Component versions (and images) kept besides those in use: the newest, in version order. Whatever a target's latest deployment, an ACTIVE deployment or a rollback's destination uses is always kept.",
    default: '5'
  }
} as const satisfies Record<string, InputSpec>

export type InputName = keyof typeof INPUTS
export type RawInputs = Partial<Record<InputName, string>>

const common = ['region', 'account-id'] as const satisfies readonly InputName[]

/** Which inputs each door takes; the action.yml files are checked against this. */
export const STEP_INPUTS = {
  'build-push': [
    ...common,
    'context',
    'dockerfile',
    'repository',
    'image-tag',
    'platforms',
    'builder',
    'registry',
    'build-args',
    'secrets',
    'target',
    'provenance',
    'cache'
  ],
  'render-recipe': [
    ...common,
    'recipe',
    'component-name',
    'component-version',
    'image-uri',
    'variables',
    'table-name',
    'repository',
    'role-name',
    'output'
  ],
  'attach-policy': [
    ...common,
    'policy',
    'policy-name',
    'role-name',
    'table-name',
    'repository',
    'variables',
    'dry-run'
  ],
  deploy: [
    ...common,
    'recipe-path',
    'deployment',
    'targets',
    'canary',
    'wait',
    'wait-timeout',
    'failure-threshold',
    'rollback',
    'dry-run'
  ],
  smoke: [
    'region',
    'table-name',
    'targets',
    'since',
    'timeout',
    'concurrency',
    'component-version',
    'unchanged-targets'
  ],
  pipeline: [
    ...common,
    'context',
    'dockerfile',
    'repository',
    'image-tag',
    'platforms',
    'builder',
    'registry',
    'build-args',
    'secrets',
    'target',
    'provenance',
    'cache',
    'recipe',
    'component-name',
    'component-version',
    'variables',
    'policy',
    'policy-name',
    'role-name',
    'table-name',
    'deployment',
    'targets',
    'canary',
    'wait',
    'wait-timeout',
    'failure-threshold',
    'rollback',
    'smoke',
    'smoke-timeout',
    'smoke-concurrency',
    'scan-threshold',
    'dry-run',
    'prune',
    'keep'
  ],
  prune: [...common, 'recipe', 'component-name', 'variables', 'repository', 'keep', 'dry-run']
} as const satisfies Record<string, readonly InputName[]>

export type StepName = keyof typeof STEP_INPUTS

/** The inputs that are true or false: flags in the CLI (--dry-run, --no-wait). */
export const BOOLEAN_INPUTS = [
  'wait',
  'smoke',
  'rollback',
  'dry-run',
  'cache',
  'prune'
] as const satisfies readonly InputName[]

/** The defaults a step's door shows; smoke's component-version has none. */
export function inputDefault(step: StepName, name: InputName): string | undefined {
  if (step === 'smoke' && name === 'component-version') return undefined
  return (INPUTS[name] as InputSpec).default
}

/** Inputs that mean something else in one step than in the others. */
const STEP_DESCRIPTIONS: Partial<Record<StepName, Partial<Record<InputName, string>>>> = {
  prune: {
    repository: 'ECR repository whose images the component versions pin.',
    'dry-run': 'List what would be deleted; read-only calls only.'
  },
  smoke: {
    targets:
      "Comma or newline list of the things and thing groups to check (deploy's deployment-ids keys, or the same syntax as deploy's targets).",
    'component-version':
      "MAJOR.MINOR.PATCH the items must carry (deploy's component-version output); required with unchanged-targets."
  }
}

/** What an input means in this step, for its action.yml and the CLI's help. */
export function inputDescription(step: StepName, name: InputName): string {
  return STEP_DESCRIPTIONS[step]?.[name] ?? INPUTS[name].description
}

// ---------------------------------------------------------------------------------------
// Typed inputs

export type Builder = 'docker' | 'buildah' | 'podman'

export interface Registry {
  host: string
  /** Plain HTTP, no TLS: a local sandbox registry. */
  insecure: boolean
}

export type TargetKind = 'thing' | 'thinggroup'

export interface Target {
  kind: TargetKind
  name: string
  /** The ARN it was given as, if it was: checked against the run's region and account. */
  arn?: { text: string; partition: string; region: string; account: string }
}

export interface Common {
  region: string
  /** Undefined until resolved with STS. */
  accountId?: string
}

export interface BuildPushInputs extends Common {
  context: string
  dockerfile: string
  repository: string
  imageTag: string
  platforms: string[]
  builder: Builder
  registry?: Registry
  /** --build-arg KEY=VALUE, in the order given. */
  buildArgs?: Record<string, string>
  /** Build secrets, id → value; the values are masked as soon as they are read. */
  secrets?: Record<string, string>
  /** The Dockerfile stage to build. */
  target?: string
  /** BuildKit's --provenance: false, or true / mode=min / mode=max. */
  provenance?: Provenance
  /** A registry build cache in the repository. */
  cache?: boolean
}

export type Provenance = false | 'mode=min' | 'mode=max'

export interface RenderInputs extends Common {
  recipe: string
  componentName?: string
  componentVersion: string | 'auto'
  imageUri: string
  variables: Record<string, string>
  tableName: string
  repository: string
  roleName: string
  output: string
}

export interface PolicyInputs extends Common {
  policy: string
  policyName: string
  roleName: string
  tableName: string
  repository: string
  variables: Record<string, string>
  dryRun: boolean
}

export interface DeployInputs extends Common {
  recipePath: string
  deployment: string
  targets?: Target[]
  /** Deployed first; the other targets only when every canary succeeded. */
  canary?: Target[]
  wait: boolean
  waitTimeoutSeconds: number
  /** Percent of a group's devices that may fail; 0 when absent. */
  failureThreshold?: number
  /** Redeploy a failed target's previous deployment. */
  rollback?: boolean
  dryRun: boolean
}

export interface SmokeInputs {
  region: string
  tableName: string
  targets: Target[]
  since: Date
  timeoutSeconds: number
  /** Queries in flight at most; DEFAULT_CONCURRENCY when absent. */
  concurrency?: number
  componentVersion?: string
  unchangedTargets: Target[]
}

export interface PipelineInputs extends Common {
  build: Omit<BuildPushInputs, keyof Common>
  render: Omit<RenderInputs, keyof Common | 'imageUri' | 'output'>
  policy: Omit<PolicyInputs, keyof Common | 'dryRun'>
  deploy: Omit<DeployInputs, keyof Common | 'recipePath' | 'dryRun'>
  smoke: boolean
  smokeTimeoutSeconds: number
  smokeConcurrency: number
  scanThreshold: ScanThreshold
  dryRun: boolean
  /** Prune after a successful deployment and smoke check. */
  prune?: boolean
  keep?: number
}

export interface PruneInputs extends Common {
  recipe: string
  componentName?: string
  variables: Record<string, string>
  repository: string
  keep: number
  dryRun: boolean
}

// ---------------------------------------------------------------------------------------
// Field parsers: each returns the typed value or a message saying what to write instead.

const ACCOUNT = /^\d{12}$/
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/
const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
const THING_NAME = /^[a-zA-Z0-9:_-]{1,128}$/
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/
const IAM_NAME = /^[\w+=,.@-]{1,128}$/
const TABLE_NAME = /^[a-zA-Z0-9_.-]{3,255}$/
const VARIABLE_KEY = /^[A-Z][A-Z0-9_]*$/
export const IMAGE_URI = /^([a-zA-Z0-9.-]+(?::\d+)?)\/([a-z0-9._/-]+)@(sha256:[a-f0-9]{64})$/

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

function fromZod<T>(schema: z.ZodType<T>, raw: string): Parsed<T> {
  const r = schema.safeParse(raw)
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, message: r.error.issues[0]!.message }
}

const text = (pattern: RegExp, message: string) => z.string().regex(pattern, message)

// Decimal digits only: Number() would also read 0x10, 1e3 and 0b1 as numbers.
const seconds = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number of seconds in decimal digits, e.g. 900')
  .transform(Number)
  .pipe(
    z
      .number()
      .int('must be a whole number of seconds, e.g. 900')
      .min(1, 'must be at least 1 second')
      .max(86_400, 'must be at most 86400 seconds (one day)')
  )

const bool = z
  .string()
  .toLowerCase()
  .refine(v => ['true', 'false'].includes(v), 'must be true or false')
  .transform(v => v === 'true')

// The registry receives the ECR password, so only two kinds of host may be named: an ECR
// registry (any partition: the DNS suffixes are those of the SDK's partitions data, and the
// FIPS and dual-stack forms), or a registry on this machine (a local sandbox). Plain HTTP
// carries the password in the clear, so it too is for this machine only.
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/
const ECR_DNS_SUFFIXES = [
  'amazonaws.com',
  'amazonaws.com.cn',
  'amazonaws.eu',
  'c2s.ic.gov',
  'sc2s.sgov.gov',
  'cloud.adc-e.uk',
  'csp.hci.ic.gov'
]
const ECR_REGISTRY = new RegExp(
  `^\\d{12}\\.(?:dkr\\.ecr(?:-fips)?\\.[a-z]{2,}(?:-[a-z]+)+-\\d{1,2}\\.(?:${ECR_DNS_SUFFIXES.map(
    s => s.replace(/\./g, '\\.')
  ).join('|')})|dkr-ecr(?:-fips)?\\.[a-z]{2,}(?:-[a-z]+)+-\\d{1,2}\\.on\\.aws)$`
)

export function parseRegistry(raw: string): Parsed<Registry> {
  const m = /^(https?:\/\/)?([^/\s]+)\/?$/.exec(raw.trim())
  const host = m?.[2] ?? ''
  const insecure = m?.[1] === 'http://'
  if (m && LOOPBACK.test(host)) return { ok: true, value: { host, insecure } }
  if (m && insecure && ECR_REGISTRY.test(host)) {
    return {
      ok: false,
      message: `may use http:// only for a registry on this machine (localhost, 127.0.0.1, [::1]): the ECR password would cross the network unencrypted. Use https for '${host}' (write the host alone)`
    }
  }
  if (m && ECR_REGISTRY.test(host)) return { ok: true, value: { host, insecure: false } }
  if (m && insecure) {
    return {
      ok: false,
      message: `may use http:// only for a registry on this machine (localhost, 127.0.0.1, [::1]): the ECR password would cross the network unencrypted, to '${host}'`
    }
  }
  return {
    ok: false,
    message:
      "must be an Amazon ECR registry host such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com, or a registry on this machine such as http://localhost:5000 (a local sandbox): ggcd sends the ECR password to it, so no other host may have it. Leave it empty for the account's own registry"
  }
}

export function parseTargets(raw: string): Parsed<Target[]> {
  const items = raw
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean)
  const targets: Target[] = []
  for (const item of items) {
    const t = parseTarget(item)
    if (!t) {
      return {
        ok: false,
        message: `'${item}' is not a target: write a thing name, thing/<name>, thinggroup/<name>, or arn:aws:iot:<region>:<account>:thing/<name>`
      }
    }
    if (!targets.some(x => x.kind === t.kind && x.name === t.name)) targets.push(t)
  }
  return { ok: true, value: targets }
}

function parseTarget(item: string): Target | undefined {
  const arn = /^arn:(aws[a-z-]*):iot:([a-z0-9-]+):(\d{12}):(thing|thinggroup)\/(.+)$/.exec(item)
  if (arn) {
    const [, partition, region, account, kind, name] = arn
    return THING_NAME.test(name!)
      ? {
          kind: kind as TargetKind,
          name: name!,
          arn: { text: item, partition: partition!, region: region!, account: account! }
        }
      : undefined
  }
  const m = /^(thing|thinggroup)\/(.+)$/.exec(item)
  const kind = (m ? m[1] : 'thing') as TargetKind
  const name = m ? m[2]! : item
  return THING_NAME.test(name) ? { kind, name } : undefined
}

/**
 * What is wrong with targets given as ARNs of another partition, region or account: a run
 * deploys in its own, and building the target's ARN from them would quietly point at a
 * namesake.
 */
export function foreignTargets(
  targets: readonly Target[],
  region: string,
  accountId: string | undefined
): string[] {
  const partition = partitionOf(region)
  return targets
    .filter(
      t =>
        t.arn &&
        (t.arn.partition !== partition ||
          t.arn.region !== region ||
          (accountId !== undefined && t.arn.account !== accountId))
    )
    .map(t => {
      const a = t.arn!
      const where =
        a.partition !== partition
          ? `the ${a.partition} partition, but this run deploys in ${partition} (${region})`
          : `${a.region}, account ${a.account}, but this run deploys in ${region}${accountId ? `, account ${accountId}` : ''}`
      return `${a.text} is in ${where}: run it there, or name a target of this region and account`
    })
}

export function targetArn(target: Target, region: string, accountId: string): string {
  return iotTargetArn(region, accountId, target.kind, target.name)
}

export function targetLabel(target: Target): string {
  return `${target.kind}/${target.name}`
}

export function parseVariables(raw: string): Parsed<Record<string, string>> {
  const vars: Record<string, string> = {}
  for (const [i, line] of raw.split('\n').entries()) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    const eq = trimmed.indexOf('=')
    const key = eq > 0 ? trimmed.slice(0, eq).trim() : ''
    if (!VARIABLE_KEY.test(key)) {
      return {
        ok: false,
        message: `line ${i + 1} ('${trimmed}') must be KEY=VALUE with an UPPER_SNAKE key, e.g. LOG_LEVEL=debug`
      }
    }
    const value = trimmed.slice(eq + 1).trim()
    // A value is one line of text; a carriage return or another control character would be
    // a line break where Greengrass reads the recipe (YAML 1.1), so it is refused here, before
    // anything else happens.
    const problem = controlCharacterProblem(value)
    if (problem) {
      return {
        ok: false,
        message: `line ${i + 1}: the value of ${key} ${problem}; a value is one line of text. Remove it`
      }
    }
    vars[key] = value
  }
  return { ok: true, value: vars }
}

const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const SECRET_ID = /^[A-Za-z0-9_.-]{1,128}$/
const STAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/

/** KEY=VALUE lines for --build-arg; `#` lines and blank lines skipped. */
export function parseBuildArgs(raw: string): Parsed<Record<string, string>> {
  const args: Record<string, string> = {}
  for (const [i, line] of raw.split('\n').entries()) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    const eq = trimmed.indexOf('=')
    const key = eq > 0 ? trimmed.slice(0, eq).trim() : ''
    if (!BUILD_ARG_NAME.test(key)) {
      return {
        ok: false,
        message: `line ${i + 1} ('${trimmed}') must be NAME=VALUE, NAME as the Dockerfile's ARG spells it, e.g. APP_VERSION=1.2`
      }
    }
    args[key] = trimmed.slice(eq + 1).trim()
  }
  return { ok: true, value: args }
}

/**
 * id=VALUE lines for build secrets. A message never quotes a line: it holds a secret. The
 * value is taken as written (only a line's end is dropped): spaces may belong to a secret.
 */
export function parseSecrets(raw: string): Parsed<Record<string, string>> {
  const secrets: Record<string, string> = {}
  for (const [i, line] of raw.split('\n').entries()) {
    const text = line.replace(/\r$/, '')
    if (!text.trim() || text.trimStart().startsWith('#')) continue
    const eq = text.indexOf('=')
    const id = eq > 0 ? text.slice(0, eq).trim() : ''
    if (!SECRET_ID.test(id)) {
      return {
        ok: false,
        message: `line ${i + 1} must be id=VALUE with an id of letters, digits, '_', '.' or '-' (the id of RUN --mount=type=secret,id=<id>), e.g. npm_token=\${{ secrets.NPM_TOKEN }}`
      }
    }
    if (id in secrets) {
      return { ok: false, message: `line ${i + 1} repeats the id '${id}': give each secret once` }
    }
    const value = text.slice(eq + 1)
    if (value === '') {
      return {
        ok: false,
        message: `line ${i + 1} gives secret '${id}' an empty value (an unset secret renders as empty): set the secret, or drop the line`
      }
    }
    secrets[id] = value
  }
  return { ok: true, value: secrets }
}

export function parseProvenance(raw: string): Parsed<Provenance> {
  const v = raw.toLowerCase()
  if (v === 'false') return { ok: true, value: false }
  if (v === 'true' || v === 'mode=min') return { ok: true, value: 'mode=min' }
  if (v === 'mode=max') return { ok: true, value: 'mode=max' }
  return { ok: false, message: `must be false, true, mode=min or mode=max; got '${raw}'` }
}

function parseVersion(raw: string, allowAuto: boolean): Parsed<string> {
  if (allowAuto && raw === 'auto') return { ok: true, value: 'auto' }
  const v = validVersion(raw)
  if (v && /^\d+\.\d+\.\d+$/.test(v) && v === raw) return { ok: true, value: v }
  return {
    ok: false,
    message: `must be MAJOR.MINOR.PATCH such as 1.0.3${allowAuto ? ", or 'auto'" : ''}; got '${raw}'`
  }
}

function parseSince(raw: string): Parsed<Date> {
  const r = z.iso.datetime({ offset: true }).safeParse(raw)
  if (!r.success) {
    return {
      ok: false,
      message: `must be an ISO 8601 time such as 2026-11-29T03:16:14.123Z; got '${raw}'`
    }
  }
  return { ok: true, value: new Date(raw) }
}

// ---------------------------------------------------------------------------------------
// The reader: collects every problem, then throws one ConfigurationError naming them all.

class Reader {
  private readonly problems: string[] = []
  constructor(
    private readonly raw: RawInputs,
    private readonly step: StepName
  ) {}

  /** The input's value, its default, or undefined when empty. */
  value(name: InputName): string | undefined {
    const v = this.raw[name]?.trim()
    return v ? v : inputDefault(this.step, name)
  }

  field<T>(name: InputName, parse: (raw: string) => Parsed<T>): T | undefined {
    const v = this.value(name)
    if (v === undefined) return undefined
    const r = parse(v)
    if (r.ok) return r.value
    this.problems.push(`Input '${name}' ${r.message}.`)
    return undefined
  }

  /** As field, on the input exactly as given (not trimmed). */
  rawField<T>(name: InputName, parse: (raw: string) => Parsed<T>): T | undefined {
    const v = this.raw[name]
    if (v === undefined || v.trim() === '') return undefined
    const r = parse(v)
    if (r.ok) return r.value
    this.problems.push(`Input '${name}' ${r.message}.`)
    return undefined
  }

  required<T>(name: InputName, parse: (raw: string) => Parsed<T>, hint: string): T {
    const v = this.field(name, parse)
    if (v === undefined && this.value(name) === undefined) {
      this.problems.push(`Input '${name}' is required: ${hint}.`)
    }
    return v as T
  }

  problem(message: string): void {
    this.problems.push(message)
  }

  /** Targets given as ARNs elsewhere than the run's region (and account, when given). */
  foreign(name: InputName, targets: readonly Target[] | undefined, common: Common): void {
    // Without a valid region, 'region' is the problem to report, not every ARN.
    if (!common.region) return
    for (const problem of foreignTargets(targets ?? [], common.region, common.accountId)) {
      this.problems.push(`Input '${name}': ${problem}.`)
    }
  }

  done(): void {
    if (this.problems.length === 0) return
    // The pipeline reads some inputs for more than one step; each problem is said once.
    const problems = [...new Set(this.problems)]
    const subject = /Input '([^']+)'/.exec(problems[0]!)?.[1]
    throw new ConfigurationError(problems.join('\n'), subject)
  }
}

const re =
  (pattern: RegExp, message: string) =>
  (raw: string): Parsed<string> =>
    fromZod(text(pattern, message), raw)

function readCommon(r: Reader, env: NodeJS.ProcessEnv): Common {
  const region = r.value('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION
  let parsedRegion = ''
  if (!region) {
    r.problem(
      "Input 'region' is required: set it, or AWS_REGION in the environment (aws-actions/configure-aws-credentials sets it)."
    )
  } else if (!fitsAPartition(region)) {
    r.problem(`Input 'region' must be an AWS region such as eu-west-1; got '${region}'.`)
  } else parsedRegion = region
  const accountId = r.field(
    'account-id',
    re(
      ACCOUNT,
      'must be the 12-digit AWS account id, e.g. 123456789012; leave it empty to resolve it with STS'
    )
  )
  return { region: parsedRegion, accountId }
}

const repository = re(
  REPOSITORY,
  "must be an ECR repository name: lower case letters, digits, '.', '_', '-' and '/', e.g. dynamodb_access_sample"
)
const iamName = re(IAM_NAME, 'must be an IAM name: letters, digits and +=,.@_- (at most 128)')
const tableName = re(
  TABLE_NAME,
  "must be a DynamoDB table name: 3 to 255 letters, digits, '_', '-' or '.'"
)
const positiveSeconds = (raw: string): Parsed<number> => fromZod(seconds, raw)
export const DEFAULT_CONCURRENCY = Number(INPUTS.concurrency.default)
// More than the SDK's 50 sockets would only queue in the client.
const concurrency = (raw: string): Parsed<number> =>
  fromZod(
    z.coerce
      .number({ error: 'must be a whole number from 1 to 100, e.g. 16' })
      .int('must be a whole number from 1 to 100, e.g. 16')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100'),
    raw
  )
const boolean = (raw: string): Parsed<boolean> => fromZod(bool, raw)

/** Finds the commit to tag the image with outside GitHub Actions. */
export type HeadResolver = () => HeadCommit

function readBuild(
  r: Reader,
  env: NodeJS.ProcessEnv,
  head: HeadResolver
): Omit<BuildPushInputs, keyof Common> {
  const context = r.value('context')!
  const builder = r.field('builder', raw =>
    ['docker', 'buildah', 'podman'].includes(raw)
      ? { ok: true as const, value: raw as Builder }
      : { ok: false as const, message: `must be docker, buildah or podman; got '${raw}'` }
  )
  let imageTag = r.value('image-tag') ?? env.GITHUB_SHA
  if (!imageTag && env.GITHUB_ACTIONS !== 'true') {
    // Where a developer works: the commit of the work tree, as GITHUB_SHA is in a job.
    const commit = head()
    if ('sha' in commit) imageTag = commit.sha
    else {
      r.problem(
        `Input 'image-tag' defaults to the commit of the git work tree (git rev-parse HEAD), but ${commit.problem}: run from your checkout, or pass a tag, e.g. --image-tag v1.2.3.`
      )
    }
  } else if (!imageTag) {
    r.problem("Input 'image-tag' is required: GITHUB_SHA is not set; set image-tag.")
  }
  if (imageTag && !IMAGE_TAG.test(imageTag)) {
    r.problem(
      `Input 'image-tag' must be a Docker tag (letters, digits, '_', '.', '-'; at most 128); got '${imageTag}'.`
    )
  }
  const platforms =
    r.field('platforms', raw => {
      const list = raw
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(Boolean)
      const bad = list.find(p => !PLATFORM.test(p))
      return bad
        ? { ok: false as const, message: `has '${bad}', which is not os/arch such as linux/arm64` }
        : { ok: true as const, value: list }
    }) ?? []
  const provenance = r.field('provenance', parseProvenance) ?? false
  if (provenance && builder !== undefined && builder !== 'docker') {
    r.problem(
      `Input 'provenance' is for builder docker (BuildKit's attestations); ${builder} makes none: set provenance to false, or builder to docker.`
    )
  }
  return {
    context,
    dockerfile: r.value('dockerfile') ?? `${context.replace(/\/+$/, '')}/Dockerfile`,
    repository: r.field('repository', repository)!,
    imageTag: imageTag ?? '',
    platforms,
    builder: builder ?? 'docker',
    registry: r.field('registry', parseRegistry),
    buildArgs: r.field('build-args', parseBuildArgs) ?? {},
    // Read raw: a secret's spaces are its own, and value() trims.
    secrets: r.rawField('secrets', parseSecrets) ?? {},
    target: r.field(
      'target',
      re(STAGE_NAME, 'must be a stage name of the Dockerfile (FROM … AS <name>), e.g. runtime')
    ),
    provenance,
    cache: r.field('cache', boolean) ?? false
  }
}

function readVariables(r: Reader): Record<string, string> {
  return r.field('variables', parseVariables) ?? {}
}

function readRender(r: Reader): Omit<RenderInputs, keyof Common | 'imageUri' | 'output'> {
  return {
    recipe: r.value('recipe')!,
    componentName: r.field(
      'component-name',
      re(/^[a-zA-Z0-9._-]{1,128}$/, 'must be a component name such as com.example.AccessDynamoDb')
    ),
    componentVersion: r.field('component-version', raw => parseVersion(raw, true))!,
    variables: readVariables(r),
    tableName: r.field('table-name', tableName)!,
    repository: r.field('repository', repository)!,
    roleName: r.field('role-name', iamName)!
  }
}

function readPolicy(r: Reader): Omit<PolicyInputs, keyof Common | 'dryRun'> {
  return {
    policy: r.value('policy')!,
    policyName: r.field('policy-name', iamName)!,
    roleName: r.field('role-name', iamName)!,
    tableName: r.field('table-name', tableName)!,
    repository: r.field('repository', repository)!,
    variables: readVariables(r)
  }
}

export function parsePercent(raw: string): Parsed<number> {
  const n = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN
  return n >= 0 && n <= 100
    ? { ok: true, value: n }
    : { ok: false, message: `must be a percentage from 0 to 100, e.g. 5 or 2.5; got '${raw}'` }
}

function readDeploy(r: Reader): Omit<DeployInputs, keyof Common | 'recipePath' | 'dryRun'> {
  const targets = r.field('targets', parseTargets)
  if (targets && targets.length === 0) r.problem("Input 'targets' lists no target.")
  const canary = r.field('canary', parseTargets) ?? []
  const wait = r.field('wait', boolean)!
  const rollback = r.field('rollback', boolean)!
  if (wait === false && canary.length > 0) {
    r.problem(
      "Input 'canary' needs wait: true: the other targets are deployed only after the canary's devices succeeded."
    )
  }
  if (wait === false && rollback) {
    r.problem(
      "Input 'rollback' needs wait: true: a failure is only known by waiting for the devices."
    )
  }
  if (targets && canary.length > 0 && targets.every(t => canary.some(c => sameTarget(c, t)))) {
    r.problem(
      "Input 'canary' lists every target: name the canary targets in 'canary' and the rest of the fleet in 'targets'."
    )
  }
  return {
    deployment: r.value('deployment')!,
    targets,
    canary,
    wait,
    waitTimeoutSeconds: r.field('wait-timeout', positiveSeconds)!,
    failureThreshold: r.field('failure-threshold', parsePercent)!,
    rollback
  }
}

export function sameTarget(a: Target, b: Target): boolean {
  return a.kind === b.kind && a.name === b.name
}

export function parseBuildPushInputs(
  raw: RawInputs,
  env = process.env,
  head: HeadResolver = headCommit
): BuildPushInputs {
  const r = new Reader(raw, 'build-push')
  const result = { ...readCommon(r, env), ...readBuild(r, env, head) }
  r.done()
  return result
}

export function parseRenderInputs(raw: RawInputs, env = process.env): RenderInputs {
  const r = new Reader(raw, 'render-recipe')
  const result = {
    ...readCommon(r, env),
    ...readRender(r),
    imageUri: r.required(
      'image-uri',
      re(
        IMAGE_URI,
        'must be <registry>/<repository>@sha256:<64 hex digits>, as build-push outputs it'
      ),
      "pass build-push's image-uri output"
    ),
    output: r.value('output')!
  }
  r.done()
  return result
}

export function parsePolicyInputs(raw: RawInputs, env = process.env): PolicyInputs {
  const r = new Reader(raw, 'attach-policy')
  const result = { ...readCommon(r, env), ...readPolicy(r), dryRun: r.field('dry-run', boolean)! }
  r.done()
  return result
}

export function parseDeployInputs(raw: RawInputs, env = process.env): DeployInputs {
  const r = new Reader(raw, 'deploy')
  const result = {
    ...readCommon(r, env),
    ...readDeploy(r),
    recipePath: r.value('recipe-path')!,
    dryRun: r.field('dry-run', boolean)!
  }
  r.foreign('targets', result.targets, result)
  r.foreign('canary', result.canary, result)
  r.done()
  return result
}

export function parseSmokeInputs(raw: RawInputs, env = process.env): SmokeInputs {
  const r = new Reader(raw, 'smoke')
  const { region } = readCommon(r, env)
  const result: SmokeInputs = {
    region,
    tableName: r.field('table-name', tableName)!,
    targets: r.required('targets', parseTargets, 'list the things or thing groups to check'),
    since: r.required('since', parseSince, "pass deploy's started-at output"),
    timeoutSeconds: r.field('timeout', positiveSeconds)!,
    concurrency: r.field('concurrency', concurrency)!,
    componentVersion: r.field('component-version', raw => parseVersion(raw, false)),
    unchangedTargets: r.field('unchanged-targets', parseTargets) ?? []
  }
  if (result.targets?.length === 0) r.problem("Input 'targets' lists no target.")
  if (result.unchangedTargets.length > 0 && !result.componentVersion) {
    r.problem(
      "Input 'unchanged-targets' needs 'component-version': an unchanged target's item counts whenever it was written, so only its version can tie it to this deployment (pass deploy's component-version output)."
    )
  }
  r.foreign('targets', result.targets, { region, accountId: undefined })
  r.foreign('unchanged-targets', result.unchangedTargets, { region, accountId: undefined })
  r.done()
  return result
}

/** scan-threshold's values, lowest first ('none': no gate). */
export const SCAN_THRESHOLDS = ['none', 'low', 'medium', 'high', 'critical'] as const
export type ScanThreshold = (typeof SCAN_THRESHOLDS)[number]

function scanThreshold(raw: string): Parsed<ScanThreshold> {
  const v = raw.toLowerCase()
  return (SCAN_THRESHOLDS as readonly string[]).includes(v)
    ? { ok: true, value: v as ScanThreshold }
    : {
        ok: false,
        message: `must be one of ${SCAN_THRESHOLDS.join(', ')} (got ${JSON.stringify(raw)})`
      }
}

export function parsePipelineInputs(
  raw: RawInputs,
  env = process.env,
  head: HeadResolver = headCommit
): PipelineInputs {
  const r = new Reader(raw, 'pipeline')
  const result: PipelineInputs = {
    ...readCommon(r, env),
    build: readBuild(r, env, head),
    render: readRender(r),
    policy: readPolicy(r),
    deploy: readDeploy(r),
    smoke: r.field('smoke', boolean)!,
    smokeTimeoutSeconds: r.field('smoke-timeout', positiveSeconds)!,
    smokeConcurrency: r.field('smoke-concurrency', concurrency)!,
    scanThreshold: r.field('scan-threshold', scanThreshold)!,
    dryRun: r.field('dry-run', boolean)!,
    prune: r.field('prune', boolean)!,
    keep: r.field('keep', keepCount)!
  }
  r.foreign('targets', result.deploy.targets, result)
  r.foreign('canary', result.deploy.canary, result)
  r.done()
  return result
}

// At least one: the newest version may be a concurrent run's, created but not deployed yet.
const keepCount = (raw: string): Parsed<number> =>
  fromZod(
    z.coerce
      .number({ error: 'must be a whole number from 1 to 1000, e.g. 5' })
      .int('must be a whole number from 1 to 1000, e.g. 5')
      .min(
        1,
        'must be at least 1: the newest version may be a run of this moment, not deployed yet'
      )
      .max(1000, 'must be at most 1000'),
    raw
  )

export function parsePruneInputs(raw: RawInputs, env = process.env): PruneInputs {
  const r = new Reader(raw, 'prune')
  const result: PruneInputs = {
    ...readCommon(r, env),
    recipe: r.value('recipe')!,
    componentName: r.field(
      'component-name',
      re(/^[a-zA-Z0-9._-]{1,128}$/, 'must be a component name such as com.example.AccessDynamoDb')
    ),
    variables: readVariables(r),
    repository: r.field('repository', repository)!,
    keep: r.field('keep', keepCount)!,
    dryRun: r.field('dry-run', boolean)!
  }
  r.done()
  return result
}

// ---------------------------------------------------------------------------------------
// Outputs, declared once like the inputs.

export const OUTPUTS = {
  'image-uri': '<registry>/<repository>@sha256:<digest>',
  'image-digest': 'sha256:… of the pushed image',
  registry: 'Registry host the image was pushed to',
  'recipe-path': 'Path of the rendered recipe',
  'component-name': 'Component name',
  'component-version': 'Component version deployed',
  'component-arn': 'ARN of the component version',
  'policy-arn': 'ARN of the device policy',
  'policy-version': 'Default version id of the device policy',
  changed: 'true when the policy document was created or changed',
  'deployment-ids': 'JSON object: target ARN → deployment id',
  'deployment-url':
    "Console page of the first target's deployment (a single URL, for a workflow's environment url); '' when none was made",
  'started-at': 'ISO 8601 UTC time the deployments started; the smoke check counts items from it',
  'unchanged-targets':
    'Targets whose latest deployment already had this component set (no new deployment)',
  'smoke-result':
    'JSON object: thing name → found or missing; above 1,000 devices, the missing ones only (at most 1,000)',
  'smoke-counts': 'JSON object: {"found": N, "missing": M}',
  'smoke-report': 'Path of a JSON file with every device: its verdict, item and reason',
  'pruned-versions': 'JSON array: the component versions deleted (with dry-run: that would be)',
  'pruned-images': 'JSON array: the image digests deleted (with dry-run: that would be)'
} as const satisfies Record<string, string>

export type OutputName = keyof typeof OUTPUTS

export const STEP_OUTPUTS = {
  'build-push': ['image-uri', 'image-digest', 'registry'],
  'render-recipe': ['recipe-path', 'component-name', 'component-version'],
  'attach-policy': ['policy-arn', 'policy-version', 'changed'],
  deploy: [
    'component-arn',
    'component-name',
    'component-version',
    'deployment-ids',
    'deployment-url',
    'started-at',
    'unchanged-targets'
  ],
  smoke: ['smoke-result', 'smoke-counts', 'smoke-report'],
  pipeline: [
    'image-uri',
    'image-digest',
    'component-name',
    'component-version',
    'component-arn',
    'policy-arn',
    'deployment-ids',
    'deployment-url',
    'smoke-result',
    'smoke-counts',
    'smoke-report'
  ],
  prune: ['pruned-versions', 'pruned-images']
} as const satisfies Record<StepName, readonly OutputName[]>

export type Outputs = Partial<Record<OutputName, string>>
