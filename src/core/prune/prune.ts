// The prune step: delete the component versions and ECR images nothing uses any more, beyond
// the newest `keep`, so that a pipeline running on every commit does not grow the account
// without bound. What is in use is read, never guessed: every deployment of the account that
// is some target's latest, every ACTIVE one, and each target's deployment before its latest
// (where a rollback goes); every component version they name is kept, and every image digest
// the recipes of the kept versions pin. Images are deleted before versions, so that a run that
// stops halfway leaves each remaining version's pins readable for the rerun to finish.
import {
  DeleteComponentCommand,
  GetComponentCommand,
  GetDeploymentCommand,
  ListComponentVersionsCommand,
  ListDeploymentsCommand,
  type Deployment,
  type GreengrassV2Client
} from '@aws-sdk/client-greengrassv2'
import {
  BatchDeleteImageCommand,
  DescribeImagesCommand,
  type ECRClient,
  type ImageDetail
} from '@aws-sdk/client-ecr'
import compareVersions from 'semver/functions/rcompare.js'
import { componentArn } from '../arns.js'
import { awsErrorName, errorMessage, awsFailure } from '../shared/errors.js'
import { mapLimit } from '../deploy/fleet.js'
import { IMAGE_URI } from '../config.js'
import { field, parseRecipe } from '../recipe/render-recipe.js'
import type { StepContext } from '../shared/report.js'
import { withRetry } from '../shared/retry.js'

/** The build cache's tag (build-push's cache input): never an image of a version. */
const CACHE_TAG = 'ggcd-cache'
/** GetDeployment / GetComponent calls in flight at once. */
const READ_CONCURRENCY = 8
/** BatchDeleteImage takes at most 100 image ids. */
const DELETE_BATCH = 100

export interface PruneOptions {
  region: string
  accountId: string
  componentName: string
  repository: string
  keep: number
  dryRun: boolean
}

/** Why a version stays: the deployments naming it, or its place among the newest. */
export interface KeptVersion {
  version: string
  reasons: string[]
}

export interface PruneResult {
  componentName: string
  repository: string
  keep: number
  dryRun: boolean
  kept: KeptVersion[]
  /** Versions deleted (in a dry run: that would be). */
  versions: string[]
  /** Image digests deleted (in a dry run: that would be). */
  images: string[]
  /** What could not be deleted; a rerun retries it. */
  failures: string[]
}

// ---------------------------------------------------------------------------------------
// The selection, on plain data

/** A deployment that names a version of the component, and why it counts as in use. */
export interface Use {
  version: string
  /** e.g. "latest deployment d-1 of thinggroup/Fleet". */
  reason: string
}

/**
 * Which versions stay and which go: every version a deployment uses stays, and so do the
 * newest `keep` versions (in version order, newest first); the rest go.
 */
export function selectVersions(
  versions: readonly string[],
  uses: readonly Use[],
  keep: number
): { kept: KeptVersion[]; deleted: string[] } {
  const reasons = new Map<string, string[]>()
  for (const use of uses)
    reasons.set(use.version, [...(reasons.get(use.version) ?? []), use.reason])
  const sorted = [...new Set(versions)].sort(byVersion)
  const kept: KeptVersion[] = []
  const deleted: string[] = []
  sorted.forEach((version, i) => {
    const why = [...(reasons.get(version) ?? [])]
    if (i < keep) why.push(`one of the newest ${keep}`)
    if (why.length > 0) kept.push({ version, reasons: why })
    else deleted.push(version)
  })
  return { kept, deleted }
}

function byVersion(a: string, b: string): number {
  // Versions that are not semver (another tool's) sort after, and are thereby older.
  const valid = (v: string) => /^\d+\.\d+\.\d+/.test(v)
  if (valid(a) && valid(b)) return compareVersions(a, b, true)
  return Number(valid(b)) - Number(valid(a)) || b.localeCompare(a)
}

export interface RepositoryImage {
  digest: string
  tags: string[]
  pushedAt?: Date
}

/**
 * Which images go: those pinned only by deleted versions. An image that a kept version pins,
 * one of the newest `keep` pushed (a concurrent run may be about to pin it), the build cache,
 * and an image no version of ours ever pinned (someone else's) all stay.
 */
export function selectImages(
  images: readonly RepositoryImage[],
  pins: ReadonlyMap<string, readonly string[]>,
  keptVersions: readonly string[],
  deletedVersions: readonly string[],
  keep: number
): string[] {
  const keptDigests = new Set(keptVersions.flatMap(v => pins.get(v) ?? []))
  const ofDeleted = new Set(deletedVersions.flatMap(v => pins.get(v) ?? []))
  const time = (i: RepositoryImage) => i.pushedAt?.getTime() ?? 0
  const newest = new Set(
    [...images]
      .filter(i => !i.tags.includes(CACHE_TAG))
      .sort((a, b) => time(b) - time(a))
      .slice(0, keep)
      .map(i => i.digest)
  )
  return images
    .filter(
      i =>
        ofDeleted.has(i.digest) &&
        !keptDigests.has(i.digest) &&
        !newest.has(i.digest) &&
        !i.tags.includes(CACHE_TAG)
    )
    .map(i => i.digest)
}

