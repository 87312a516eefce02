// The build-push step: make sure the ECR repository exists, reuse an image only when the
// registry shows it was built from this run's build inputs, otherwise log in with an ECR
// token, build, push and report the image by digest — the only form the recipe may pin.
//
// Build inputs: every image ggcd pushes carries a second tag, ggcd-inputs-<32 hex> (the start
// of buildInputsDigest: the Dockerfile, the context the build sees, the platforms), and the
// label dev.ggcd.build-inputs=<64 hex>. Same inputs, same tag, so the tag never has to move
// in an IMMUTABLE repository.
//
// Which image: reuse.ts decides, from what ECR shows. The repository: repository.ts.
//
// Dry run: read-only ECR calls only; no repository is created and no builder runs. The same
// decision is made and said; when an image would be reused its real digest is returned,
// otherwise imageDigest is '' and imageUri carries DRY_RUN_DIGEST (all zeros), so the later
// steps can still render and plan while no one can mistake it for a pushed image.
import { repositoryArn as arnOfRepository } from '../arns.js'
import { stat } from 'node:fs/promises'
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr'
import { checkRegistry, registryOf } from '../registry.js'
import { ConfigurationError, StepFailure, errorMessage, isTransient } from '../shared/errors.js'
import {
  buildInputsDigest,
  inputsTag as tagForInputs,
  type BuildInputsDigest
} from './build-inputs.js'
import { createRegistryAuth, removeRegistryAuth } from './auth-file.js'
import { createBuilder, registryLogout } from './builders.js'
import type { BuildPushInputs, Registry } from '../config.js'
import { registerCleanup } from '../shared/interrupt.js'
import { cleanStale, forgetLogin, recordImage, recordLogin } from './logins.js'
import { localImageName, newRunId } from './argv.js'
import { spawnRunner, type CommandRunner } from '../shared/process.js'
import type { Reporter, StepContext } from '../shared/report.js'
import { withRetry } from '../shared/retry.js'
import {
  UNTAGGED_EXPIRY_DAYS,
  createRepository,
  ecrFailure,
  imageByTag,
  repositoryExists,
  type Call,
  type Found,
  type RepositoryAccess
} from './repository.js'
import { decideReuse } from './reuse.js'
import { BUILD_INPUTS_LABEL } from './build-inputs.js'

export interface BuildPushResult {
  /** <host>/<repository>@sha256:<digest>, never with a scheme. */
  imageUri: string
  /** sha256:<64 hex>; '' in a dry run that would build. */
  imageDigest: string
  /** The registry host. */
  registry: string
  repository: string
  /** The image-tag input. */
  imageTag: string
  /**
   * The tag of the image this run deploys (or, in a dry run, would push): imageTag;
   * <imageTag>-<first 12 hex of buildInputs> when imageTag names an image of other build
   * inputs; inputsTag when an image of these inputs is reused under neither.
   */
  tag: string
  /** imageTag names this image (digest), which is not of these build inputs: why `tag` differs. */
  tagHeldBy?: string
  repositoryCreated: boolean
  /** An image of these build inputs already existed: no build, no push. */
  reused: boolean
  /**
   * Why it was reused: `tag`, the image under `tag` carries inputsTag (a rerun of the
   * commit); `inputs`, the image tagged inputsTag was built for another commit.
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
export const SOURCE_LABEL = 'org.opencontainers.image.source'
export const CREATED_LABEL = 'org.opencontainers.image.created'

/**
 * The OCI labels that say which commit an image was built from. Never build inputs: they
 * change with every commit, and a docs-only commit must reuse the image as it is.
 */
export function commitLabels(
  imageTag: string,
  env: NodeJS.ProcessEnv,
  now: Date
): Record<string, string> {
  const labels: Record<string, string> = { [REVISION_LABEL]: env.GITHUB_SHA || imageTag }
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
    labels[SOURCE_LABEL] = `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`
  }
  // SOURCE_DATE_EPOCH keeps a reproducible build reproducible; otherwise the build's time.
  const epoch = env.SOURCE_DATE_EPOCH
  const created = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now
  labels[CREATED_LABEL] = created.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return labels
}

