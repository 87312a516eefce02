// The image builders — docker (buildx), buildah and podman — behind one interface: log in,
// build and push, report the pushed digest, log out. Each command's arguments come from a
// pure function (like docker/build-push-action's getArgs) so tests can read them exactly.
// The registry password is never an argument: it is masked first and sent on stdin.
// The argument arrays are in argv.ts (shared), docker.ts and buildah.ts (buildah and podman);
// the build inputs in build-inputs.ts; the per-run auth file in auth-file.ts.
//
// Multi-platform builds need emulation for RUN steps (docker/setup-qemu-action, or
// qemu-user-static), and docker needs a buildx builder that supports it
// (docker/setup-buildx-action); the builder's own error says so when it is missing.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError, StepFailure, errorMessage } from '../shared/errors.js'
import type { Builder, Registry } from '../config.js'
import { registerCleanup } from '../shared/interrupt.js'
import {
  missingProgram,
  spawnRunner,
  type CommandRunner,
  type RunResult
} from '../shared/process.js'
import { MemoryReporter, systemClock, type Clock, type Reporter } from '../shared/report.js'
import { withRetry } from '../shared/retry.js'
import {
  checkCommand,
  localImageName,
  loginCommand,
  logoutCommand,
  newRunId,
  type BuildRequest,
  type PlanOptions,
  type PlannedCommand
} from './argv.js'
import { IMAGE_GONE, buildahCleanup, buildahCommands } from './buildah.js'
import { dockerBuild } from './docker.js'

// The post step (interface/run/logout.ts) finds the auth file's removal here, beside the logout.
export { removeRegistryAuth } from './auth-file.js'

export interface ImageBuilder {
  readonly kind: Builder
  /** Fails with a ConfigurationError when the builder is not installed. */
  check(): Promise<void>
  login(registry: Registry, username: string, password: string): Promise<void>
  buildAndPush(request: BuildRequest): Promise<{ digest: string }>
  logout(registry: Registry): Promise<void>
}

export const DIGEST = /^sha256:[a-f0-9]{64}$/

/** The prefix of the builder's temporary directory, ggcd-build-<pid>- (see logins.ts). */
export function buildDirPrefix(pid: number = process.pid): string {
  return `ggcd-build-${pid}-`
}

/** The commands that build the image and push it to every reference, in order. */
export function buildCommands(
  kind: Builder,
  request: BuildRequest,
  options: PlanOptions
): PlannedCommand[] {
  if (request.references.length === 0) {
    throw new Error('buildCommands: no image reference to push')
  }
  return kind === 'docker'
    ? [dockerBuild(request, options)]
    : buildahCommands(kind, request, options)
}

/** What removes the run's local name after the push; docker keeps none of its own. */
export function cleanupCommands(
  kind: Builder,
  request: Pick<BuildRequest, 'platforms'>,
  options: Pick<PlanOptions, 'localName'>
): PlannedCommand[] {
  return kind === 'docker' ? [] : buildahCleanup(kind, request, options)
}

// ---------------------------------------------------------------------------------------
// Digests

/** A digest as a builder wrote it, checked: sha256:<64 hex>, or a StepFailure. */
export function parseDigest(text: string, source: string): string {
  const digest = text.trim()
  if (DIGEST.test(digest)) return digest
  const shown = digest.length > 100 ? `${digest.slice(0, 100)}…` : digest
  throw new StepFailure(
    `${source} holds '${shown}', not an image digest (sha256:<64 hex digits); the push may not have completed.`
  )
}

/** The digest in the metadata file of `docker buildx build --metadata-file`. */
export function parseBuildxMetadata(text: string, source: string): string {
  let metadata: unknown
  try {
    metadata = JSON.parse(text)
  } catch (error) {
    throw new StepFailure(
      `${source} is not JSON (${errorMessage(error)}); the push may have failed.`
    )
  }
  const digest = (metadata as Record<string, unknown> | null)?.['containerimage.digest']
  if (typeof digest !== 'string') {
    throw new StepFailure(
      `${source} has no containerimage.digest; docker buildx did not report a pushed image.`
    )
  }
  return parseDigest(digest, `containerimage.digest in ${source}`)
}

// ---------------------------------------------------------------------------------------
// Running them

export interface BuilderOptions {
  /** SOURCE_DATE_EPOCH, for buildah and podman; from this process's environment by default. */
  sourceDateEpoch?: string
  /** Parent of the temporary directory for digest files; the system's by default. */
  tmpDir?: string
  /** Added to every builder command's environment: the per-run auth file (RegistryAuth). */
  env?: Record<string, string>
  /** For the waits between login attempts; the system's by default. */
  clock?: Clock
  random?: () => number
  /** Waits between push attempts; a real timer by default (a test's clock in tests). */
  sleep?: (ms: number) => Promise<void>
  /** The run's id in the local image name (localImageName); a new one per build by default. */
  runId?: string
  /**
   * Called once a build is over and its local name is gone (removed, or never given); not
   * called when the removal failed, so that a record of the name stays for the next run.
   */
  onLocalNameGone?: () => Promise<void>
}