/**
 * The deployments whose components count as in use: each target's latest, every ACTIVE one,
 * and each target's newest before its latest (a rollback's destination).
 */
export function deploymentsInUse(deployments: readonly Deployment[]): Map<string, string> {
  const byTarget = new Map<string, Deployment[]>()
  for (const d of deployments) {
    if (!d.deploymentId) continue
    const target = d.targetArn ?? ''
    byTarget.set(target, [...(byTarget.get(target) ?? []), d])
  }
  const why = new Map<string, string>()
  const time = (d: Deployment) => d.creationTimestamp?.getTime() ?? 0
  for (const [target, list] of byTarget) {
    const label = target.replace(/^arn:[^:]+:iot:[^:]+:\d+:/, '') || 'an unknown target'
    // Newest first; the API's own mark of the latest wins over the clock.
    const sorted = [...list].sort(
      (a, b) =>
        Number(b.isLatestForTarget ?? false) - Number(a.isLatestForTarget ?? false) ||
        time(b) - time(a)
    )
    sorted.forEach((d, i) => {
      const id = d.deploymentId!
      if (i === 0 || d.isLatestForTarget) why.set(id, `latest deployment ${id} of ${label}`)
      else if (i === 1) why.set(id, `deployment ${id} of ${label}, where a rollback goes`)
      else if (d.deploymentStatus === 'ACTIVE') why.set(id, `ACTIVE deployment ${id} of ${label}`)
    })
  }
  return why
}

/** The image digests a recipe pins in the repository: artifacts docker:<registry>/<repo>@sha256:…. */
export function pinnedDigests(recipeText: string, repository: string): string[] {
  const recipe = parseRecipe(recipeText, 'recipe.json', 'json')
  const digests: string[] = []
  const manifests = field(recipe, 'Manifests')
  for (const manifest of Array.isArray(manifests) ? manifests : []) {
    const artifacts = field(manifest, 'Artifacts')
    for (const artifact of Array.isArray(artifacts) ? artifacts : []) {
      const uri = field(artifact, 'Uri')
      if (typeof uri !== 'string' || !uri.startsWith('docker:')) continue
      const m = IMAGE_URI.exec(uri.slice('docker:'.length))
      if (m && m[2] === repository && !digests.includes(m[3]!)) digests.push(m[3]!)
    }
  }
  return digests
}

// ---------------------------------------------------------------------------------------
// The step

export interface PruneClients {
  greengrass: GreengrassV2Client
  ecr: ECRClient
}

async function call<T>(ctx: StepContext, what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await withRetry(ctx, what, fn)
  } catch (error) {
    // `what` is the IAM action and what it was called on: `greengrass:ListDeployments *`.
    const [action, ...on] = what.split(' ')
    throw awsFailure(error, { action: action!, resource: on.join(' ') || '*' })
  }
}

export function componentArnOf(region: string, accountId: string, name: string): string {
  return componentArn(region, accountId, name)
}

