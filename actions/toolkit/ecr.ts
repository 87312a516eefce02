// The build-push step: make sure the ECR repository exists, reuse the image already pushed
// for this tag (a rerun of the same commit neither fails on the immutable tag nor gets a new
// digest) or for the same build inputs (a commit that changed nothing the build sees, e.g.
// docs only), otherwise log in with an ECR token, build, push and report the image by
// digest — the only form the recipe may pin.
//
// Build inputs: every image ggcd pushes carries a second tag, ggcd-inputs-<32 hex> (the start
// of buildInputsDigest: the Dockerfile, the context the build sees, the platforms, the
// builder) and the label dev.ggcd.build-inputs=<64 hex>. Same inputs, same tag, so the tag
// never has to move in an IMMUTABLE repository. An image found by it is reused as it is:
// this commit's tag is not added to it, since that would be a change (ECR PutImage).
//
// Dry run: read-only ECR calls only; no repository is created and no builder runs. When the
// tag or the build inputs' tag already exists its real digest is returned (reused);
// otherwise imageDigest is '' and imageUri carries DRY_RUN_DIGEST (all zeros), so the later
// steps can still render and plan while no one can mistake it for a pushed image.
import { stat } from 'node:fs/promises'
import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand
} from '@aws-sdk/client-ecr'
import { dnsSuffixOf, partitionOf } from './aws.js'
import {
  ConfigurationError,
  StepFailure,
  awsErrorName,
  errorMessage,
  httpStatus
} from './errors.js'
import {
  BUILD_INPUTS_LABEL,
  DIGEST,
  INPUTS_TAG_PREFIX,
  buildInputsDigest,
  createBuilder,
  createRegistryAuth,
  inputsTag as tagForInputs,
  registryLogout,
  removeRegistryAuth,
  type BuildInputsDigest
} from './image.js'
import type { BuildPushInputs, Registry } from './inputs.js'
import { spawnRunner, type CommandRunner } from './process.js'
import type { Reporter, StepContext } from './report.js'
import { withRetry } from './retry.js'

export interface BuildPushResult {
  /** <host>/<repository>@sha256:<digest>, never with a scheme. */
  imageUri: string
  /** sha256:<64 hex>; '' in a dry run that did not find the tag. */
  imageDigest: string
  /** The registry host. */
  registry: string
  repository: string
  imageTag: string
  repositoryCreated: boolean
  /** An image for this tag or these build inputs already existed: no build, no push. */
  reused: boolean
  /**
   * Why it was reused: `tag`, an image tagged imageTag exists (a rerun of the commit);
   * `inputs`, an image tagged inputsTag exists (same build inputs, another commit).
   */
  reusedBecause?: 'tag' | 'inputs'
  /** sha256 (64 hex) of the build inputs, as the image's dev.ggcd.build-inputs label. */
  buildInputs: string
  /** ggcd-inputs-<first 32 hex of buildInputs>: the image's second tag. */
  inputsTag: string
  /** When reused for its inputs: the reused image's other tags (the commit it was built for). */
  builtFor?: string[]
}

export const DRY_RUN_DIGEST = `sha256:${'0'.repeat(64)}`

export const REVISION_LABEL = 'org.opencontainers.image.revision'

const TRANSIENT = new Set([
  'ServerException',
  'InternalFailure',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT'
])

export function isTransient(error: unknown): boolean {
  const name = awsErrorName(error)
  const status = httpStatus(error)
  return (name !== undefined && TRANSIENT.has(name)) || (status !== undefined && status >= 500)
}

export function defaultRegistryHost(accountId: string, region: string): string {
  return `${accountId}.dkr.ecr.${region}.${dnsSuffixOf(region)}`
}

