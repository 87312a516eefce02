// buildah and podman: one grammar (podman's build is buildah's bud), so one plan for both.
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
