// buildah and podman: one grammar (podman's build is buildah's bud), so one plan for both.
// They build into local storage under a name of this run's own (options.localName) and push
// from it to each reference: two runs on one machine never push each other's image, whatever
// tags they push. The name is removed once the push is over (cleanupCommands).
// Reproducible builds: SOURCE_DATE_EPOCH becomes `--timestamp` (BuildKit reads it from the
// environment itself). Without it every build of the same commit gets a new digest.
import { join } from 'node:path'
import {
  labelArgs,
  stageArgs,
  type BuildRequest,
  type PlanOptions,
  type PlannedCommand
} from './argv.js'

/** The commands that build the image with buildah or podman and push it to every reference. */
export function buildahCommands(
  kind: 'buildah' | 'podman',
  request: BuildRequest,
  options: PlanOptions
): PlannedCommand[] {
  const { references, platforms } = request
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
    const local = options.localName
    return [
      {
        command: kind,
        args: [build, ...common, '--tag', local, ...platform, '--', request.context]
      },
      ...references.map((ref, i) => ({
        command: kind,
        args: ['push', ...tls, '--digestfile', digestFile(i).path, '--', local, `docker://${ref}`],
        digestFile: digestFile(i)
      }))
    ]
  }

  // The manifest list's name is this run's own, so no list an earlier run left collects
  // this build's images.
  const list = options.localName
  return [
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

/** What buildah and podman say when the name is gone (removed, or never built). */
export const IMAGE_GONE = /image not known|no such image/i

/**
 * What removes the run's local name once the push is over (or failed): the image's name, or
 * the manifest list (the per-platform images it held are left unnamed, as buildah leaves
 * them). Optional: a build that failed early has no such name.
 */
export function buildahCleanup(
  kind: 'buildah' | 'podman',
  request: Pick<BuildRequest, 'platforms'>,
  options: Pick<PlanOptions, 'localName'>
): PlannedCommand[] {
  const args =
    request.platforms.length <= 1
      ? ['rmi', '--', options.localName]
      : ['manifest', 'rm', '--', options.localName]
  return [{ command: kind, args, optional: true }]
}
