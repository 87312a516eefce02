// The image builders — docker (buildx), buildah and podman — behind one interface: log in,
// build and push, report the pushed digest, log out. Each command's arguments come from a
// pure function (like docker/build-push-action's getArgs) so tests can read them exactly.
// The registry password is never an argument: it is masked first and sent on stdin.
// Positional values (the registry host, the context path, references) come after `--`, which
// all three builders' command parsers (cobra) read as the end of options: a value that starts
// with `-` is then a value, never an option.
//
// Plain-HTTP registries (`insecure`): buildah and podman take `--tls-verify=false` on login
// and push (buildah 1.28's login ignores `insecure = true` in registries.conf, its push
// honours it). Docker has no such flag: its daemon (or the buildx builder's buildkitd.toml)
// must list the registry as insecure, except localhost, which Docker treats as insecure.
//
// Reproducible builds: BuildKit reads SOURCE_DATE_EPOCH from the environment itself; for
// buildah and podman it becomes `--timestamp`. Without it every build of the same commit
// gets a new digest, which is one reason an image already pushed is reused rather than rebuilt.
//
// Multi-platform builds need emulation for RUN steps (docker/setup-qemu-action, or
// qemu-user-static), and docker needs a buildx builder that supports it
// (docker/setup-buildx-action); the builder's own error says so when it is missing.
//
// Build inputs: a sha256 over what the build can see (the Dockerfile's bytes, and every file
// of the context its ignore file lets through, by path, mode and bytes) and the platforms.
// Same inputs, same image as far as ggcd can tell, so an image already pushed for them is
// reused whatever commit it was built for; see buildInputsDigest.
import { createHash, type Hash } from 'node:crypto'
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  symlink,
  writeFile
} from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { ConfigurationError, StepFailure, errorMessage } from '../shared/errors.js'
import type { Builder, Provenance, Registry } from '../config.js'
import { registerCleanup } from '../shared/interrupt.js'
import {
  missingProgram,
  spawnRunner,
  type CommandRunner,
  type RunResult
} from '../shared/process.js'
import { MemoryReporter, systemClock, type Clock, type Reporter } from '../shared/report.js'
import { withRetry } from '../shared/retry.js'

export interface BuildRequest {
  context: string
  dockerfile: string
  /** Empty: the builder's default (the machine's own platform). */
  platforms: string[]
  /** Full references with tag, e.g. <host>/<repository>:<tag>; never with a scheme. */
  references: string[]
  labels: Record<string, string>
  insecure: boolean
  /** --build-arg NAME=VALUE. */
  buildArgs?: Record<string, string>
  /** The Dockerfile stage to build. */
  target?: string
  /** Build secrets, id → value: written to private files, never an argument. */
  secrets?: Record<string, string>
  /** docker only: BuildKit's provenance attestation; false (none) when absent. */
  provenance?: Provenance
  /** <host>/<repository> to keep a registry build cache in; none when absent. */
  cache?: string
}

export interface ImageBuilder {
  readonly kind: Builder
  /** Fails with a ConfigurationError when the builder is not installed. */
  check(): Promise<void>
  login(registry: Registry, username: string, password: string): Promise<void>
  buildAndPush(request: BuildRequest): Promise<{ digest: string }>
  logout(registry: Registry): Promise<void>
}

export interface PlannedCommand {
  command: Builder
  args: string[]
  /** The file in which this command leaves the pushed digest, and its format. */
  digestFile?: { path: string; format: 'buildx-metadata' | 'digestfile' }
  /** A failure here is expected and harmless. */
  optional?: boolean
}

export interface PlanOptions {
  /** A private, empty directory for the files the builder writes. */
  workDir: string
  /** Seconds since the epoch, from SOURCE_DATE_EPOCH. */
  sourceDateEpoch?: string
  /** Secret id → the private file holding its value; every id of request.secrets. */
  secretFiles?: Record<string, string>
}

/** BuildKit's registry cache tag: mutable, so the repository's immutability excludes it. */
export const CACHE_TAG_PREFIX = 'ggcd-cache'

