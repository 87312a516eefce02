// The build-push step against a mocked ECR and a fake command runner: repository creation,
// reuse of an image only when ECR shows it has the same build inputs (the inputs tag on it),
// a tag held by an image of other inputs, the ECR token's handling, dry run, failures; and
// the summary's account of it.
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  ECRServiceException,
  GetAuthorizationTokenCommand,
  ImageNotFoundException,
  PutLifecyclePolicyCommand,
  RepositoryAlreadyExistsException,
  RepositoryNotFoundException
} from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DRY_RUN_DIGEST,
  buildPush,
  type BuildPushResult
} from '../../../../src/core/build/build-push.js'
import { UNTAGGED_EXPIRY_DAYS } from '../../../../src/core/build/repository.js'
import { ConfigurationError, StepFailure } from '../../../../src/core/shared/errors.js'
import { registryLogout } from '../../../../src/core/build/builders.js'
import {
  buildInputsDigest,
  suffixedTag,
  inputsTag as tagForInputs
} from '../../../../src/core/build/build-inputs.js'
import type { BuildPushInputs } from '../../../../src/core/config.js'
import { missingProgram } from '../../../../src/core/shared/process.js'
import type { CommandRunner, RunOptions, RunResult } from '../../../../src/core/shared/process.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import { buildSummary } from '../../../../src/interface/summary.js'

const DIGEST = `sha256:${'cd'.repeat(32)}`
const OLD_DIGEST = `sha256:${'01'.repeat(32)}`
const OTHER_DIGEST = `sha256:${'02'.repeat(32)}`
const OTHER_INPUTS = `ggcd-inputs-${'9'.repeat(32)}`
const HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const PASSWORD = 'eyJwYXlsb2FkIjoic2VjcmV0In0-password'
const TOKEN = Buffer.from(`AWS:${PASSWORD}`).toString('base64')

interface Call {
  command: string
  args: string[]
  input?: string
}

type Respond = (call: Call) => Promise<Partial<RunResult>> | Partial<RunResult>

/** Answers like an installed builder and writes the pushed digest where it is asked to. */
const builderThatPushes: Respond = async ({ args }) => {
  const file = args.indexOf('--digestfile')
  if (file >= 0) await writeFile(args[file + 1]!, `${DIGEST}\n`)
  const metadata = args.indexOf('--metadata-file')
  if (metadata >= 0) {
    await writeFile(args[metadata + 1]!, JSON.stringify({ 'containerimage.digest': DIGEST }))
  }
  return {}
}

class FakeRunner implements CommandRunner {
  readonly calls: Call[] = []
  constructor(private readonly respond: Respond = builderThatPushes) {}
  async run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
    const call = { command, args, input: options.input }
    this.calls.push(call)
    return { exitCode: 0, stdout: '', stderr: '', ...(await this.respond(call)) }
  }
  commands(): string[] {
    return this.calls.map(c => `${c.command} ${c.args.slice(0, 2).join(' ')}`)
  }
}

const ecrMock = mockClient(ECRClient)
const ecr = new ECRClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
})
const meta = { $metadata: {} }

let dir: string
let reporter: MemoryReporter
let ctx: StepContext
let slept: number[]

function inputs(overrides: Partial<BuildPushInputs> = {}): BuildPushInputs & { accountId: string } {
  return {
    region: 'eu-west-1',
    accountId: '123456789012',
    context: join(dir, 'container'),
    dockerfile: join(dir, 'container', 'Dockerfile'),
    repository: 'dynamodb_access_sample',
    imageTag: 'abc123',
    platforms: [],
    builder: 'docker',
    ...overrides
  }
}

function repositoryMissing() {
  ecrMock
    .on(DescribeRepositoriesCommand)
    .rejects(new RepositoryNotFoundException({ message: 'not found', ...meta }))
  ecrMock.on(CreateRepositoryCommand).resolves({ repository: { repositoryName: 'x' } })
}

function repositoryExists() {
  ecrMock.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryName: 'x' }] })
}

function tagMissing() {
  ecrMock.on(DescribeImagesCommand).rejects(
    new ImageNotFoundException({
      message: "The image with imageId {imageTag:'abc123'} does not exist",
      ...meta
    })
  )
}

/** ECR's answers for these tags (DescribeImages by one tag); any other tag is not found. */
function images(byTag: Record<string, { digest: string; tags: string[] }>) {
  ecrMock
    .on(DescribeImagesCommand)
    .rejects(new ImageNotFoundException({ message: 'no image', ...meta }))
  for (const [tag, image] of Object.entries(byTag)) {
    ecrMock
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: tag }] })
      .resolves({ imageDetails: [{ imageDigest: image.digest, imageTags: image.tags }] })
  }
}

/** The tags DescribeImages was asked about, in order. */
function describedTags(): string[] {
  return ecrMock
    .commandCalls(DescribeImagesCommand)
    .map(c => c.args[0].input.imageIds?.[0]?.imageTag ?? '?')
}

function tokenIssued() {
  ecrMock.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [{ authorizationToken: TOKEN, proxyEndpoint: `https://${HOST}` }]
  })
}

// The labels from the commit read these; a CI run's own must not leak into the expectations.
const COMMIT_ENV = ['GITHUB_SHA', 'GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'SOURCE_DATE_EPOCH']
const savedEnv = Object.fromEntries(COMMIT_ENV.map(k => [k, process.env[k]]))

beforeEach(async () => {
  for (const k of COMMIT_ENV) delete process.env[k]
  ecrMock.reset()
  dir = await mkdtemp(join(tmpdir(), 'ggcd-ecr-test-'))
  // The records of logins (logins.ts) of this test alone, never the machine's.
  process.env.GGCD_STATE_DIR = join(dir, 'state')
  await mkdir(join(dir, 'container'))
  await writeFile(join(dir, 'container', 'Dockerfile'), 'FROM scratch\n')
  reporter = new MemoryReporter()
  slept = []
  let now = 0
  ctx = {
    reporter,
    clock: {
      now: () => new Date(now),
      sleep: async ms => {
        slept.push(ms)
        now += ms
      }
    },
    random: () => 0.5
  }
})

afterEach(async () => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  await rm(dir, { recursive: true, force: true })
})

