// docker (buildx): one command builds and pushes every reference, and leaves the pushed
// digest in its metadata file. BuildKit reads SOURCE_DATE_EPOCH from the environment itself.
import { join } from 'node:path'
import {
  cacheTag,
  labelArgs,
  stageArgs,
  type BuildRequest,
  type PlanOptions,
  type PlannedCommand
} from './argv.js'

export function dockerBuild(request: BuildRequest, options: PlanOptions): PlannedCommand {
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