/** One cache per target: a build of another stage would overwrite the cache of this one. */
export function cacheTag(target?: string): string {
  return target ? `${CACHE_TAG_PREFIX}-${target}` : CACHE_TAG_PREFIX
}

export const DIGEST = /^sha256:[a-f0-9]{64}$/

/** The prefix of the builder's temporary directory, ggcd-build-<pid>- (see logins.ts). */
export function buildDirPrefix(pid: number = process.pid): string {
  return `ggcd-build-${pid}-`
}

// ---------------------------------------------------------------------------------------
// Argument arrays

/** The cheapest command that proves the builder is installed (and, for docker, buildx). */
export function checkCommand(kind: Builder): PlannedCommand {
  return { command: kind, args: kind === 'docker' ? ['buildx', 'version'] : ['--version'] }
}

/** Login; the password is the command's stdin. */
export function loginCommand(kind: Builder, registry: Registry, username: string): PlannedCommand {
  const tls = kind !== 'docker' && registry.insecure ? ['--tls-verify=false'] : []
  return {
    command: kind,
    args: ['login', '--username', username, '--password-stdin', ...tls, '--', registry.host]
  }
}

export function logoutCommand(kind: Builder, registry: Registry): PlannedCommand {
  return { command: kind, args: ['logout', '--', registry.host] }
}

function labelArgs(labels: Record<string, string>): string[] {
  return Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`])
}

/** --build-arg, --target and --secret, the same for every builder. */
function stageArgs(request: BuildRequest, options: PlanOptions): string[] {
  const args = Object.entries(request.buildArgs ?? {}).flatMap(([k, v]) => [
    '--build-arg',
    `${k}=${v}`
  ])
  if (request.target) args.push('--target', request.target)
  for (const id of Object.keys(request.secrets ?? {})) {
    const file = options.secretFiles?.[id]
    if (!file) throw new Error(`buildCommands: no file for secret '${id}'`)
    // The file's path, never its content: argv is readable by every user of the machine.
    args.push('--secret', `id=${id},src=${file}`)
  }
  return args
}

/** The commands that build the image and push it to every reference, in order. */
export function buildCommands(
  kind: Builder,
  request: BuildRequest,
  options: PlanOptions
): PlannedCommand[] {
  const { references, platforms } = request
  if (references.length === 0) throw new Error('buildCommands: no image reference to push')
  if (kind === 'docker') return [dockerBuild(request, options)]

  const tls = request.insecure ? ['--tls-verify=false'] : []
  const timestamp = options.sourceDateEpoch ? ['--timestamp', options.sourceDateEpoch] : []
  const build = kind === 'buildah' ? 'bud' : 'build'
  // buildah keeps its cache as images tagged with its cache keys (content hashes) in the
  // repository; --layers is what makes it cache steps at all.
  const cache = request.cache
    ? ['--layers', '--cache-from', request.cache, '--cache-to', request.cache, ...tls]
    : []
  const common = [
    '--file',
    request.dockerfile,
    ...timestamp,
    ...labelArgs(request.labels),
    ...stageArgs(request, options),
    ...cache
  ]
  const digestFile = (i: number) => ({
    path: join(options.workDir, `digest-${i}`),
    format: 'digestfile' as const
  })

  if (platforms.length <= 1) {
    const platform = platforms.length === 1 ? ['--platform', platforms[0]!] : []
    const tags = references.flatMap(ref => ['--tag', ref])
    return [
      { command: kind, args: [build, ...common, ...tags, ...platform, '--', request.context] },
      ...references.map((ref, i) => ({
        command: kind,
        args: ['push', ...tls, '--digestfile', digestFile(i).path, '--', ref, `docker://${ref}`],
        digestFile: digestFile(i)
      }))
    ]
  }

  // A manifest list left in local storage by an earlier run (one that failed to push)
  // would otherwise collect this build's images next to the old ones.
  const list = references[0]!
  return [
    { command: kind, args: ['manifest', 'rm', '--', list], optional: true },
    {
      command: kind,
      args: [
        build,
        ...common,
        '--platform',
        platforms.join(','),
        '--manifest',
        list,
        '--',
        request.context
      ]
    },
    ...references.map((ref, i) => ({
      command: kind,
      args: [
        'manifest',
        'push',
        '--all',
        ...tls,
        '--digestfile',
        digestFile(i).path,
        '--',
        list,
        `docker://${ref}`
      ],
      digestFile: digestFile(i)
    }))
  ]
}