export async function buildPush(
  inputs: BuildPushInputs & { accountId: string },
  clients: { ecr: ECRClient },
  ctx: StepContext,
  options: { runner?: CommandRunner; dryRun?: boolean } = {}
): Promise<BuildPushResult> {
  const { reporter } = ctx
  const { ecr } = clients
  const { repository, imageTag, accountId, region } = inputs
  const dryRun = options.dryRun ?? false
  const registry: Registry = inputs.registry ?? {
    host: defaultRegistryHost(accountId, region),
    insecure: false
  }
  const reference = `${registry.host}/${repository}:${imageTag}`
  const repositoryArn = `arn:${partitionOf(region)}:ecr:${region}:${accountId}:repository/${repository}`
  const call = <T>(action: string, fn: () => Promise<T>) =>
    withRetry(ctx, `ecr:${action}`, fn, { retryable: isTransient })
  const fail = (action: string, error: unknown) => ecrFailure(action, error, repositoryArn)

  // Everything the user can get wrong is found before anything is created.
  await checkSources(inputs)
  const builder = createBuilder(inputs.builder, options.runner ?? spawnRunner, reporter)
  const { digest: buildInputs, ignoreFile, entries } = await readBuildInputs(inputs)
  const inputsTag = tagForInputs(buildInputs)
  const inputsReference = `${registry.host}/${repository}:${inputsTag}`
  reporter.info(
    `Build inputs ${buildInputs.slice(0, 12)}…: ${inputs.dockerfile}, ${entries.length} entries of ${inputs.context}${ignoreFile ? ` (through ${ignoreFile})` : ''}${platformsText(inputs.platforms)}, ${inputs.builder}.`
  )
  reporter.debug(`Build context as the build sees it: ${entries.join(', ')}`)

  const result = (digest: string, extra: Partial<BuildPushResult>): BuildPushResult => ({
    imageUri: `${registry.host}/${repository}@${digest}`,
    imageDigest: digest,
    registry: registry.host,
    repository,
    imageTag,
    repositoryCreated: false,
    reused: false,
    buildInputs,
    inputsTag,
    ...extra
  })

  let exists: boolean
  try {
    await call('DescribeRepositories', () =>
      ecr.send(
        new DescribeRepositoriesCommand({ registryId: accountId, repositoryNames: [repository] })
      )
    )
    exists = true
  } catch (error) {
    if (awsErrorName(error) !== 'RepositoryNotFoundException') {
      throw fail('DescribeRepositories', error)
    }
    exists = false
  }

  const existingImage = async (
    tag: string
  ): Promise<{ digest: string; tags: string[] } | undefined> => {
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
          `ECR reports digest '${digest}' for ${registry.host}/${repository}:${tag}; expected sha256:<64 hex>.`
        )
      }
      return { digest, tags: image?.imageTags ?? [] }
    } catch (error) {
      if (awsErrorName(error) === 'ImageNotFoundException') return undefined
      if (error instanceof StepFailure) throw error
      throw fail('DescribeImages', error)
    }
  }

  if (exists) {
    const digest = (await existingImage(imageTag))?.digest
    if (digest) {
      reporter.info(
        `${reference} already exists as ${digest}: reusing it, nothing is built or pushed.`
      )
      return result(digest, { reused: true, reusedBecause: 'tag' })
    }
    const same = imageTag === inputsTag ? undefined : await existingImage(inputsTag)
    if (same) {
      const builtFor = same.tags.filter(t => !t.startsWith(INPUTS_TAG_PREFIX)).sort()
      const others = builtFor.length ? ` (built for ${builtFor.join(', ')})` : ''
      reporter.info(
        `${inputsReference} already exists as ${same.digest}${others}: the same build inputs, so it is reused; nothing is built or pushed, and ${imageTag} is not added to it.`
      )
      return result(same.digest, { reused: true, reusedBecause: 'inputs', builtFor })
    }
  }

  if (dryRun) {
    if (!exists) {
      reporter.info(
        `Dry run: would create ECR repository ${repository} (scan on push, immutable tags, AES256 encryption).`
      )
    }
    reporter.info(
      `Dry run: would build ${reference} with ${inputs.builder}${platformsText(inputs.platforms)} and push it, also as ${inputsTag} (not built); no image has these build inputs yet.`
    )
    return { ...result(DRY_RUN_DIGEST, {}), imageDigest: '' }
  }

  await builder.check()

  let repositoryCreated = false
  if (!exists) {
    try {
      await call('CreateRepository', () =>
        ecr.send(
          new CreateRepositoryCommand({
            registryId: accountId,
            repositoryName: repository,
            imageScanningConfiguration: { scanOnPush: true },
            imageTagMutability: 'IMMUTABLE',
            encryptionConfiguration: { encryptionType: 'AES256' }
          })
        )
      )
      repositoryCreated = true
      reporter.info(
        `Created ECR repository ${repository} (scan on push, immutable tags, AES256 encryption).`
      )
    } catch (error) {
      // Another run created it between our describe and create: that is what we wanted.
      if (awsErrorName(error) !== 'RepositoryAlreadyExistsException') {
        throw fail('CreateRepository', error)
      }
      reporter.info(`ECR repository ${repository} was just created by someone else; using it.`)
    }
  }

  const { username, password } = await authorization(ecr, call, reporter)
  // The login goes into an auth file of this run's own (createRegistryAuth), never the
  // user's, and no login is left behind, whatever happens next: it is undone below once the
  // push is over (nothing after it needs the registry), and by the action's post step if
  // this process dies first.
  const runner = options.runner ?? spawnRunner
  const auth = await createRegistryAuth(inputs.builder, registry)
  ctx.saveState?.('registry-auth-dir', auth.dir)
  const authed = createBuilder(inputs.builder, runner, reporter, { env: auth.env })
  try {
    await authed.login(registry, username, password)
    ctx.saveState?.('logout-builder', inputs.builder)
    ctx.saveState?.('logout-registry', `${registry.insecure ? 'http://' : ''}${registry.host}`)
    try {
      return await pushImage()
    } finally {
      if (await registryLogout(inputs.builder, registry, runner, reporter, auth.env)) {
        reporter.info(`Logged out of ${registry.host}`)
        ctx.saveState?.('logout-builder', '')
      }
    }
  } finally {
    await removeRegistryAuth(auth.dir)
    ctx.saveState?.('registry-auth-dir', '')
  }

  async function pushImage(): Promise<BuildPushResult> {
    let digest: string
    try {
      ;({ digest } = await authed.buildAndPush({
        context: inputs.context,
        dockerfile: inputs.dockerfile,
        platforms: inputs.platforms,
        references: imageTag === inputsTag ? [reference] : [reference, inputsReference],
        labels: { [REVISION_LABEL]: imageTag, [BUILD_INPUTS_LABEL]: buildInputs },
        insecure: registry.insecure
      }))
    } catch (error) {
      // A concurrent run of the same commit, or of another with the same build inputs, may
      // have pushed one of the immutable tags first.
      if (!(error instanceof StepFailure)) throw error
      const refs = [
        [imageTag, reference],
        [inputsTag, inputsReference]
      ] as const
      for (const [tag, ref] of refs) {
        const pushed = await existingImage(tag).catch(() => undefined)
        if (!pushed) continue
        reporter.warning(
          `Our push failed, but ${ref} was pushed meanwhile (by a concurrent run?) as ${pushed.digest}: using it.`
        )
        return result(pushed.digest, { repositoryCreated })
      }
      throw error
    }
    reporter.info(
      `Pushed ${reference}${imageTag === inputsTag ? '' : ` and ${inputsTag}`} as ${digest}`
    )
    return result(digest, { repositoryCreated })
  }
}

