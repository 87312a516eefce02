// build-push's build-args, secrets, target and cache, built for real by buildah and pushed to
// the sandbox's registry, then read back from it: the ARG's value and the target stage are in
// the image; the secret was mounted for the RUN step (its length is in the image) while its
// value is in no layer, no config and no log line; a rerun with only the secret's value and
// a file the build cannot see changed reuses the image. RUN needs a shell in a FROM scratch
// image: Debian's busybox-static gives a static /bin/busybox to COPY in (no base image can be
// pulled offline).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  ECRClient
} from '@aws-sdk/client-ecr'
import { checkCacheTagMutable, createRepositoryInput } from '../../src/core/build/repository.js'
import { parseBuildPushInputs } from '../../src/interface/parse.js'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction, type ActionRun } from './harness.js'
import { workspaceTemp } from './helpers.js'

const BUSYBOX = '/bin/busybox'
const SECRET = 'e2e-s3cret-value-4f1c'
const GREETING = 'hello from a build arg'
const REPOSITORY = 'build_options'

// Stage `runtime` is not the last one: building it proves --target reached the builder.
const DOCKERFILE = `FROM scratch AS tools
COPY busybox /bin/busybox

FROM tools AS build
ARG GREETING=unset
RUN --mount=type=secret,id=token ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir -p /out && echo \\"$GREETING\\" > /out/greeting && /bin/busybox wc -c < /run/secrets/token > /out/token-length"]

FROM scratch AS runtime
COPY --from=build /out/ /out/

FROM runtime AS debug
COPY --from=tools /bin/busybox /bin/busybox
`

let sandbox: Sandbox
let work: string

function build(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(
    'actions/build-push',
    {
      builder: 'buildah',
      registry: `http://${sandbox.registry}`,
      repository: REPOSITORY,
      context: work,
      'image-tag': 'options-1',
      ...inputs
    },
    sandbox.env
  )
}

function expectSuccess(run: ActionRun): void {
  expect({ code: run.code, log: run.code === 0 ? '' : run.log.slice(-4000) }).toEqual({
    code: 0,
    log: ''
  })
}