/** Waits before the second and third attempt of a push that failed on the registry's side. */
export const PUSH_RETRY_DELAYS_MS = [2_000, 8_000]

// A push that the registry refused for good (credentials, permissions, a tag ECR keeps
// immutable, a name it rejects) or a build that failed (a RUN step): retrying cannot help.
// Anything else (a 5xx on a blob or manifest upload, a reset connection) is worth another
// attempt: the layers already uploaded are not sent again.
const PERMANENT_PUSH_FAILURE =
  /\b(400|401|403|404)\b|unauthori[sz]ed|denied|forbidden|immutable|already exists|tag invalid|name invalid|manifest invalid|did not complete successfully/i

export function isRetryablePush(output: string): boolean {
  return !PERMANENT_PUSH_FAILURE.test(output)
}

/** Login attempts: a registry's passing fault (amazon-ecr-login#1267) is worth a few. */
export const LOGIN_ATTEMPTS = 4

/** A failed login; `refused` when the registry turned the credentials down. */
class LoginFailure extends StepFailure {
  constructor(
    message: string,
    readonly refused: boolean
  ) {
    super(message)
  }
}

// What docker, buildah and podman say when the registry refuses the credentials: trying
// them again would only be refused again.
const REFUSED =
  /\b401\b|unauthori[sz]ed|incorrect username or password|invalid username\/password|authentication required|access denied|denied:/i

/** The last lines of what a failed command wrote, for the error message. */
export function outputTail(result: RunResult, lines = 20): string {
  const text = result.stderr.trim() || result.stdout.trim()
  return text.split(/\r?\n/).slice(-lines).join('\n')
}