// ---------------------------------------------------------------------------------------

async function checkSources(inputs: BuildPushInputs): Promise<void> {
  const isDir = await stat(inputs.context).then(
    s => s.isDirectory(),
    () => false
  )
  if (!isDir) {
    throw new ConfigurationError(
      `Input 'context': '${inputs.context}' is not a directory (relative to ${process.cwd()}); set it to the folder the image is built from, e.g. container.`,
      'context'
    )
  }
  const isFile = await stat(inputs.dockerfile).then(
    s => s.isFile(),
    () => false
  )
  if (!isFile) {
    throw new ConfigurationError(
      `Input 'dockerfile': '${inputs.dockerfile}' is not a file (relative to ${process.cwd()}); set it to the Dockerfile's path, or leave it empty for <context>/Dockerfile.`,
      'dockerfile'
    )
  }
}

async function readBuildInputs(inputs: BuildPushInputs): Promise<BuildInputsDigest> {
  try {
    return await buildInputsDigest(inputs)
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the build's inputs (${inputs.dockerfile} and the context ${inputs.context}): ${errorMessage(error)}. Make every file of the context readable, or keep it out with .dockerignore.`,
      'context'
    )
  }
}

type Call = <T>(action: string, fn: () => Promise<T>) => Promise<T>

/** The registry credentials in an ECR token, masked before anything else happens. */
async function authorization(
  ecr: ECRClient,
  call: Call,
  reporter: Reporter
): Promise<{ username: string; password: string }> {
  let token: string | undefined
  try {
    const answer = await call('GetAuthorizationToken', () =>
      ecr.send(new GetAuthorizationTokenCommand({}))
    )
    token = answer.authorizationData?.[0]?.authorizationToken
  } catch (error) {
    throw ecrFailure('GetAuthorizationToken', error, '*')
  }
  if (!token) throw new StepFailure('ECR GetAuthorizationToken returned no authorization token.')
  reporter.mask(token)
  const decoded = Buffer.from(token, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0 || colon === decoded.length - 1) {
    throw new StepFailure(
      'ECR returned an authorization token that is not base64 of <user>:<password>.'
    )
  }
  const password = decoded.slice(colon + 1)
  reporter.mask(password)
  return { username: decoded.slice(0, colon), password }
}

function ecrFailure(action: string, error: unknown, resource: string): Error {
  if (error instanceof ConfigurationError || error instanceof StepFailure) return error
  const name = awsErrorName(error) ?? 'error'
  const message = `ECR ${action} failed: ${name}: ${errorMessage(error)}`
  if (name === 'AccessDeniedException' || name === 'AccessDenied') {
    return new ConfigurationError(
      `${message}. Allow ecr:${action} on ${resource} for the credentials this run uses (the role of aws-actions/configure-aws-credentials), then rerun.`
    )
  }
  if (isTransient(error)) {
    return new StepFailure(`${message}. ECR kept failing through the retries; rerun the job.`)
  }
  return new StepFailure(`${message}. Check the region and the credentials' account, then rerun.`)
}

function platformsText(platforms: string[]): string {
  return platforms.length ? ` for ${platforms.join(', ')}` : ''
}