describe('buildPush', () => {
  it('refuses a registry input of another account or region before any call or build', async () => {
    const runner = new FakeRunner()
    for (const host of [
      '999999999999.dkr.ecr.eu-west-1.amazonaws.com',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com'
    ]) {
      await expect(
        buildPush(inputs({ registry: { host, insecure: false } }), { ecr }, ctx, { runner })
      ).rejects.toThrow(ConfigurationError)
    }
    expect(ecrMock.calls()).toHaveLength(0)
    expect(runner.calls).toHaveLength(0)
  })

  it('pushes to the run’s own registry by another endpoint (dual-stack) when the registry input names it', async () => {
    repositoryMissing()
    tokenIssued()
    const host = '123456789012.dkr-ecr.eu-west-1.on.aws'
    const runner = new FakeRunner()
    const result = await buildPush(
      inputs({ builder: 'buildah', registry: { host, insecure: false } }),
      { ecr },
      ctx,
      { runner }
    )
    expect(result.registry).toBe(host)
    expect(result.imageUri).toBe(`${host}/dynamodb_access_sample@${DIGEST}`)
    expect(ecrMock.commandCalls(CreateRepositoryCommand)[0]!.args[0].input.registryId).toBe(
      '123456789012'
    )
  })

  it('creates a missing repository with scan on push, then builds, pushes and returns the digest URI', async () => {
    repositoryMissing()
    tokenIssued()
    const runner = new FakeRunner()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner })

    const { digest: buildInputs } = await buildInputsDigest(inputs())
    expect(result).toEqual({
      imageUri: `${HOST}/dynamodb_access_sample@${DIGEST}`,
      imageDigest: DIGEST,
      registry: HOST,
      repository: 'dynamodb_access_sample',
      imageTag: 'abc123',
      tag: 'abc123',
      repositoryCreated: true,
      reused: false,
      buildInputs,
      inputsTag: tagForInputs(buildInputs)
    } satisfies BuildPushResult)
    const create = ecrMock.commandCalls(CreateRepositoryCommand)
    expect(create).toHaveLength(1)
    expect(create[0]!.args[0].input).toEqual({
      registryId: '123456789012',
      repositoryName: 'dynamodb_access_sample',
      imageScanningConfiguration: { scanOnPush: true },
      imageTagMutability: 'IMMUTABLE',
      encryptionConfiguration: { encryptionType: 'AES256' }
    })
    expect(runner.commands()).toEqual([
      'docker buildx version',
      'docker login --username',
      'docker buildx build',
      'docker logout --'
    ])
    const build = runner.calls[2]!.args
    expect(build).toEqual(
      expect.arrayContaining(['--tag', `${HOST}/dynamodb_access_sample:abc123`])
    )
    expect(build).toEqual(
      expect.arrayContaining(['--label', 'org.opencontainers.image.revision=abc123'])
    )
    expect(build).toEqual(
      expect.arrayContaining([
        '--tag',
        `${HOST}/dynamodb_access_sample:${tagForInputs(buildInputs)}`,
        '--label',
        `dev.ggcd.build-inputs=${buildInputs}`
      ])
    )
    expect(reporter.text()).toContain('Created ECR repository dynamodb_access_sample')
  })

  it('gives the repository it creates a lifecycle policy that expires untagged images', async () => {
    repositoryMissing()
    tokenIssued()
    ecrMock.on(PutLifecyclePolicyCommand).resolves({})
    await buildPush(inputs(), { ecr }, ctx, { runner: new FakeRunner() })
    const put = ecrMock.commandCalls(PutLifecyclePolicyCommand)
    expect(put).toHaveLength(1)
    const { repositoryName, lifecyclePolicyText } = put[0]!.args[0].input
    expect(repositoryName).toBe('dynamodb_access_sample')
    expect(JSON.parse(lifecyclePolicyText!)).toEqual({
      rules: [
        expect.objectContaining({
          rulePriority: 1,
          selection: {
            tagStatus: 'untagged',
            countType: 'sinceImagePushed',
            countUnit: 'days',
            countNumber: UNTAGGED_EXPIRY_DAYS
          },
          action: { type: 'expire' }
        })
      ]
    })
    expect(reporter.text()).toContain('untagged images expire 14 days after their push')
  })

  it('goes on with a warning when the lifecycle policy is denied', async () => {
    repositoryMissing()
    tokenIssued()
    ecrMock
      .on(PutLifecyclePolicyCommand)
      .rejects(
        Object.assign(new Error('not authorized'), { name: 'AccessDeniedException', ...meta })
      )
    const result = await buildPush(inputs(), { ecr }, ctx, { runner: new FakeRunner() })
    expect(result.imageDigest).toBe(DIGEST)
    expect(reporter.text()).toMatch(/warning: .*Allow ecr:PutLifecyclePolicy/)
  })

  it('a push cut short after its first reference leaves the one record a rerun needs', async () => {
    repositoryExists()
    tagMissing()
    tokenIssued()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    const own = tagForInputs(buildInputs)
    // The crash: the process dies once the first push is done.
    class Crash extends Error {}
    const crashing = new FakeRunner(async call => {
      if (call.args[0] === 'push' && !call.args.at(-1)!.endsWith(`:${own}`)) throw new Crash()
      return builderThatPushes(call)
    })
    await expect(
      buildPush(inputs({ builder: 'buildah' }), { ecr }, ctx, { runner: crashing })
    ).rejects.toBeInstanceOf(Crash)
    // What ECR holds then: the image under its inputs tag alone.
    expect(crashing.calls.filter(c => c.args[0] === 'push')[0]!.args.at(-1)).toBe(
      `docker://${HOST}/dynamodb_access_sample:${own}`
    )
    images({ [own]: { digest: DIGEST, tags: [own] } })

    // The rerun of the commit, and the next docs-only commit: the same image, nothing built.
    for (const imageTag of ['abc123', 'docs-only']) {
      const runner = new FakeRunner()
      const result = await buildPush(inputs({ builder: 'buildah', imageTag }), { ecr }, ctx, {
        runner
      })
      expect(result).toMatchObject({ imageDigest: DIGEST, reused: true, reusedBecause: 'inputs' })
      expect(runner.commands()).toEqual([])
    }
  })

  it('does not recreate an existing repository', async () => {
    repositoryExists()
    tagMissing()
    tokenIssued()
    const runner = new FakeRunner()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner })
    expect(ecrMock.commandCalls(CreateRepositoryCommand)).toHaveLength(0)
    // Someone else's repository keeps the lifecycle policy its owner gave it.
    expect(ecrMock.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0)
    expect(result.repositoryCreated).toBe(false)
    expect(result.imageDigest).toBe(DIGEST)
  })

  it('treats a repository created concurrently as existing', async () => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .rejects(new RepositoryNotFoundException({ message: 'not found', ...meta }))
    ecrMock
      .on(CreateRepositoryCommand)
      .rejects(new RepositoryAlreadyExistsException({ message: 'exists', ...meta }))
    tokenIssued()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner: new FakeRunner() })
    expect(result.repositoryCreated).toBe(false)
    expect(result.imageDigest).toBe(DIGEST)
    // Made in this run's window (maybe by its own create, the answer lost): ggcd's repository,
    // with ggcd's lifecycle policy, as a clean create leaves it.
    expect(
      ecrMock.commandCalls(PutLifecyclePolicyCommand).map(c => c.args[0].input.repositoryName)
    ).toEqual(['dynamodb_access_sample'])
  })

  it('reuses the image under the tag that carries this run’s inputs tag: no login, build or push', async () => {
    repositoryExists()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    const own = tagForInputs(buildInputs)
    images({ abc123: { digest: OLD_DIGEST, tags: ['abc123', own] } })
    const runner = new FakeRunner()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner })
    expect(result).toMatchObject({ reused: true, reusedBecause: 'tag', tag: 'abc123' })
    expect(result.tagHeldBy).toBeUndefined()
    expect(result.imageUri).toBe(`${HOST}/dynamodb_access_sample@${OLD_DIGEST}`)
    expect(runner.calls).toEqual([])
    expect(ecrMock.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(0)
    // ECR lists every tag of the image: one call shows both.
    expect(describedTags()).toEqual(['abc123'])
    expect(reporter.text()).toContain(`built from the same build inputs (it carries ${own})`)
    expect(buildSummary(result)).toContain(
      `reused: an image tagged \`abc123\` was already in the repository, built from the same build inputs (it carries \`${own}\`); nothing was built or pushed`
    )
  })

  it('reuses the image under the tag when the inputs tag names the same digest, though its tag list lags', async () => {
    repositoryExists()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    const own = tagForInputs(buildInputs)
    images({
      abc123: { digest: OLD_DIGEST, tags: ['abc123'] },
      [own]: { digest: OLD_DIGEST, tags: [own] }
    })
    const runner = new FakeRunner()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner })
    expect(result).toMatchObject({ reused: true, reusedBecause: 'tag', imageDigest: OLD_DIGEST })
    expect(runner.calls).toEqual([])
    expect(describedTags()).toEqual(['abc123', own])
  })

  it.each([
    ['of other build inputs', ['abc123', OTHER_INPUTS]],
    ['without any inputs tag (pushed by something else)', ['abc123']]
  ])(
    'never reuses an image under the tag %s: builds and pushes as <tag>-<12 hex> and the inputs tag',
    async (_, tags) => {
      repositoryExists()
      tokenIssued()
      const { digest: buildInputs } = await buildInputsDigest(inputs())
      const own = tagForInputs(buildInputs)
      const suffixed = `abc123-${buildInputs.slice(0, 12)}`
      images({ abc123: { digest: OLD_DIGEST, tags } })
      const runner = new FakeRunner()
      const result = await buildPush(inputs({ builder: 'buildah' }), { ecr }, ctx, { runner })
      expect(result).toMatchObject({
        imageUri: `${HOST}/dynamodb_access_sample@${DIGEST}`,
        imageDigest: DIGEST,
        imageTag: 'abc123',
        tag: suffixed,
        tagHeldBy: OLD_DIGEST,
        reused: false
      })
      expect(result.reusedBecause).toBeUndefined()
      expect(describedTags()).toEqual(['abc123', own, suffixed])
      // The inputs tag first, then the suffixed tag; never the tag that is taken.
      expect(runner.calls.filter(c => c.args[0] === 'push').map(c => c.args.at(-1))).toEqual([
        `docker://${HOST}/dynamodb_access_sample:${own}`,
        `docker://${HOST}/dynamodb_access_sample:${suffixed}`
      ])
      const bud = runner.calls.find(c => c.args[0] === 'bud')!.args
      expect(bud).not.toContain(`${HOST}/dynamodb_access_sample:abc123`)
      expect(bud).toContain('org.opencontainers.image.revision=abc123')
      expect(reporter.text()).toContain(
        `${HOST}/dynamodb_access_sample:abc123 holds ${OLD_DIGEST}, an image of other build inputs`
      )
      expect(reporter.text()).toContain(`so this build is pushed as ${suffixed} instead`)
      expect(reporter.text()).not.toContain('reusing it')
      expect(buildSummary(result)).toContain(
        `: tag \`abc123\` held an image of other build inputs (\`${OLD_DIGEST}\`), so it is not used; built and pushed as \`${suffixed}\` and \`${own}\``
      )
    }
  )

  it('reuses <tag>-<12 hex> pushed earlier with these inputs when the tag holds other inputs', async () => {
    repositoryExists()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    const own = tagForInputs(buildInputs)
    const suffixed = `abc123-${buildInputs.slice(0, 12)}`
    images({
      abc123: { digest: OLD_DIGEST, tags: ['abc123', OTHER_INPUTS] },
      [own]: { digest: OTHER_DIGEST, tags: [own, suffixed] }
    })
    const runner = new FakeRunner()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner })
    expect(result).toMatchObject({
      imageDigest: OTHER_DIGEST,
      tag: suffixed,
      tagHeldBy: OLD_DIGEST,
      reused: true,
      reusedBecause: 'tag'
    })
    expect(runner.calls).toEqual([])
    expect(ecrMock.calls().map(c => c.args[0].constructor.name)).toEqual([
      'DescribeRepositoriesCommand',
      'DescribeImagesCommand',
      'DescribeImagesCommand'
    ])
    expect(buildSummary(result)).toContain(
      `reused: tag \`abc123\` held an image of other build inputs (\`${OLD_DIGEST}\`), so it is not used; \`${suffixed}\` was already in the repository with these build inputs`
    )
  })

  it('reuses the image of these inputs built for another commit when the tag holds other inputs', async () => {
    repositoryExists()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    const own = tagForInputs(buildInputs)
    images({
      abc123: { digest: OLD_DIGEST, tags: ['abc123', OTHER_INPUTS] },
      [own]: { digest: OTHER_DIGEST, tags: [own, 'f00d'] }
    })
    const runner = new FakeRunner()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner })
    expect(result).toMatchObject({
      imageDigest: OTHER_DIGEST,
      tag: own,
      tagHeldBy: OLD_DIGEST,
      reusedBecause: 'inputs',
      builtFor: ['f00d']
    })
    expect(runner.calls).toEqual([])
    expect(buildSummary(result)).toContain(
      `reused: tag \`abc123\` held an image of other build inputs (\`${OLD_DIGEST}\`), so it is not used; an image with the same build inputs was already in the repository (tag \`${own}\`, first built for \`f00d\`)`
    )
  })

  it('the tag and <tag>-<12 hex> both held by other inputs: a ConfigurationError naming image-tag, nothing built', async () => {
    repositoryExists()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    const suffixed = `abc123-${buildInputs.slice(0, 12)}`
    images({
      abc123: { digest: OLD_DIGEST, tags: ['abc123', OTHER_INPUTS] },
      [suffixed]: { digest: OTHER_DIGEST, tags: [suffixed] }
    })
    const runner = new FakeRunner()
    const error = await buildPush(inputs(), { ecr }, ctx, { runner }).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.subject).toBe('image-tag')
    expect(error.message).toContain(`${suffixed} both name images of other build inputs`)
    expect(runner.calls).toEqual([])
    expect(ecrMock.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(0)
  })

  it('<tag>-<12 hex> stays a Docker tag: at most 128 characters', () => {
    const inputsDigest = 'ab'.repeat(32)
    expect(suffixedTag('abc123', inputsDigest)).toBe('abc123-abababababab')
    const long = suffixedTag('x'.repeat(128), inputsDigest)
    expect(long).toHaveLength(128)
    expect(long).toBe(`${'x'.repeat(115)}-abababababab`)
  })

  it('reuses the image of another commit with the same build inputs: no login, build, push or tag', async () => {
    repositoryExists()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    const sameInputs = tagForInputs(buildInputs)
    ecrMock
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: 'abc123' }] })
      .rejects(new ImageNotFoundException({ message: 'no image', ...meta }))
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: sameInputs }] })
      .resolves({ imageDetails: [{ imageDigest: OLD_DIGEST, imageTags: [sameInputs, 'f00d'] }] })
    const runner = new FakeRunner()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner })
    expect(result).toMatchObject({
      imageUri: `${HOST}/dynamodb_access_sample@${OLD_DIGEST}`,
      imageDigest: OLD_DIGEST,
      imageTag: 'abc123',
      reused: true,
      reusedBecause: 'inputs',
      buildInputs,
      inputsTag: sameInputs,
      builtFor: ['f00d']
    })
    expect(runner.calls).toEqual([])
    // Read-only calls only: abc123 is not added to the image (PutImage would be a change).
    expect(ecrMock.calls().map(c => c.args[0].constructor.name)).toEqual([
      'DescribeRepositoriesCommand',
      'DescribeImagesCommand',
      'DescribeImagesCommand'
    ])
    expect(reporter.text()).toContain('the same build inputs, so it is reused')
    const summary = buildSummary(result)
    expect(summary).toContain(
      `reused: an image with the same build inputs was already in the repository (tag \`${sameInputs}\`, first built for \`f00d\`); nothing was built or pushed, and \`abc123\` was not added to it`
    )
  })

  it('a change the build cannot see keeps the inputs; one it can see builds anew', async () => {
    await writeFile(join(dir, 'container', '.dockerignore'), '*\n!app/\n')
    await mkdir(join(dir, 'container', 'app'))
    await writeFile(join(dir, 'container', 'app', 'main.py'), 'print(1)\n')
    const first = (await buildInputsDigest(inputs())).digest
    await writeFile(join(dir, 'container', 'README.md'), 'docs only\n')
    expect((await buildInputsDigest(inputs())).digest).toBe(first)

    repositoryExists()
    tokenIssued()
    ecrMock
      .on(DescribeImagesCommand)
      .rejects(new ImageNotFoundException({ message: 'no image', ...meta }))
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: tagForInputs(first) }] })
      .resolves({ imageDetails: [{ imageDigest: OLD_DIGEST }] })
    const docs = await buildPush(inputs(), { ecr }, ctx, { runner: new FakeRunner() })
    expect(docs).toMatchObject({ reused: true, reusedBecause: 'inputs', imageDigest: OLD_DIGEST })

    await writeFile(join(dir, 'container', 'app', 'main.py'), 'print(2)\n')
    const runner = new FakeRunner()
    const code = await buildPush(inputs({ builder: 'buildah' }), { ecr }, ctx, { runner })
    expect(code).toMatchObject({ reused: false, imageDigest: DIGEST })
    expect(code.buildInputs).not.toBe(first)
    expect(code.reusedBecause).toBeUndefined()
    // buildah: one image under the run's own local name, pushed under both tags.
    const bud = runner.calls.find(c => c.args[0] === 'bud')!.args
    expect(bud.filter(a => a === '--tag')).toHaveLength(1)
    const local = bud[bud.indexOf('--tag') + 1]!
    expect(local).toMatch(/^localhost\/ggcd-run-\d+-[0-9a-f]+$/)
    expect(runner.calls.filter(c => c.args[0] === 'push').map(c => c.args.at(-2))).toEqual([
      local,
      local
    ])
    expect(runner.calls.filter(c => c.args[0] === 'push').map(c => c.args.at(-1))).toEqual([
      `docker://${HOST}/dynamodb_access_sample:${code.inputsTag}`,
      `docker://${HOST}/dynamodb_access_sample:abc123`
    ])
    expect(buildSummary(code)).toContain(`built and pushed as \`abc123\` and \`${code.inputsTag}\``)
  })

  it('records the local image before building it and forgets it once removed; docker makes none', async () => {
    repositoryExists()
    tagMissing()
    tokenIssued()
    const images = join(dir, 'state', 'images')
    const recorded = async () => {
      const names = await readdir(images).catch(() => [] as string[])
      return Promise.all(names.map(async n => JSON.parse(await readFile(join(images, n), 'utf8'))))
    }
    const seen: Record<string, unknown[]> = {}
    const runner = new FakeRunner(async call => {
      seen[call.args[0]!] = await recorded()
      return builderThatPushes(call)
    })
    await buildPush(inputs({ builder: 'podman' }), { ecr }, ctx, { runner })
    const build = runner.calls.find(c => c.args[0] === 'build')!.args
    const local = build[build.indexOf('--tag') + 1]
    expect(seen.build).toEqual([
      expect.objectContaining({ builder: 'podman', image: local, platforms: [], pid: process.pid })
    ])
    // Still recorded while the name is removed; not after.
    expect(runner.calls.at(-2)!.args).toEqual(['rmi', '--', local])
    expect(seen.rmi).toHaveLength(1)
    expect(await recorded()).toEqual([])

    const docker = new FakeRunner(async call => {
      seen[call.args[0]!] = await recorded()
      return builderThatPushes(call)
    })
    await buildPush(inputs(), { ecr }, ctx, { runner: docker })
    expect(seen.buildx).toEqual([])
  })

  it('a local image that could not be removed stays recorded for the next run; one already gone does not', async () => {
    repositoryExists()
    tagMissing()
    tokenIssued()
    const images = join(dir, 'state', 'images')
    const recorded = async () => readdir(images).catch(() => [] as string[])
    const failing = new FakeRunner(async call =>
      call.args[0] === 'rmi'
        ? { exitCode: 125, stderr: 'Error: image is in use by a container' }
        : builderThatPushes(call)
    )
    const built = await buildPush(inputs({ builder: 'podman' }), { ecr }, ctx, { runner: failing })
    expect(built.imageDigest).toBe(DIGEST)
    expect(await recorded()).toHaveLength(1)
    expect(reporter.text()).toMatch(
      /warning: Could not remove the local image localhost\/ggcd-run-\d+-[0-9a-f]+ \(Error: image is in use by a container\); the next run on this machine removes it/
    )
    await rm(images, { recursive: true, force: true })

    const gone = new FakeRunner(async call =>
      call.args[0] === 'rmi'
        ? { exitCode: 1, stderr: 'Error: localhost/x: image not known' }
        : builderThatPushes(call)
    )
    await buildPush(inputs({ builder: 'podman' }), { ecr }, ctx, { runner: gone })
    expect(await recorded()).toEqual([])
  })

  it('decodes the ECR token, masks token and password first, and sends the password on stdin only', async () => {
    repositoryExists()
    tagMissing()
    tokenIssued()
    const runner = new FakeRunner()
    await buildPush(inputs({ builder: 'buildah' }), { ecr }, ctx, { runner })
    expect(reporter.masked).toEqual(expect.arrayContaining([TOKEN, PASSWORD]))
    const login = runner.calls.find(c => c.args[0] === 'login')!
    expect(login.args).toEqual(['login', '--username', 'AWS', '--password-stdin', '--', HOST])
    expect(login.input).toBe(PASSWORD)
    for (const c of runner.calls) {
      expect(c.args.join(' ')).not.toContain(PASSWORD)
      expect(c.args.join(' ')).not.toContain(TOKEN)
    }
    expect(reporter.text()).not.toContain(PASSWORD)
  })

  it('fails when ECR returns a token that is not <user>:<password>', async () => {
    repositoryExists()
    tagMissing()
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [{ authorizationToken: Buffer.from('garbage').toString('base64') }]
    })
    const runner = new FakeRunner()
    await expect(buildPush(inputs(), { ecr }, ctx, { runner })).rejects.toThrow(StepFailure)
    expect(runner.calls.some(c => c.args[0] === 'login')).toBe(false)
  })

  it('a missing builder is a ConfigurationError raised before the repository is created', async () => {
    repositoryMissing()
    const runner = new FakeRunner(() => {
      throw missingProgram('podman')
    })
    const error = await buildPush(inputs({ builder: 'podman' }), { ecr }, ctx, { runner }).catch(
      e => e
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.subject).toBe('builder')
    expect(ecrMock.commandCalls(CreateRepositoryCommand)).toHaveLength(0)
  })

  it('a failed build is a StepFailure quoting the end of stderr', async () => {
    repositoryExists()
    tagMissing()
    tokenIssued()
    const runner = new FakeRunner(({ args }) =>
      args[0] === 'bud'
        ? {
            exitCode: 1,
            stderr: 'STEP 1/3: FROM python\nError: creating build container: manifest unknown'
          }
        : {}
    )
    const error = await buildPush(inputs({ builder: 'buildah' }), { ecr }, ctx, { runner }).catch(
      e => e
    )
    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('manifest unknown')
    expect(runner.calls.some(c => c.args[0] === 'push')).toBe(false)
    // The login does not outlive the failed build.
    expect(runner.calls.at(-1)?.args).toEqual(['logout', '--', HOST])
  })

  it('keeps the logout for the post step from the login on, and drops it once logged out', async () => {
    repositoryExists()
    tagMissing()
    tokenIssued()
    const saved: string[] = []
    const runner = new FakeRunner(async call => {
      saved.push(`run ${call.args[0]}`)
      if (call.args[0] === 'logout') return { exitCode: 1, stderr: 'not logged in' }
      return builderThatPushes(call)
    })
    const withState = { ...ctx, saveState: (k: string, v: string) => saved.push(`${k}=${v}`) }
    await buildPush(inputs({ builder: 'buildah' }), { ecr }, withState, { runner })
    // The logout failed here, so the post step is left to try again.
    expect(saved).toEqual([
      'run --version',
      expect.stringMatching(/^registry-auth-dir=.+ggcd-auth-/),
      'run login',
      'logout-builder=buildah',
      `logout-registry=${HOST}`,
      'run bud',
      'run push',
      'run push',
      'run rmi',
      'run logout',
      'registry-auth-dir='
    ])

    saved.length = 0
    const ok = new FakeRunner(async call => {
      saved.push(`run ${call.args[0]}`)
      return builderThatPushes(call)
    })
    await buildPush(inputs({ builder: 'buildah', imageTag: 'def456' }), { ecr }, withState, {
      runner: ok
    })
    expect(saved.slice(-3)).toEqual(['run logout', 'logout-builder=', 'registry-auth-dir='])
  })

  it('uses the image a concurrent run with the same inputs pushed when our push of the immutable tag fails', async () => {
    repositoryExists()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    const own = tagForInputs(buildInputs)
    ecrMock
      .on(DescribeImagesCommand)
      .rejectsOnce(new ImageNotFoundException({ message: 'no image', ...meta }))
      .rejectsOnce(new ImageNotFoundException({ message: 'no image', ...meta }))
      .resolves({ imageDetails: [{ imageDigest: OLD_DIGEST, imageTags: ['abc123', own] }] })
    tokenIssued()
    const runner = new FakeRunner(({ args }) =>
      args[0] === 'push'
        ? { exitCode: 125, stderr: 'tag invalid: The image tag already exists' }
        : {}
    )
    const result = await buildPush(inputs({ builder: 'podman' }), { ecr }, ctx, { runner })
    expect(result).toMatchObject({ imageDigest: OLD_DIGEST, reused: false, tag: 'abc123' })
    expect(describedTags()).toEqual(['abc123', own, own])
    expect(reporter.text()).toContain('warning: Our push failed')
  })

  it('never takes the image of other inputs that a concurrent run pushed under the tag', async () => {
    repositoryExists()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    ecrMock
      .on(DescribeImagesCommand)
      .rejects(new ImageNotFoundException({ message: 'no image', ...meta }))
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: 'abc123' }] })
      .rejectsOnce(new ImageNotFoundException({ message: 'no image', ...meta }))
      .resolves({
        imageDetails: [{ imageDigest: OLD_DIGEST, imageTags: ['abc123', OTHER_INPUTS] }]
      })
    tokenIssued()
    const runner = new FakeRunner(({ args }) =>
      args[0] === 'push' && args.at(-1)?.endsWith(':abc123')
        ? { exitCode: 125, stderr: 'tag invalid: The image tag already exists' }
        : builderThatPushes({ command: 'podman', args })
    )
    const error = await buildPush(inputs({ builder: 'podman' }), { ecr }, ctx, { runner }).catch(
      e => e
    )
    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('The image tag already exists')
    expect(describedTags()).toEqual([
      'abc123',
      tagForInputs(buildInputs),
      tagForInputs(buildInputs)
    ])
    expect(reporter.text()).not.toContain(OLD_DIGEST)
  })

  it('uses the image of a concurrent run with the same inputs when our push of the inputs tag fails', async () => {
    repositoryExists()
    tokenIssued()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    ecrMock
      .on(DescribeImagesCommand)
      .rejects(new ImageNotFoundException({ message: 'no image', ...meta }))
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: tagForInputs(buildInputs) }] })
      .rejectsOnce(new ImageNotFoundException({ message: 'no image', ...meta }))
      .resolves({ imageDetails: [{ imageDigest: OLD_DIGEST }] })
    const runner = new FakeRunner(({ args }) =>
      args[1] === 'build'
        ? { exitCode: 1, stderr: 'tag invalid: The image tag already exists' }
        : {}
    )
    const result = await buildPush(inputs(), { ecr }, ctx, { runner })
    expect(result).toMatchObject({ imageDigest: OLD_DIGEST, reused: false })
    expect(reporter.text()).toContain(`${tagForInputs(buildInputs)} was pushed meanwhile`)
  })

  it('dry run: no repository created, no builder command, an all-zero digest in the URI', async () => {
    repositoryMissing()
    tokenIssued()
    const runner = new FakeRunner()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner, dryRun: true })
    expect(ecrMock.commandCalls(CreateRepositoryCommand)).toHaveLength(0)
    expect(ecrMock.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(0)
    expect(runner.calls).toEqual([])
    expect(result.imageDigest).toBe('')
    expect(result.imageUri).toBe(`${HOST}/dynamodb_access_sample@${DRY_RUN_DIGEST}`)
    expect(reporter.text()).toContain('Dry run: would create ECR repository dynamodb_access_sample')
    expect(reporter.text()).toContain('(not built)')
    expect(buildSummary(result)).toContain('would be built and pushed as `abc123`')
  })

  it('dry run: reuses the image with the same build inputs', async () => {
    repositoryExists()
    ecrMock
      .on(DescribeImagesCommand)
      .rejectsOnce(new ImageNotFoundException({ message: 'no image', ...meta }))
      .resolves({ imageDetails: [{ imageDigest: OLD_DIGEST }] })
    const runner = new FakeRunner()
    const result = await buildPush(inputs(), { ecr }, ctx, { runner, dryRun: true })
    expect(result).toMatchObject({ reused: true, reusedBecause: 'inputs', builtFor: [] })
    expect(result.imageDigest).toBe(OLD_DIGEST)
    expect(runner.calls).toEqual([])
    expect(buildSummary(result)).toContain(`(tag \`${result.inputsTag}\`); nothing was built`)
  })

  it('dry run: returns the real digest when the image under the tag has these inputs', async () => {
    repositoryExists()
    const { digest: buildInputs } = await buildInputsDigest(inputs())
    images({ abc123: { digest: OLD_DIGEST, tags: ['abc123', tagForInputs(buildInputs)] } })
    const result = await buildPush(inputs(), { ecr }, ctx, {
      runner: new FakeRunner(),
      dryRun: true
    })
    expect(result.imageDigest).toBe(OLD_DIGEST)
    expect(result.reused).toBe(true)
  })

  it('dry run: the tag held by other inputs is not reused; the plan says it would push <tag>-<12 hex>', async () => {
    repositoryExists()
    const planned = inputs({ platforms: ['linux/arm64', 'linux/amd64'] })
    const { digest: buildInputs } = await buildInputsDigest(planned)
    const suffixed = `abc123-${buildInputs.slice(0, 12)}`
    images({ abc123: { digest: OLD_DIGEST, tags: ['abc123', OTHER_INPUTS] } })
    const runner = new FakeRunner()
    const result = await buildPush(planned, { ecr }, ctx, {
      runner,
      dryRun: true
    })
    expect(result).toMatchObject({
      imageDigest: '',
      imageUri: `${HOST}/dynamodb_access_sample@${DRY_RUN_DIGEST}`,
      reused: false,
      tag: suffixed,
      tagHeldBy: OLD_DIGEST
    })
    expect(runner.calls).toEqual([])
    expect(reporter.text()).not.toContain('reusing it')
    expect(reporter.text()).toContain(`so this build would be pushed as ${suffixed} instead`)
    expect(reporter.text()).toContain(
      `Dry run: would build ${HOST}/dynamodb_access_sample:${suffixed} with docker for linux/arm64, linux/amd64`
    )
    expect(buildSummary(result)).toContain(
      `tag \`abc123\` held an image of other build inputs (\`${OLD_DIGEST}\`), so it is not used; would be built and pushed as \`${suffixed}\``
    )
  })

  it('a plain-HTTP registry override: login and push skip TLS, the URI carries no scheme', async () => {
    repositoryExists()
    tagMissing()
    tokenIssued()
    const runner = new FakeRunner()
    const result = await buildPush(
      inputs({ builder: 'buildah', registry: { host: 'localhost:5000', insecure: true } }),
      { ecr },
      ctx,
      { runner }
    )
    expect(result.imageUri).toBe(`localhost:5000/dynamodb_access_sample@${DIGEST}`)
    expect(result.registry).toBe('localhost:5000')
    const login = runner.calls.find(c => c.args[0] === 'login')!
    expect(login.args).toContain('--tls-verify=false')
    const push = runner.calls.filter(c => c.args[0] === 'push').at(-1)!
    expect(push.args).toContain('--tls-verify=false')
    expect(push.args.at(-1)).toBe('docker://localhost:5000/dynamodb_access_sample:abc123')
  })

  it('uses the China partition DNS suffix for the default registry', async () => {
    repositoryExists()
    ecrMock.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: OLD_DIGEST }] })
    const result = await buildPush(inputs({ region: 'cn-north-1' }), { ecr }, ctx, {
      runner: new FakeRunner()
    })
    expect(result.registry).toBe('123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn')
  })

  it('retries throttling without waiting in real time', async () => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .rejectsOnce(
        new ECRServiceException({
          name: 'ThrottlingException',
          $fault: 'client',
          message: 'Rate exceeded',
          ...meta
        })
      )
      .resolves({ repositories: [{}] })
    ecrMock.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: OLD_DIGEST }] })
    const result = await buildPush(inputs(), { ecr }, ctx, { runner: new FakeRunner() })
    expect(result.imageDigest).toBe(OLD_DIGEST)
    expect(ecrMock.commandCalls(DescribeRepositoriesCommand)).toHaveLength(2)
    expect(slept).toHaveLength(1)
  })

  it('ECR failing through every retry says to rerun, not to check the account', async () => {
    ecrMock.on(DescribeRepositoriesCommand).rejects(
      new ECRServiceException({
        name: 'ServerException',
        $fault: 'server',
        message: 'Service unavailable',
        $metadata: { httpStatusCode: 503 }
      })
    )
    const error = await buildPush(inputs(), { ecr }, ctx, { runner: new FakeRunner() }).catch(
      e => e
    )
    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('ECR kept failing through the retries; rerun the job')
  })

  it('access denied on CreateRepository says which permission is missing', async () => {
    repositoryMissing()
    ecrMock.on(CreateRepositoryCommand).rejects(
      new ECRServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'User is not authorized to perform: ecr:CreateRepository',
        ...meta
      })
    )
    const runner = new FakeRunner()
    const error = await buildPush(inputs(), { ecr }, ctx, { runner }).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(
      'Allow ecr:CreateRepository on arn:aws:ecr:eu-west-1:123456789012:repository/dynamodb_access_sample'
    )
    expect(runner.calls.some(c => c.args[0] === 'login')).toBe(false)
  })

  it('a missing build context is a ConfigurationError before any ECR call', async () => {
    const error = await buildPush(inputs({ context: join(dir, 'nope') }), { ecr }, ctx, {
      runner: new FakeRunner()
    }).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.subject).toBe('context')
    expect(ecrMock.calls()).toHaveLength(0)
  })

  it('a missing Dockerfile is a ConfigurationError naming the dockerfile input', async () => {
    const error = await buildPush(
      inputs({ dockerfile: join(dir, 'container', 'Containerfile') }),
      { ecr },
      ctx,
      {
        runner: new FakeRunner()
      }
    ).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.subject).toBe('dockerfile')
  })
  it.each([
    ['ServerException', 500],
    ['InternalFailure', 502],
    ['SomeNewServerError', 500]
  ])('retries an ECR %s (HTTP %i), then goes on', async (name, status) => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .rejectsOnce(
        new ECRServiceException({
          name,
          $fault: 'server',
          message: 'We encountered an internal error',
          $metadata: { httpStatusCode: status }
        })
      )
      .resolves({ repositories: [{}] })
    ecrMock.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: OLD_DIGEST }] })
    const result = await buildPush(inputs(), { ecr }, ctx, { runner: new FakeRunner() })
    expect(result.imageDigest).toBe(OLD_DIGEST)
    expect(ecrMock.commandCalls(DescribeRepositoriesCommand)).toHaveLength(2)
    expect(slept).toHaveLength(1)
  })

  it('does not retry an ECR client error (HTTP 400)', async () => {
    ecrMock.on(DescribeRepositoriesCommand).rejects(
      new ECRServiceException({
        name: 'InvalidParameterException',
        $fault: 'client',
        message: 'Invalid parameter',
        $metadata: { httpStatusCode: 400 }
      })
    )
    await expect(buildPush(inputs(), { ecr }, ctx, { runner: new FakeRunner() })).rejects.toThrow(
      /Invalid parameter/
    )
    expect(ecrMock.commandCalls(DescribeRepositoriesCommand)).toHaveLength(1)
  })
})