function dockerBuild(request: BuildRequest, options: PlanOptions): PlannedCommand {
  const metadata = join(options.workDir, 'metadata.json')
  const platform = request.platforms.length ? ['--platform', request.platforms.join(',')] : []
  // Always said: buildx 0.10+ adds a provenance attestation by default, which makes the
  // pushed digest an index with an unknown/unknown manifest (see the provenance input).
  const provenance = [`--provenance=${request.provenance || 'false'}`]
  const ref = request.cache ? `${request.cache}:${cacheTag(request.target)}` : ''
  // image-manifest=true with OCI media types: the form ECR accepts for a cache manifest.
  const cache = ref
    ? [
        '--cache-from',
        `type=registry,ref=${ref}`,
        '--cache-to',
        `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true`
      ]
    : []
  return {
    command: 'docker',
    args: [
      'buildx',
      'build',
      '--file',
      request.dockerfile,
      ...request.references.flatMap(ref => ['--tag', ref]),
      ...platform,
      ...labelArgs(request.labels),
      ...stageArgs(request, options),
      ...provenance,
      ...cache,
      '--push',
      '--metadata-file',
      metadata,
      '--progress',
      'plain',
      '--',
      request.context
    ],
    digestFile: { path: metadata, format: 'buildx-metadata' }
  }
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
      const unregister = registerCleanup(() => rm(workDir, { recursive: true, force: true }))
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
          secretFiles
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
        unregister()
        await rm(workDir, { recursive: true, force: true })
      }
    },

    async logout(registry) {
      await run(logoutCommand(kind, registry), `Logout from ${registry.host}`, {
        log: line => reporter.debug(line)
      })
    }
  }
}

// ---------------------------------------------------------------------------------------
// Build inputs

/** The OCI label that carries the full build-inputs digest (64 hex digits). */
export const BUILD_INPUTS_LABEL = 'dev.ggcd.build-inputs'

/** The tag under which an image is findable by its build inputs: this, then 32 hex digits. */
export const INPUTS_TAG_PREFIX = 'ggcd-inputs-'

export function inputsTag(buildInputs: string): string {
  return `${INPUTS_TAG_PREFIX}${buildInputs.slice(0, 32)}`
}

/** Docker's limit on a tag's length, which docker, buildah and podman enforce. */
const MAX_TAG_LENGTH = 128

/**
 * The tag for an image of these build inputs when `imageTag` already names an image of other
 * inputs (ECR tags are immutable): <imageTag>-<first 12 hex of the build inputs>, with
 * imageTag shortened when both would not fit in a tag.
 */
export function suffixedTag(imageTag: string, buildInputs: string): string {
  const suffix = `-${buildInputs.slice(0, 12)}`
  return `${imageTag.slice(0, MAX_TAG_LENGTH - suffix.length)}${suffix}`
}

export interface BuildInputs {
  context: string
  dockerfile: string
  platforms: string[]
  builder: Builder
  buildArgs?: Record<string, string>
  target?: string
  /** The ids of the build secrets: never their values, which must not be inferable here. */
  secretIds?: string[]
  provenance?: Provenance
}

export interface BuildInputsDigest {
  /** sha256 of the inputs, 64 hex digits. */
  digest: string
  /** The ignore file that decided what the build sees (under the context or by the Dockerfile). */
  ignoreFile?: string
  /** Paths (relative to the context) that went into the digest: files, directories, links. */
  entries: string[]
}

