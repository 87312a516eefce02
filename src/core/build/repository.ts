// The ECR repository the build-push step pushes to: found (DescribeRepositories), or created
// with scan on push, immutable tags (but BuildKit's cache tag), AES256 encryption and a
// lifecycle policy that expires untagged images; and its images looked up by tag.
import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  type ECRClient,
  PutLifecyclePolicyCommand,
  type CreateRepositoryCommandInput,
  type Repository
} from '@aws-sdk/client-ecr'
import { ConfigurationError, StepFailure, awsErrorName, awsFailure } from '../shared/errors.js'
import type { BuildPushInputs } from '../config.js'
import type { Reporter } from '../shared/report.js'
import { CACHE_TAG_PREFIX, cacheTag } from './argv.js'
import { DIGEST } from './builders.js'

/** The exclusion filter that keeps BuildKit's cache tags mutable in an IMMUTABLE repository. */
export const CACHE_TAG_FILTER = `${CACHE_TAG_PREFIX}*`

/** Days after which the lifecycle policy of a repository ggcd creates expires an untagged image. */
export const UNTAGGED_EXPIRY_DAYS = 14

/** An ECR call, retried on transient failures (the step's withRetry). */
export type Call = <T>(action: string, fn: () => Promise<T>) => Promise<T>

/** An image as DescribeImages shows it. */
export interface Found {
  digest: string
  /** Every tag of the image, as DescribeImages lists them. */
  tags: string[]
}

/** Where the step's ECR calls go, and how they are made. */
export interface RepositoryAccess {
  ecr: ECRClient
  call: Call
  accountId: string
  repository: string
  /** The registry host, for messages. */
  host: string
}

/**
 * The lifecycle policy of a repository ggcd creates: untagged images expire. Every image ggcd
 * pushes is tagged (image-tag and the inputs tag), so what is untagged is what a push cut short
 * left behind, or an image whose tags someone removed. The per-platform images of a
 * multi-platform image are untagged too, but ECR never expires an image an index refers to.
 */
export function lifecyclePolicyText(days = UNTAGGED_EXPIRY_DAYS): string {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: `Expire untagged images ${days} days after their push (set by ggcd)`,
        selection: {
          tagStatus: 'untagged',
          countType: 'sinceImagePushed',
          countUnit: 'days',
          countNumber: days
        },
        action: { type: 'expire' }
      }
    ]
  })
}

export function ecrFailure(action: string, error: unknown, resource: string): Error {
  return awsFailure(error, {
    action: `ecr:${action}`,
    resource,
    hint: "Check the region and the credentials' account, then rerun."
  })
}

/** Whether the repository exists; an existing one is checked for a cache tag it could refuse. */
export async function repositoryExists(
  access: RepositoryAccess,
  inputs: BuildPushInputs,
  repositoryArn: string
): Promise<boolean> {
  const { ecr, call, accountId, repository } = access
  try {
    const described = await call('DescribeRepositories', () =>
      ecr.send(
        new DescribeRepositoriesCommand({ registryId: accountId, repositoryNames: [repository] })
      )
    )
    checkCacheTagMutable(inputs, described.repositories?.[0])
    return true
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    if (awsErrorName(error) !== 'RepositoryNotFoundException') {
      throw ecrFailure('DescribeRepositories', error, repositoryArn)
    }
    return false
  }
}

/** The image a tag names, or undefined when the tag is free. */
export async function imageByTag(
  access: RepositoryAccess,
  tag: string,
  repositoryArn: string
): Promise<Found | undefined> {
  const { ecr, call, accountId, repository, host } = access
  try {
    const found = await call('DescribeImages', () =>
      ecr.send(
        new DescribeImagesCommand({
          registryId: accountId,
          repositoryName: repository,
          imageIds: [{ imageTag: tag }]
        })
      )
    )
    const image = found.imageDetails?.[0]
    const digest = image?.imageDigest
    if (digest === undefined) return undefined
    if (!DIGEST.test(digest)) {
      throw new StepFailure(
        `ECR reports digest '${digest}' for ${host}/${repository}:${tag}; expected sha256:<64 hex>.`
      )
    }
    return { digest, tags: image?.imageTags ?? [] }
  } catch (error) {
    if (awsErrorName(error) === 'ImageNotFoundException') return undefined
    if (error instanceof StepFailure) throw error
    throw ecrFailure('DescribeImages', error, repositoryArn)
  }
}

/**
 * Creates the repository; true when this run created it, false when it was there by the time
 * the create arrived (which is what we wanted): another run made it since our describe, or
 * this run's own create did, its answer lost and the SDK's retry told it exists. Either way
 * the repository is one ggcd made in this run's window, so it gets ggcd's lifecycle policy
 * (the same text every time) as one created here would.
 */