describe('buildPush: build args, secrets, target, provenance, cache, labels', () => {
  const stage: Partial<BuildPushInputs> = {
    buildArgs: { APP_VERSION: '1.2' },
    target: 'runtime',
    secrets: { tok: 'hunter2-secret' }
  }

  it('passes them to the builder; the secret masked first and never on argv; labels from the commit', async () => {
    repositoryMissing()
    tokenIssued()
    const runner = new FakeRunner()
    const env = {
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'me/app',
      SOURCE_DATE_EPOCH: '1700000000'
    }
    // What was masked when the step first said anything.
    let maskedFirst: string[] | undefined
    const info = reporter.info.bind(reporter)
    reporter.info = (message: string) => {
      maskedFirst ??= [...reporter.masked]
      info(message)
    }
    await buildPush(inputs({ ...stage, cache: true }), { ecr }, ctx, { runner, env })
    expect(maskedFirst).toContain('hunter2-secret')
    const build = runner.calls.find(c => c.args[1] === 'build')!.args
    const text = build.join(' ')
    expect(text).toContain('--build-arg APP_VERSION=1.2')
    expect(text).toContain('--target runtime')
    expect(text).toMatch(/--secret id=tok,src=\S+/)
    expect(text).toContain('--provenance=false')
    expect(text).toContain(
      `--cache-to type=registry,ref=${HOST}/dynamodb_access_sample:ggcd-cache-runtime,mode=max`
    )
    expect(text).toContain(`--label org.opencontainers.image.revision=${'f'.repeat(40)}`)
    expect(text).toContain('--label org.opencontainers.image.source=https://github.com/me/app')
    expect(text).toContain('--label org.opencontainers.image.created=2023-11-14T22:13:20Z')
    expect(runner.calls.map(c => c.args.join(' ')).join('\n')).not.toContain('hunter2')
    expect(reporter.text()).not.toContain('hunter2')
    // The repository keeps tags immutable except BuildKit's cache tag.
    const create = ecrMock.commandCalls(CreateRepositoryCommand)[0]!.args[0].input
    expect(create.imageTagMutability).toBe('IMMUTABLE_WITH_EXCLUSION')
    expect(create.imageTagMutabilityExclusionFilters).toEqual([
      { filterType: 'WILDCARD', filter: 'ggcd-cache*' }
    ])
  })

  it('build args, target and secret ids decide reuse; secret values and labels do not', async () => {
    const tagOf = async (extra: Partial<BuildPushInputs>, env: NodeJS.ProcessEnv = {}) => {
      ecrMock.reset()
      repositoryExists()
      tagMissing()
      const result = await buildPush(inputs(extra), { ecr }, ctx, { dryRun: true, env })
      return result.inputsTag
    }
    const plain = await tagOf({})
    expect(await tagOf({}, { GITHUB_SHA: 'a'.repeat(40), SOURCE_DATE_EPOCH: '1' })).toBe(plain)
    const staged = await tagOf(stage)
    expect(staged).not.toBe(plain)
    expect(await tagOf({ ...stage, secrets: { tok: 'rotated' } })).toBe(staged)
    expect(await tagOf({ ...stage, cache: true })).toBe(staged)
    expect(await tagOf({ ...stage, target: 'test' })).not.toBe(staged)
    expect(await tagOf({ ...stage, buildArgs: { APP_VERSION: '1.3' } })).not.toBe(staged)
    expect(await tagOf({ ...stage, secrets: { other: 'hunter2-secret' } })).not.toBe(staged)
  })

  it('no exclusion filter without a BuildKit cache: buildah keeps its cache under content keys', async () => {
    repositoryMissing()
    tokenIssued()
    const runner = new FakeRunner()
    await buildPush(inputs({ builder: 'buildah', cache: true }), { ecr }, ctx, { runner, env: {} })
    const create = ecrMock.commandCalls(CreateRepositoryCommand)[0]!.args[0].input
    expect(create.imageTagMutability).toBe('IMMUTABLE')
    const bud = runner.calls.find(c => c.args[0] === 'bud')!.args.join(' ')
    expect(bud).toContain(
      `--layers --cache-from ${HOST}/dynamodb_access_sample --cache-to ${HOST}/dynamodb_access_sample`
    )
  })

  it.each([
    [{ imageTagMutability: 'IMMUTABLE' as const }, false],
    [
      {
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' as const,
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD' as const, filter: 'dev-*' }]
      },
      false
    ],
    [
      {
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' as const,
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD' as const, filter: 'ggcd-*' }]
      },
      true
    ],
    [{ imageTagMutability: 'MUTABLE' as const }, true]
  ])('an existing repository %o: the cache tag can be pushed again: %s', async (repository, ok) => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .resolves({ repositories: [{ repositoryName: 'x', ...repository }] })
    tagMissing()
    const run = buildPush(inputs({ cache: true }), { ecr }, ctx, { dryRun: true, env: {} })
    if (ok) await expect(run).resolves.toBeDefined()
    else {
      await expect(run).rejects.toThrow(ConfigurationError)
      await expect(
        buildPush(inputs({ cache: true }), { ecr }, ctx, { dryRun: true, env: {} })
      ).rejects.toThrow(/Input 'cache'.*IMMUTABLE_WITH_EXCLUSION.*ggcd-cache\*/s)
    }
  })
})

describe('registryLogout', () => {
  it('logs the builder out of the registry host', async () => {
    const runner = new FakeRunner()
    await expect(
      registryLogout('podman', { host: 'localhost:5000', insecure: true }, runner)
    ).resolves.toBe(true)
    expect(runner.calls).toEqual([
      { command: 'podman', args: ['logout', '--', 'localhost:5000'], input: undefined }
    ])
  })

  it('never throws: a failed logout is a warning', async () => {
    const warnings = new MemoryReporter()
    const runner = new FakeRunner(() => ({ exitCode: 1, stderr: 'not logged in' }))
    await expect(
      registryLogout('docker', { host: HOST, insecure: false }, runner, warnings)
    ).resolves.toBe(false)
    expect(warnings.text()).toContain(`warning: Could not log docker out of ${HOST}`)
    const missing = new FakeRunner(() => {
      throw missingProgram('docker')
    })
    await expect(registryLogout('docker', { host: HOST, insecure: false }, missing)).resolves.toBe(
      false
    )
  })
})