/**
 * The digest of what a build of `inputs` can see, decided by content only (never by times):
 * the Dockerfile's bytes; every entry of the context that the ignore file lets through (sorted
 * relative path, type, permission bits, and a file's bytes or a link's target); the platforms
 * (as a set); the build args, the target, the secrets' ids and provenance, when given. Not
 * included: the secrets' values, the cache (how the build is done, not what from),
 * SOURCE_DATE_EPOCH (a timestamp, not an input), the labels from the commit (revision,
 * source, created: the commit is what may change without the image changing, so an image
 * reused for a docs-only commit carries the labels of the commit it was built for), and what the Dockerfile pulls
 * by reference (a base image tag that moves upstream is not seen: pin it by digest to make
 * it an input).
 *
 * Nor the builder: it is how the image is built, not what from. Where docker and buildah
 * would see different things (each prefers its own ignore file) the entries differ, and so
 * the digest; with the same Dockerfile, context and platforms each builds the image those ask
 * for, so switching builders is no reason to rebuild and push a second image of the commit.
 */
export async function buildInputsDigest(inputs: BuildInputs): Promise<BuildInputsDigest> {
  const hash = createHash('sha256')
  const record = (...fields: Array<string | number>) =>
    hash.update(`${fields.map(f => JSON.stringify(f)).join(' ')}\n`)
  // 2: the builder no longer counts (1 counted it).
  record('ggcd-build-inputs', 2)
  // No platforms: the builder's default, the machine's own, which a runner of another
  // architecture would not build.
  const platforms = inputs.platforms.length
    ? [...new Set(inputs.platforms)].sort().join(',')
    : `default ${hostPlatform()}`
  record('platforms', platforms)
  const dockerfile = await readFile(inputs.dockerfile)
  record('dockerfile', dockerfile.length)
  hash.update(dockerfile)
  // Each only when given, so the digest of a build without them is what it always was (an
  // image pushed before these existed is still found by its inputs tag).
  const args = Object.entries(inputs.buildArgs ?? {}).sort(([a], [b]) => byCodePoint(a, b))
  if (args.length) record('build-args', ...args.flat())
  if (inputs.target) record('target', inputs.target)
  // A secret's value may change what a RUN step fetches, but hashing it would put something
  // derived from it in a tag anyone with pull rights reads; rotating a token is no rebuild.
  const ids = [...new Set(inputs.secretIds ?? [])].sort(byCodePoint)
  if (ids.length) record('secret-ids', ...ids)
  // An attestation changes what is pushed (an index, not the image's manifest alone).
  if (inputs.provenance) record('provenance', inputs.provenance)

  const ignoreFile = await findIgnoreFile(inputs)
  const matcher = new IgnoreMatcher(ignoreFile ? await readFile(ignoreFile, 'utf8') : '')
  const entries: string[] = []
  await walkContext(inputs.context, '', matcher, entries, hash, record)
  return { digest: hash.digest('hex'), ignoreFile, entries }
}

/** This machine's platform as OCI names it (Node's arch names are not Go's). */
export function hostPlatform(arch: string = process.arch): string {
  const oci: Record<string, string> = { x64: 'amd64', ia32: '386', ppc64: 'ppc64le' }
  return `linux/${oci[arch] ?? arch}`
}

/**
 * The ignore file the builder reads: BuildKit prefers <Dockerfile>.dockerignore next to the
 * Dockerfile, buildah and podman prefer .containerignore; then <context>/.dockerignore.
 */
async function findIgnoreFile(inputs: BuildInputs): Promise<string | undefined> {
  const candidates =
    inputs.builder === 'docker'
      ? [
          join(dirname(inputs.dockerfile), `${basename(inputs.dockerfile)}.dockerignore`),
          join(inputs.context, '.dockerignore')
        ]
      : [join(inputs.context, '.containerignore'), join(inputs.context, '.dockerignore')]
  for (const candidate of candidates) {
    if (
      await lstat(candidate).then(
        s => s.isFile(),
        () => false
      )
    )
      return candidate
  }
  return undefined
}

type Recorder = (...fields: Array<string | number>) => void

