// Each step's inputs are parsed and validated together, before any AWS call, and every
// problem is reported at once with the input's name and how to fix it. The inputs themselves
// are catalogue.ts's, the field parsers fields.ts's, the typed result src/core/config.ts's.
import { ConfigurationError } from '../core/shared/errors.js'
import { fitsAPartition } from '../core/shared/aws.js'
import { parseRegistry } from '../core/registry.js'
import { foreignTargets, parseTargets, sameTarget } from '../core/target-names.js'
import { canaryNeedsFleet, canaryNeedsWait, rollbackNeedsWait } from '../core/deploy/rules.js'
import {
  IMAGE_URI,
  type BuildPushInputs,
  type Builder,
  type Common,
  type DeployInputs,
  type Parsed,
  type PipelineInputs,
  type PolicyInputs,
  type PruneInputs,
  type RenderInputs,
  type SmokeInputs,
  type Target
} from '../core/config.js'
import { inputDefault, type InputName, type RawInputs, type StepName } from './catalogue.js'
import { headCommit, type HeadCommit } from './git.js'
import {
  ACCOUNT,
  IMAGE_TAG,
  PLATFORM,
  STAGE_NAME,
  boolean,
  concurrency,
  iamName,
  keepCount,
  parseBuildArgs,
  parsePercent,
  parseProvenance,
  parseSecrets,
  parseSince,
  parseVariables,
  parseVersion,
  positiveSeconds,
  re,
  repository,
  scanThreshold,
  tableName
} from './fields.js'

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

function readDeploy(r: Reader): Omit<DeployInputs, keyof Common | 'recipePath' | 'dryRun'> {
  const targets = r.field('targets', parseTargets)
  if (targets && targets.length === 0) r.problem("Input 'targets' lists no target.")
  const canary = r.field('canary', parseTargets) ?? []
  const wait = r.field('wait', boolean)!
  const rollback = r.field('rollback', boolean)!
  // The rules' owner is src/core/deploy/rules.ts; an unreadable wait or rollback is
  // reported by its own field.
  const canaries = canary.length
  const fleet = targets?.filter(t => !canary.some(c => sameTarget(c, t))).length
  for (const problem of [
    wait === undefined ? undefined : canaryNeedsWait({ canaries, wait }),
    wait === undefined ? undefined : rollbackNeedsWait({ rollback: rollback ?? false, wait }),
    fleet === undefined ? undefined : canaryNeedsFleet({ canaries, fleet })
  ]) {
    if (problem) r.problem(problem)
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