export async function prune(
  options: PruneOptions,
  clients: PruneClients,
  ctx: StepContext
): Promise<PruneResult> {
  const { componentName, repository, keep, dryRun } = options
  const { reporter } = ctx
  const gg = clients.greengrass
  const result: PruneResult = {
    componentName,
    repository,
    keep,
    dryRun,
    kept: [],
    versions: [],
    images: [],
    failures: []
  }

  // 1. What is in use: every deployment of the account, read once.
  const deployments: Deployment[] = []
  let nextToken: string | undefined
  do {
    const page = await call(ctx, 'greengrass:ListDeployments', () =>
      gg.send(new ListDeploymentsCommand({ historyFilter: 'ALL', nextToken, maxResults: 100 }))
    )
    deployments.push(...(page.deployments ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  const inUse = deploymentsInUse(deployments)
  const uses: Use[] = []
  await mapLimit([...inUse], READ_CONCURRENCY, async ([id, reason]) => {
    const d = await call(ctx, `greengrass:GetDeployment ${id}`, () =>
      gg.send(new GetDeploymentCommand({ deploymentId: id }))
    )
    const version = d.components?.[componentName]?.componentVersion
    if (version) uses.push({ version, reason })
  })

  // 2. The component's versions, and which go.
  const arn = componentArnOf(options.region, options.accountId, componentName)
  const versions: { version: string; arn: string }[] = []
  nextToken = undefined
  try {
    do {
      const page = await withRetry(ctx, 'ListComponentVersions', () =>
        gg.send(new ListComponentVersionsCommand({ arn, nextToken }))
      )
      for (const v of page.componentVersions ?? []) {
        if (v.componentVersion && v.arn) versions.push({ version: v.componentVersion, arn: v.arn })
      }
      nextToken = page.nextToken
    } while (nextToken)
  } catch (error) {
    if (awsErrorName(error) !== 'ResourceNotFoundException') {
      await call(ctx, `greengrass:ListComponentVersions ${arn}`, () => Promise.reject(error))
    }
  }
  const { kept, deleted } = selectVersions(
    versions.map(v => v.version),
    uses,
    keep
  )
  result.kept = kept
  for (const k of kept)
    reporter.info(`Keeps ${componentName} ${k.version}: ${k.reasons.join('; ')}.`)

  // 3. The images: what every version of ours pins, and what the repository holds.
  const pins = new Map<string, string[]>()
  await mapLimit(versions, READ_CONCURRENCY, async v => {
    const got = await call(ctx, `greengrass:GetComponent ${v.arn}`, () =>
      gg.send(new GetComponentCommand({ arn: v.arn, recipeOutputFormat: 'JSON' }))
    )
    pins.set(v.version, pinnedDigests(new TextDecoder().decode(got.recipe), repository))
  })
  const images = await repositoryImages(clients.ecr, ctx, repository)
  const goingImages = selectImages(
    images,
    pins,
    kept.map(k => k.version),
    deleted,
    keep
  )

  const verb = dryRun ? 'Would delete' : 'Deleting'
  for (const digest of goingImages) reporter.info(`${verb} image ${repository}@${digest}.`)
  for (const v of deleted) reporter.info(`${verb} ${componentName} ${v}: no deployment uses it.`)
  if (dryRun) {
    result.images = goingImages
    result.versions = deleted
    return result
  }

  // 4. Images first, then versions (see the top of the file).
  for (let i = 0; i < goingImages.length; i += DELETE_BATCH) {
    const batch = goingImages.slice(i, i + DELETE_BATCH)
    const answer = await call(ctx, `ecr:BatchDeleteImage ${repository}`, () =>
      clients.ecr.send(
        new BatchDeleteImageCommand({
          repositoryName: repository,
          imageIds: batch.map(imageDigest => ({ imageDigest }))
        })
      )
    )
    const failed = new Map(
      (answer.failures ?? [])
        .filter(f => f.failureCode !== 'ImageNotFound')
        .map(f => [f.imageId?.imageDigest ?? '', `${f.failureCode}: ${f.failureReason ?? ''}`])
    )
    for (const digest of batch) {
      if (failed.has(digest)) {
        result.failures.push(`image ${repository}@${digest} not deleted: ${failed.get(digest)}`)
      } else result.images.push(digest)
    }
  }
  const undeletedImages = new Set(goingImages.filter(d => !result.images.includes(d)))
  for (const v of versions.filter(v => deleted.includes(v.version))) {
    // A version whose image stayed stays too, so that a rerun still finds the image's pin.
    if ((pins.get(v.version) ?? []).some(d => undeletedImages.has(d))) continue
    try {
      await withRetry(ctx, `DeleteComponent ${v.arn}`, () =>
        gg.send(new DeleteComponentCommand({ arn: v.arn }))
      )
      result.versions.push(v.version)
    } catch (error) {
      if (awsErrorName(error) === 'ResourceNotFoundException') {
        result.versions.push(v.version)
        continue
      }
      result.failures.push(
        `${componentName} ${v.version} not deleted: ${errorMessage(awsFailure(error, { action: 'greengrass:DeleteComponent', resource: v.arn }))}`
      )
    }
  }
  reporter.info(
    `Deleted ${result.versions.length} component version(s) and ${result.images.length} image(s); kept ${kept.length} version(s).`
  )
  return result
}

async function repositoryImages(
  ecr: ECRClient,
  ctx: StepContext,
  repository: string
): Promise<RepositoryImage[]> {
  const details: ImageDetail[] = []
  let nextToken: string | undefined
  try {
    do {
      const page = await withRetry(ctx, 'DescribeImages', () =>
        ecr.send(new DescribeImagesCommand({ repositoryName: repository, nextToken }))
      )
      details.push(...(page.imageDetails ?? []))
      nextToken = page.nextToken
    } while (nextToken)
  } catch (error) {
    if (awsErrorName(error) === 'RepositoryNotFoundException') return []
    return call(ctx, `ecr:DescribeImages ${repository}`, () => Promise.reject(error))
  }
  return details
    .filter(d => d.imageDigest)
    .map(d => ({ digest: d.imageDigest!, tags: d.imageTags ?? [], pushedAt: d.imagePushedAt }))
}