/** GET from the sandbox's registry as the builder would (basic auth, both manifest types). */
async function registry(path: string): Promise<Buffer> {
  const response = await fetch(`http://${sandbox.registry}/v2/${REPOSITORY}/${path}`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`AWS:${sandbox.password}`).toString('base64')}`,
      Accept:
        'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'
    }
  })
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

/** The image's config, and its layers as tar bytes. */
async function pulled(digest: string): Promise<{ config: string; layers: Buffer[] }> {
  const manifest = JSON.parse((await registry(`manifests/${digest}`)).toString('utf8')) as {
    config: { digest: string }
    layers: Array<{ digest: string; mediaType: string }>
  }
  const config = (await registry(`blobs/${manifest.config.digest}`)).toString('utf8')
  const layers: Buffer[] = []
  for (const layer of manifest.layers) {
    const blob = await registry(`blobs/${layer.digest}`)
    layers.push(/gzip/.test(layer.mediaType) ? gunzipSync(blob) : blob)
  }
  return { config, layers }
}

const digestOf = (run: ActionRun) => (run.outputs['image-uri'] ?? '').split('@')[1] ?? ''

beforeAll(async () => {
  if (!existsSync(BUSYBOX)) {
    throw new Error(
      `${BUSYBOX} is missing: apt-get install busybox-static (a static shell for RUN)`
    )
  }
  sandbox = await startSandbox()
  work = workspaceTemp('ggcd-build-options-')
  await cp(BUSYBOX, join(work, 'busybox'))
  await writeFile(join(work, 'Dockerfile'), DOCKERFILE)
  await writeFile(join(work, '.dockerignore'), 'docs\n')
  await mkdir(join(work, 'docs'))
  await writeFile(join(work, 'docs', 'README.md'), '# notes\n')
})

afterAll(async () => {
  await sandbox?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('build-push with build-args, secrets and target, by buildah', () => {
  let first: ActionRun

  it('builds the target stage with the ARG and the mounted secret, which stays out of the image', async () => {
    first = await build({
      'build-args': `GREETING=${GREETING}`,
      secrets: `token=${SECRET}`,
      target: 'runtime'
    })
    expectSuccess(first)
    expect(first.log).toContain('--target runtime')
    expect(first.log).toMatch(/--secret id=token,src=\S+/)
    // Masked first (the runner hides it wherever it would print), and never printed anyway.
    const lines = first.log.split('\n')
    const masks = lines.filter(l => l.trim() === `::add-mask::${SECRET}`)
    expect(masks.length).toBeGreaterThan(0)
    expect(lines.filter(l => l.includes(SECRET) && !masks.includes(l))).toEqual([])
    expect(first.summary).not.toContain(SECRET)
    const { config, layers } = await pulled(digestOf(first))
    const tar = Buffer.concat(layers)
    expect(tar.includes(`${GREETING}\n`)).toBe(true)
    // wc -c of the mounted file: the secret was there for the RUN step.
    expect(tar.includes(`${SECRET.length}\n`)).toBe(true)
    expect(tar.includes('out/token-length')).toBe(true)
    // The target, not the last stage: no busybox in the image.
    expect(tar.includes('bin/busybox')).toBe(false)
    expect(tar.includes(SECRET)).toBe(false)
    expect(config).not.toContain(SECRET)
    expect(config).toContain('"org.opencontainers.image.revision":"e2e0000')
    expect(config).toContain('"dev.ggcd.build-inputs"')
  })

  it('reuses the image when only the secret value and a file the build cannot see changed', async () => {
    await writeFile(join(work, 'docs', 'README.md'), '# notes, edited\n')
    const run = await build({
      'build-args': `GREETING=${GREETING}`,
      secrets: `token=rotated-${SECRET}`,
      target: 'runtime',
      'image-tag': 'options-2'
    })
    expectSuccess(run)
    expect(run.log).not.toContain('buildah bud')
    expect(digestOf(run)).toBe(digestOf(first))
  })

  it('rebuilds for another build arg', async () => {
    const run = await build({
      'build-args': 'GREETING=another',
      secrets: `token=${SECRET}`,
      target: 'runtime',
      'image-tag': 'options-3'
    })
    expectSuccess(run)
    expect(run.log).toContain('buildah bud')
    expect(digestOf(run)).not.toBe(digestOf(first))
  })
})

describe('build-push with cache, by buildah', () => {
  it('pushes its layer cache to the repository and builds from it', async () => {
    const inputs = {
      'build-args': 'GREETING=cached',
      secrets: `token=${SECRET}`,
      target: 'runtime',
      cache: 'true'
    }
    const run = await build({ ...inputs, 'image-tag': 'cache-1' })
    expectSuccess(run)
    expect(run.log).toContain(
      `--layers --cache-from ${sandbox.registry}/${REPOSITORY} --cache-to ${sandbox.registry}/${REPOSITORY}`
    )
    const tags = JSON.parse((await registry('tags/list')).toString('utf8')) as { tags: string[] }
    // buildah's cache images: tagged with their cache keys (64 hex digits).
    expect(tags.tags.some(t => /^[a-f0-9]{64}$/.test(t))).toBe(true)
  })
})

describe('the repository ggcd creates for a BuildKit cache, in moto', () => {
  it('is IMMUTABLE_WITH_EXCLUSION with ggcd-cache*, which the cache check then accepts', async () => {
    const env = { ...sandbox.env, GITHUB_SHA: 'abc1234' }
    const inputs = parseBuildPushInputs(
      { repository: 'cache_repo', cache: 'true', target: 'runtime', region: sandbox.region },
      env
    )
    const ecr = new ECRClient({
      region: sandbox.region,
      endpoint: sandbox.env.AWS_ENDPOINT_URL,
      credentials: {
        accessKeyId: sandbox.env.AWS_ACCESS_KEY_ID!,
        secretAccessKey: sandbox.env.AWS_SECRET_ACCESS_KEY!
      }
    })
    await ecr.send(new CreateRepositoryCommand(createRepositoryInput(inputs, sandbox.accountId)))
    const { repositories } = await ecr.send(
      new DescribeRepositoriesCommand({ repositoryNames: ['cache_repo'] })
    )
    expect(repositories?.[0]).toMatchObject({
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'ggcd-cache*' }]
    })
    expect(() => checkCacheTagMutable(inputs, repositories?.[0])).not.toThrow()
  })
})