async function walkContext(
  root: string,
  prefix: string,
  matcher: IgnoreMatcher,
  entries: string[],
  hash: Hash,
  record: Recorder
): Promise<void> {
  const names = (await readdir(join(root, prefix))).sort(byCodePoint)
  for (const name of names) {
    const path = prefix ? `${prefix}/${name}` : name
    const full = join(root, path)
    const info = await lstat(full)
    const excluded = matcher.excludes(path)
    const mode = info.mode & 0o7777
    if (info.isDirectory()) {
      if (!excluded) {
        entries.push(`${path}/`)
        record('dir', path, mode)
      }
      // An excluded directory may still hold a file that a `!pattern` lets back in.
      if (!excluded || matcher.mayLetBackIn(path)) {
        await walkContext(root, path, matcher, entries, hash, record)
      }
    } else if (excluded) {
      continue
    } else if (info.isSymbolicLink()) {
      entries.push(path)
      record('link', path, mode, await readlink(full))
    } else if (info.isFile()) {
      entries.push(path)
      const bytes = await readFile(full)
      record('file', path, mode, bytes.length)
      hash.update(bytes)
    } else {
      entries.push(path)
      record('other', path, mode)
    }
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * .dockerignore as Docker (moby's patternmatcher) reads it: `#` comments, blank lines
 * skipped, each line trimmed and cleaned (`app/` is `app`, a leading `/` dropped); `*` and `?`
 * match within one path segment, `**` any number of segments, `[…]` a character class; `!`
 * lets back in what an earlier line excluded. A line matches a path when it matches the path
 * or one of its parent directories, and the last line that matches decides.
 */
export class IgnoreMatcher {
  private readonly patterns: Array<{ negated: boolean; regex: RegExp; literal: string }> = []

  constructor(text: string) {
    for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
      if (raw.startsWith('#')) continue
      let line = raw.trim()
      if (!line) continue
      const negated = line.startsWith('!')
      if (negated) line = line.slice(1).trim()
      line = cleanPath(line)
      if (!line) continue
      const literal = line.slice(0, line.search(/[*?[\\]|$/))
      this.patterns.push({ negated, regex: compilePattern(line), literal })
    }
  }

  /** Whether a `!` line could let back in something under this excluded directory. */
  mayLetBackIn(dir: string): boolean {
    const slash = `${dir}/`
    return this.patterns.some(
      p => p.negated && (p.literal.startsWith(slash) || slash.startsWith(p.literal))
    )
  }

  /** Whether the path (relative to the context, `/`-separated) is kept out of the build. */
  excludes(path: string): boolean {
    const segments = path.split('/')
    const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'))
    let excluded = false
    for (const { negated, regex } of this.patterns) {
      // As moby: an exclusion only matters for what is not yet excluded, and the reverse.
      if (negated !== excluded) continue
      if (candidates.some(c => regex.test(c))) excluded = !negated
    }
    return excluded
  }
}

/** Go's filepath.Clean on a `/`-separated relative pattern, with a leading `/` dropped. */
function cleanPath(pattern: string): string {
  const out: string[] = []
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop()
      else out.push('..')
    } else out.push(part)
  }
  return out.join('/')
}

function compilePattern(pattern: string): RegExp {
  let regex = '^'
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++
        if (pattern[i + 1] === '/') i++
        regex += i + 1 >= pattern.length ? '.*' : '(.*/)?'
      } else regex += '[^/]*'
    } else if (ch === '?') {
      regex += '[^/]'
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) {
        regex += '\\['
        continue
      }
      let set = pattern.slice(i + 1, end)
      if (set.startsWith('!') || set.startsWith('^')) set = `^${set.slice(1)}`
      regex += `[${set.replace(/\\/g, '\\\\')}]`
      i = end
    } else if (ch === '\\' && i + 1 < pattern.length) {
      i++
      regex += escapeRegex(pattern[i]!)
    } else {
      regex += escapeRegex(ch)
    }
  }
  return new RegExp(`${regex}$`, 's')
}

