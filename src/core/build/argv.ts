// The argument arrays every builder shares, and the request they are built from. Each
// command's arguments come from a pure function (like docker/build-push-action's getArgs) so
// tests can read them exactly. The registry password is never an argument: it is masked
// first and sent on stdin. Positional values (the registry host, the context path,
// references) come after `--`, which all three builders' command parsers (cobra) read as the
// end of options: a value that starts with `-` is then a value, never an option.
//
// Plain-HTTP registries (`insecure`): buildah and podman take `--tls-verify=false` on login
// and push (buildah 1.28's login ignores `insecure = true` in registries.conf, its push
// honours it). Docker has no such flag: its daemon (or the buildx builder's buildkitd.toml)
// must list the registry as insecure, except localhost, which Docker treats as insecure.
import { randomBytes } from 'node:crypto'
import type { Builder, Provenance, Registry } from '../config.js'

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
  /**
   * buildah and podman: the image's (or manifest list's) name in local storage until it is
   * pushed, unique to the run (localImageName); never a pushed reference. docker pushes
   * what it built straight from the build, by reference.
   */
  localName: string
}

/** A run's own id: this process and a random part, so that no two runs share it. */
export function newRunId(pid: number = process.pid): string {
  return `${pid}-${randomBytes(6).toString('hex')}`
}

/** The local name a run builds under before it pushes (see PlanOptions.localName). */
export function localImageName(runId: string): string {
  return `localhost/ggcd-run-${runId}`
}

/** BuildKit's registry cache tag: mutable, so the repository's immutability excludes it. */
export const CACHE_TAG_PREFIX = 'ggcd-cache'

/** One cache per target: a build of another stage would overwrite the cache of this one. */
export function cacheTag(target?: string): string {
  return target ? `${CACHE_TAG_PREFIX}-${target}` : CACHE_TAG_PREFIX
}

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

export function labelArgs(labels: Record<string, string>): string[] {
  return Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`])
}

/** --build-arg, --target and --secret, the same for every builder. */
export function stageArgs(request: BuildRequest, options: PlanOptions): string[] {
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