export function createBuilder(
  kind: Builder,
  runner: CommandRunner,
  reporter: Reporter,
  options: BuilderOptions = {}
): ImageBuilder {
  // The builder's own convention, read here like BuildKit reads it, not an input.
  const sourceDateEpoch = options.sourceDateEpoch ?? process.env.SOURCE_DATE_EPOCH
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '' && !/^\d+$/.test(sourceDateEpoch)) {
    throw new ConfigurationError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. $(git log -1 --format=%ct)); got '${sourceDateEpoch}'.`,
      'SOURCE_DATE_EPOCH'
    )
  }

  const show = (c: PlannedCommand) => `${c.command} ${c.args.join(' ')}`
  const env = options.env
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)))

  async function run(
    c: PlannedCommand,
    what: string,
    options: { input?: string; log?: (line: string) => void } = {}
  ): Promise<RunResult> {
    const log = options.log ?? (line => reporter.info(line))
    log(`$ ${show(c)}`)
    const result = await runner.run(c.command, c.args, {
      input: options.input,
      onOutput: log,
      ...(env ? { env } : {})
    })
    if (result.exitCode !== 0 && !c.optional) {
      throw new StepFailure(
        `${what} failed (${c.command} exited with ${result.exitCode}):\n${outputTail(result)}`
      )
    }
    return result
  }

  async function readDigest(file: NonNullable<PlannedCommand['digestFile']>): Promise<string> {
    let text: string
    try {
      text = await readFile(file.path, 'utf8')
    } catch (error) {
      throw new StepFailure(
        `${kind} reported success but wrote no digest to ${file.path} (${errorMessage(error)}).`
      )
    }
    return file.format === 'buildx-metadata'
      ? parseBuildxMetadata(text, `${kind}'s metadata file`)
      : parseDigest(text, `${kind}'s digest file`)
  }

  return {
    kind,

    async check() {
      const c = checkCommand(kind)
      const result = await runner.run(c.command, c.args, env ? { env } : undefined)
      if (result.exitCode !== 0) {
        const detail =
          kind === 'docker'
            ? 'the buildx plugin is missing: `docker buildx version` failed'
            : `\`${show(c)}\` failed: ${outputTail(result, 3)}`
        throw missingProgram(kind, detail)
      }
      reporter.debug(`${kind}: ${result.stdout.trim().split('\n')[0]}`)
    },

    async login(registry, username, password) {
      reporter.mask(password)
      const c = loginCommand(kind, registry, username)
      const attempt = async () => {
        reporter.debug(`$ ${show(c)}`)
        // Into the per-run auth file (env), where the push looks for it.
        const result = await runner.run(c.command, c.args, {
          input: password,
          onOutput: line => reporter.debug(line),
          ...(env ? { env } : {})
        })
        if (result.exitCode === 0) return
        const tail = outputTail(result)
        throw new LoginFailure(
          `Login to ${registry.host} failed (${kind} exited with ${result.exitCode}):\n${tail}`,
          REFUSED.test(tail)
        )
      }
      await withRetry(
        { reporter, clock: options.clock ?? systemClock, random: options.random },
        `Login to ${registry.host}`,
        attempt,
        {
          retryable: error => error instanceof LoginFailure && !error.refused,
          attempts: LOGIN_ATTEMPTS,
          baseDelayMs: 1000,
          maxDelayMs: 8000
        }
      )
      reporter.info(`Logged in to ${registry.host} as ${username} with ${kind}`)
    },

    async buildAndPush(request) {
      const secrets = Object.entries(request.secrets ?? {})
      for (const [, value] of secrets) reporter.mask(value)
      // Named by this process, so that a later run can tell it is left over from a crash;
      // mkdtemp makes it 0700: no other user can list or open what is written below.
      const workDir = await mkdtemp(join(options.tmpDir ?? tmpdir(), buildDirPrefix()))
      const removal = registerCleanup(() => rm(workDir, { recursive: true, force: true }))
      // Never a pushed reference: another run on this machine may build under that one.
      const localName = localImageName(options.runId ?? newRunId())
      // Whether a build gave the local name to an image, which is then removed.
      let named = false
      try {
        const secretFiles: Record<string, string> = {}
        if (secrets.length) await mkdir(join(workDir, 'secrets'), { mode: 0o700 })
        for (const [i, [id, value]] of secrets.entries()) {
          const file = join(workDir, 'secrets', `secret-${i}`)
          await writeFile(file, value, { mode: 0o600, flag: 'wx' })
          secretFiles[id] = file
        }
        const plan = buildCommands(kind, request, {
          workDir,
          sourceDateEpoch: sourceDateEpoch || undefined,
          secretFiles,
          localName
        })
        const digests: string[] = []
        for (const c of plan) {
          const refs = request.references.join(', ')
          const what = !c.digestFile
            ? `Building ${refs}`
            : kind === 'docker'
              ? `Building and pushing ${refs}`
              : `Pushing ${refs}`
          // An optional step's failure is expected; its complaint would only alarm.
          const options_ = c.optional ? { log: (line: string) => reporter.debug(line) } : {}
          // A command that pushes is tried again after a transient failure of the registry.
          for (let attempt = 0; ; attempt++) {
            try {
              await run(c, what, options_)
              if (!c.digestFile) named = true
              break
            } catch (error) {
              const delay = PUSH_RETRY_DELAYS_MS[attempt]
              if (!c.digestFile || delay === undefined) throw error
              if (!isRetryablePush(errorMessage(error))) throw error
              reporter.warning(
                `${what}: attempt ${attempt + 1} failed; retrying in ${delay / 1000} s.`
              )
              await sleep(delay)
            }
          }
          if (c.digestFile) digests.push(await readDigest(c.digestFile))
        }
        const digest = digests[0]
        if (!digest) throw new StepFailure(`${kind} pushed no image.`)
        if (digests.some(d => d !== digest)) {
          reporter.warning(
            `The references got different digests (${digests.join(', ')}); using ${digest}.`
          )
        }
        return { digest }
      } finally {
        await removal.undo()
        // The local name has done its work, pushed or not; the layers stay as the cache.
        let gone = true
        for (const c of named ? cleanupCommands(kind, request, { localName }) : []) {
          const removed = await run(c, `Removing ${localName}`, {
            log: line => reporter.debug(line)
          }).catch((error: unknown) => ({ exitCode: 1, stdout: '', stderr: errorMessage(error) }))
          if (removed.exitCode === 0 || IMAGE_GONE.test(`${removed.stderr}\n${removed.stdout}`)) {
            continue
          }
          gone = false
          reporter.warning(
            `Could not remove the local image ${localName} (${outputTail(removed, 3)}); the next run on this machine removes it.`
          )
        }
        if (gone) await options.onLocalNameGone?.()
      }
    },

    async logout(registry) {
      await run(logoutCommand(kind, registry), `Logout from ${registry.host}`, {
        log: line => reporter.debug(line)
      })
    }
  }
}

/** Logs the builder out of the registry, for the action's post step. Never throws. */
export async function registryLogout(
  builder: Builder,
  registry: Registry,
  runner: CommandRunner = spawnRunner,
  reporter: Reporter = new MemoryReporter(),
  env?: Record<string, string>
): Promise<boolean> {
  try {
    await createBuilder(builder, runner, reporter, env ? { env } : {}).logout(registry)
    return true
  } catch (error) {
    reporter.warning(`Could not log ${builder} out of ${registry.host}: ${errorMessage(error)}`)
    return false
  }
}