function escapeRegex(ch: string): string {
  return /[.+()|{}$^\]\\[*?]/.test(ch) ? `\\${ch}` : ch
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

// ---------------------------------------------------------------------------------------
// The per-run auth file
//
// A builder's login lands in the user's own auth file (buildah and podman:
// ${XDG_RUNTIME_DIR}/containers/auth.json; docker: ~/.docker/config.json), where every later
// step of the job, and anything the image build runs, could read it. So each run logs in to
// an auth file of its own: REGISTRY_AUTH_FILE (buildah, podman) or a DOCKER_CONFIG directory
// (docker), in a private directory (0700, the file 0600) under RUNNER_TEMP or the system's
// temporary directory, passed to every builder command, and removed once the push is over
// (and by the post step, if the process dies first). It starts with the logins the user
// already had for other registries, so a private base image still pulls; never with one
// for the registry it is about to log in to.

/** The name every per-run auth directory starts with; the post step removes only those. */
export const AUTH_DIR_PREFIX = 'ggcd-auth-'

export interface RegistryAuth {
  /** The private directory holding the login. */
  dir: string
  /** What every builder command needs in its environment to use it. */
  env: Record<string, string>
}

/** Where the user's own logins are, in the order the builder reads them. */
function userAuthFiles(kind: Builder, env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir()
  const dockerConfig = join(env.DOCKER_CONFIG || join(home, '.docker'), 'config.json')
  if (kind === 'docker') return [dockerConfig]
  const uid = process.getuid?.() ?? 0
  return [
    ...(env.REGISTRY_AUTH_FILE ? [env.REGISTRY_AUTH_FILE] : []),
    join(env.XDG_RUNTIME_DIR || `/run/containers/${uid}`, 'containers', 'auth.json'),
    join(`/run/containers/${uid}`, 'auth.json'),
    join(home, '.config', 'containers', 'auth.json'),
    dockerConfig
  ]
}

async function readJsonObject(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

export async function createRegistryAuth(
  kind: Builder,
  registry: Registry,
  options: { parent?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<RegistryAuth> {
  const env = options.env ?? process.env
  const dir = await mkdtemp(join(options.parent ?? (env.RUNNER_TEMP || tmpdir()), AUTH_DIR_PREFIX))
  try {
    await chmod(dir, 0o700)
    const auths: Record<string, unknown> = {}
    let dockerConfig: Record<string, unknown> = {}
    for (const file of userAuthFiles(kind, env).reverse()) {
      const config = await readJsonObject(file)
      if (!config) continue
      if (kind === 'docker') dockerConfig = config
      const found = config.auths
      if (typeof found === 'object' && found !== null) Object.assign(auths, found)
    }
    for (const host of [registry.host, `https://${registry.host}`, `http://${registry.host}`]) {
      delete auths[host]
    }
    const write = (file: string, value: unknown) =>
      writeFile(join(dir, file), `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
    if (kind !== 'docker') {
      await write('auth.json', { auths })
      return { dir, env: { REGISTRY_AUTH_FILE: join(dir, 'auth.json') } }
    }
    // Docker keeps its plugins (buildx) and builder instances beside config.json: linked in,
    // so that the builder docker/setup-buildx-action made is still the one in use. A
    // credential store would put the login outside this directory, so there is none.
    const userDir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker')
    for (const name of ['cli-plugins', 'buildx', 'contexts']) {
      if (
        await lstat(join(userDir, name)).then(
          () => true,
          () => false
        )
      ) {
        await symlink(join(userDir, name), join(dir, name))
      }
    }
    const credHelpers = { ...(dockerConfig.credHelpers as Record<string, unknown> | undefined) }
    delete credHelpers[registry.host]
    const config: Record<string, unknown> = { ...dockerConfig, auths, credHelpers }
    delete config.credsStore
    await write('config.json', config)
    return { dir, env: { DOCKER_CONFIG: dir } }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

/** Removes a per-run auth directory (only one of ours, by its name); never throws. */
export async function removeRegistryAuth(dir: string): Promise<boolean> {
  if (!dir || !basename(dir).startsWith(AUTH_DIR_PREFIX)) return false
  try {
    await rm(dir, { recursive: true, force: true })
    return true
  } catch {
    return false
  }
}