export async function buildPush(
  inputs: BuildPushInputs & { accountId: string },
  clients: { ecr: ECRClient },
  ctx: StepContext,
  options: { runner?: CommandRunner; dryRun?: boolean; env?: NodeJS.ProcessEnv } = {}
): Promise<BuildPushResult> {
  // Before anything can print them.
  for (const value of Object.values(inputs.secrets ?? {})) ctx.reporter.mask(value)
  const { reporter } = ctx
  const { ecr } = clients
  const { repository, imageTag, accountId, region } = inputs
  const dryRun = options.dryRun ?? false
  // Everything the user can get wrong is found before anything is created.
  checkRegistry(inputs.registry, accountId, region)
  const registry: Registry = registryOf(inputs.registry, accountId, region)
  const repositoryArn = arnOfRepository(region, accountId, repository)
  const call: Call = (action, fn) => withRetry(ctx, `ecr:${action}`, fn, { retryable: isTransient })

  // Everything the user can get wrong is found before anything is created.
  await checkSources(inputs)
  const builder = createBuilder(inputs.builder, options.runner ?? spawnRunner, reporter, {
    clock: ctx.clock,
    random: ctx.random,
    sleep: ms => ctx.clock.sleep(ms)
  })
  // What a crashed run of this machine left (a login, temporary files), even when this run
  // reuses an image and never logs in itself.
  if (!dryRun) await cleanStale(options.runner ?? spawnRunner, reporter)
  const { digest: buildInputs, ignoreFile, entries } = await readBuildInputs(inputs)
  const inputsTag = tagForInputs(buildInputs)
  const inputsReference = `${registry.host}/${repository}:${inputsTag}`
  reporter.info(
    `Build inputs ${buildInputs.slice(0, 12)}…: ${inputs.dockerfile}, ${entries.length} entries of ${inputs.context}${ignoreFile ? ` (through ${ignoreFile})` : ''}${platformsText(inputs.platforms)}${stageText(inputs)}, ${inputs.builder}.`
  )
  reporter.debug(`Build context as the build sees it: ${entries.join(', ')}`)

  const result = (digest: string, extra: Partial<BuildPushResult>): BuildPushResult => ({
    imageUri: `${registry.host}/${repository}@${digest}`,
    imageDigest: digest,
    registry: registry.host,
    repository,
    imageTag,
    tag: imageTag,
    repositoryCreated: false,
    reused: false,
    buildInputs,
    inputsTag,
    ...extra
  })

  const access: RepositoryAccess = { ecr, call, accountId, repository, host: registry.host }
  const existingImage = (tag: string): Promise<Found | undefined> =>
    imageByTag(access, tag, repositoryArn)
  const exists = await repositoryExists(access, inputs, repositoryArn)

  // The tag this run pushes under, unless an image of these inputs is found first.
  let pushTag = imageTag
  let tagHeldBy: string | undefined
  if (exists) {
    const decided = await decideReuse({
      imageTag,
      inputsTag,
      buildInputs,
      image: `${registry.host}/${repository}`,
      repository,
      dryRun,
      imageByTag: existingImage,
      reporter
    })
    if (decided.reused) {
      const { digest, ...extra } = decided
      return result(digest, extra)
    }
    ;({ pushTag, tagHeldBy } = decided)
  }
  const pushReference = `${registry.host}/${repository}:${pushTag}`

  if (dryRun) {
    if (!exists) {
      reporter.info(
        `Dry run: would create ECR repository ${repository} (scan on push, immutable tags, AES256 encryption, untagged images expiring after ${UNTAGGED_EXPIRY_DAYS} days).`
      )
    }
    reporter.info(
      `Dry run: would build ${pushReference} with ${inputs.builder}${platformsText(inputs.platforms)} and push it, also as ${inputsTag} (not built); no image has these build inputs yet.`
    )
    return { ...result(DRY_RUN_DIGEST, { tag: pushTag, tagHeldBy }), imageDigest: '' }
  }

  await builder.check()

  const repositoryCreated = exists
    ? false
    : await createRepository(access, inputs, repositoryArn, reporter)

  const { username, password } = await authorization(ecr, call, reporter)
  // The login goes into an auth file of this run's own (createRegistryAuth), never the
  // user's, and no login is left behind, whatever happens next: it is undone below once the
  // push is over (nothing after it needs the registry), at an interruption (registerCleanup),
  // by the action's post step if this process dies first, and, should all of that be
  // skipped (SIGKILL), by the next run on this machine (recordLogin, cleanStale).
  const runner = options.runner ?? spawnRunner
  // buildah and podman build into local storage under this run's own name, removed after
  // the push (buildAndPush); recorded before it exists, so that the next run removes what a
  // run killed before that leaves (cleanStale). Forgotten only once the build is over.
  const runId = newRunId()
  const image =
    inputs.builder === 'docker'
      ? undefined
      : await recordImage({
          builder: inputs.builder,
          image: localImageName(runId),
          platforms: inputs.platforms
        })
  const auth = await createRegistryAuth(inputs.builder, registry)
  ctx.saveState?.('registry-auth-dir', auth.dir)
  const record = await recordLogin({
    builder: inputs.builder,
    registry,
    authFile: auth.dir,
    removeAuthFile: true
  })
  // Once the builder has the local name, it alone says when it is gone: a removal that
  // failed leaves the record for the next run's sweep.
  let builderHasName = false
  const authed = createBuilder(inputs.builder, runner, reporter, {
    runId,
    env: auth.env,
    clock: ctx.clock,
    random: ctx.random,
    sleep: ms => ctx.clock.sleep(ms),
    ...(image ? { onLocalNameGone: () => forgetLogin(image) } : {})
  })
  let loggedIn = false
  const cleanUp = async () => {
    if (loggedIn && (await registryLogout(inputs.builder, registry, runner, reporter, auth.env))) {
      reporter.info(`Logged out of ${registry.host}`)
      ctx.saveState?.('logout-builder', '')
    }
    loggedIn = false
    await removeRegistryAuth(auth.dir)
    ctx.saveState?.('registry-auth-dir', '')
    await forgetLogin(record)
  }
  const registration = registerCleanup(cleanUp)
  try {
    await authed.login(registry, username, password)
    loggedIn = true
    ctx.saveState?.('logout-builder', inputs.builder)
    ctx.saveState?.('logout-registry', `${registry.insecure ? 'http://' : ''}${registry.host}`)
    return await pushImage()
  } finally {
    await registration.undo()
    if (image && !builderHasName) await forgetLogin(image)
  }

  async function pushImage(): Promise<BuildPushResult> {
    // The inputs tag first: a push cut short after it leaves an image the next run finds
    // by its inputs, where one cut short after the other tag would leave an image no run can
    // tell the inputs of.
    const references = pushTag === inputsTag ? [pushReference] : [inputsReference, pushReference]
    let digest: string
    try {
      builderHasName = true
      ;({ digest } = await authed.buildAndPush({
        context: inputs.context,
        dockerfile: inputs.dockerfile,
        platforms: inputs.platforms,
        references,
        labels: {
          ...commitLabels(imageTag, options.env ?? process.env, ctx.clock.now()),
          [BUILD_INPUTS_LABEL]: buildInputs
        },
        insecure: registry.insecure,
        buildArgs: inputs.buildArgs,
        target: inputs.target,
        secrets: inputs.secrets,
        provenance: inputs.provenance,
        cache: inputs.cache ? `${registry.host}/${repository}` : undefined
      }))
    } catch (error) {
      // A concurrent run with the same build inputs may have pushed the immutable tags
      // first: its image is as good as ours. Only the inputs tag vouches for that; an image
      // that another build pushed under pushTag meanwhile is never taken.
      if (!(error instanceof StepFailure)) throw error
      const pushed = await existingImage(inputsTag).catch(() => undefined)
      if (!pushed) throw error
      const tag = pushed.tags.includes(pushTag) ? pushTag : inputsTag
      reporter.warning(
        `Our push failed, but ${inputsReference} was pushed meanwhile (by a concurrent run with the same build inputs?) as ${pushed.digest}: using it${tag === pushTag ? '' : `; ${pushTag} does not name it`}.`
      )
      return result(pushed.digest, { repositoryCreated, tag, tagHeldBy })
    }
    reporter.info(
      `Pushed ${pushReference}${pushTag === inputsTag ? '' : ` and ${inputsTag}`} as ${digest}`
    )
    return result(digest, { repositoryCreated, tag: pushTag, tagHeldBy })
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
    return await buildInputsDigest({
      context: inputs.context,
      dockerfile: inputs.dockerfile,
      platforms: inputs.platforms,
      builder: inputs.builder,
      buildArgs: inputs.buildArgs,
      target: inputs.target,
      secretIds: Object.keys(inputs.secrets ?? {}),
      provenance: inputs.provenance
    })
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the build's inputs (${inputs.dockerfile} and the context ${inputs.context}): ${errorMessage(error)}. Make every file of the context readable, or keep it out with .dockerignore.`,
      'context'
    )
  }
}

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

/** The build args' names, the target and the secrets' ids: never a value. */
function stageText(inputs: BuildPushInputs): string {
  const parts: string[] = []
  const args = Object.keys(inputs.buildArgs ?? {})
  if (args.length) parts.push(`build args ${args.join(', ')}`)
  if (inputs.target) parts.push(`target ${inputs.target}`)
  const ids = Object.keys(inputs.secrets ?? {})
  if (ids.length) parts.push(`secrets ${ids.join(', ')}`)
  if (inputs.provenance) parts.push(`provenance ${inputs.provenance}`)
  return parts.length ? `, ${parts.join(', ')}` : ''
}

function platformsText(platforms: string[]): string {
  return platforms.length ? ` for ${platforms.join(', ')}` : ''
}