export async function createRepository(
  access: RepositoryAccess,
  inputs: BuildPushInputs,
  repositoryArn: string,
  reporter: Reporter
): Promise<boolean> {
  const { ecr, call, accountId, repository } = access
  try {
    await call('CreateRepository', () =>
      ecr.send(new CreateRepositoryCommand(createRepositoryInput(inputs, accountId)))
    )
    reporter.info(
      `Created ECR repository ${repository} (scan on push, immutable tags${useCacheTag(inputs) ? ` but ${CACHE_TAG_FILTER}, the build cache` : ''}, AES256 encryption).`
    )
    await putLifecyclePolicy(access, repositoryArn, reporter)
    return true
  } catch (error) {
    // Another run created it between our describe and create: that is what we wanted.
    if (awsErrorName(error) !== 'RepositoryAlreadyExistsException') {
      throw ecrFailure('CreateRepository', error, repositoryArn)
    }
    reporter.info(
      `ECR repository ${repository} was created just now (by another run, or by this run's own create whose answer was lost); using it.`
    )
    await putLifecyclePolicy(access, repositoryArn, reporter)
    return false
  }
}

// The repository works without it: a failure is said, and the push goes on.
async function putLifecyclePolicy(
  access: RepositoryAccess,
  repositoryArn: string,
  reporter: Reporter
): Promise<void> {
  const { ecr, call, accountId, repository } = access
  try {
    await call('PutLifecyclePolicy', () =>
      ecr.send(
        new PutLifecyclePolicyCommand({
          registryId: accountId,
          repositoryName: repository,
          lifecyclePolicyText: lifecyclePolicyText()
        })
      )
    )
    reporter.info(
      `Set the lifecycle policy of ${repository}: untagged images expire ${UNTAGGED_EXPIRY_DAYS} days after their push.`
    )
  } catch (error) {
    reporter.warning(
      `${ecrFailure('PutLifecyclePolicy', error, repositoryArn).message} The repository is used without a lifecycle policy: untagged images stay until someone deletes them.`
    )
  }
}

/** BuildKit's cache is one tag pushed again on every build; buildah's are content keys. */
function useCacheTag(inputs: BuildPushInputs): boolean {
  return Boolean(inputs.cache) && inputs.builder === 'docker'
}

/** The repository ggcd creates: scan on push, immutable tags (but the cache's), AES256. */
export function createRepositoryInput(
  inputs: BuildPushInputs,
  accountId: string
): CreateRepositoryCommandInput {
  return {
    registryId: accountId,
    repositoryName: inputs.repository,
    imageScanningConfiguration: { scanOnPush: true },
    ...tagMutability(inputs),
    encryptionConfiguration: { encryptionType: 'AES256' }
  }
}

/** CreateRepository's tag mutability: immutable, but for the cache tag when there is one. */
function tagMutability(
  inputs: BuildPushInputs
): Pick<CreateRepositoryCommandInput, 'imageTagMutability' | 'imageTagMutabilityExclusionFilters'> {
  if (!useCacheTag(inputs)) return { imageTagMutability: 'IMMUTABLE' }
  return {
    imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
    imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: CACHE_TAG_FILTER }]
  }
}

/**
 * An existing repository where the cache tag could be pushed once and never again: found
 * before anything is built, with the command that fixes it.
 */
export function checkCacheTagMutable(inputs: BuildPushInputs, repository?: Repository): void {
  if (!useCacheTag(inputs) || !repository) return
  const mutability = repository.imageTagMutability
  if (mutability === 'MUTABLE' || mutability === undefined) return
  const filters = repository.imageTagMutabilityExclusionFilters ?? []
  const tag = cacheTag(inputs.target)
  if (mutability === 'IMMUTABLE_WITH_EXCLUSION' && filters.some(f => wildcard(f.filter, tag))) {
    return
  }
  throw new ConfigurationError(
    `Input 'cache': ECR repository ${inputs.repository} has immutable tags, so BuildKit's cache tag ${tag} could be pushed only once. Exclude it from immutability (aws ecr put-image-tag-mutability --repository-name ${inputs.repository} --image-tag-mutability IMMUTABLE_WITH_EXCLUSION --image-tag-mutability-exclusion-filters filterType=WILDCARD,filter='${CACHE_TAG_FILTER}'), or set cache to false.`,
    'cache'
  )
}

/** ECR's WILDCARD exclusion filter: `*` matches any run of characters. */
function wildcard(filter: string | undefined, tag: string): boolean {
  if (!filter) return false
  const regex = filter
    .split('*')
    .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${regex}$`).test(tag)
}
