// prune: what is kept and why. Every rule of the selection has a case that fails without it
// (the newest `keep` in version order, the versions deployments use, a rollback's destination,
// ACTIVE deployments, the images kept versions pin, the newest images, the build cache,
// images no version pinned), and the step against mocked clients: a dry run deletes nothing,
// images go before versions, and a version whose image stayed stays.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DeleteComponentCommand,
  GetComponentCommand,
  GetDeploymentCommand,
  GreengrassV2Client,
  ListComponentVersionsCommand,
  ListDeploymentsCommand,
  type Deployment
} from '@aws-sdk/client-greengrassv2'
import { BatchDeleteImageCommand, DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr'
import {
  deploymentsInUse,
  pinnedDigests,
  prune,
  selectImages,
  selectVersions,
  type RepositoryImage
} from '../../../../src/core/prune/prune.js'
import { parsePruneInputs } from '../../../../src/interface/parse.js'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import { FakeClock } from '../../../support/fake-clock.js'

const ACCOUNT = '123456789012'
const REGION = 'eu-west-1'
const REPO = 'dynamodb_access_sample'
const COMPONENT = 'com.example.AccessDynamoDb'
const REGISTRY = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`
const digest = (n: number) => `sha256:${n.toString(16).padStart(2, '0').repeat(32)}`
const group = (name: string) => `arn:aws:iot:${REGION}:${ACCOUNT}:thinggroup/${name}`

describe('selectVersions', () => {
  it('keeps the newest keep in version order (1.0.10 is newer than 1.0.9)', () => {
    const versions = ['1.0.8', '1.0.10', '1.0.9', '1.0.7']
    const { kept, deleted } = selectVersions(versions, [], 2)
    expect(kept.map(k => k.version)).toEqual(['1.0.10', '1.0.9'])
    expect(deleted).toEqual(['1.0.8', '1.0.7'])
  })

  it('keeps an old version a deployment uses, saying which', () => {
    const { kept, deleted } = selectVersions(
      ['1.0.1', '1.0.2', '1.0.3'],
      [{ version: '1.0.1', reason: 'latest deployment d-1 of thinggroup/Old' }],
      1
    )
    expect(kept).toEqual([
      { version: '1.0.3', reasons: ['one of the newest 1'] },
      { version: '1.0.1', reasons: ['latest deployment d-1 of thinggroup/Old'] }
    ])
    expect(deleted).toEqual(['1.0.2'])
  })
})

describe('deploymentsInUse', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute))
  const d = (id: string, target: string, minute: number, extra: Partial<Deployment> = {}) => ({
    deploymentId: id,
    targetArn: target,
    creationTimestamp: at(minute),
    deploymentStatus: 'INACTIVE' as const,
    isLatestForTarget: false,
    ...extra
  })

  it("keeps each target's latest, the one before it, and ACTIVE ones; not the older rest", () => {
    const inUse = deploymentsInUse([
      d('a1', group('A'), 1),
      d('a2', group('A'), 2),
      d('a3', group('A'), 3),
      d('a4', group('A'), 4, { isLatestForTarget: true, deploymentStatus: 'ACTIVE' }),
      d('b1', group('B'), 1, { deploymentStatus: 'ACTIVE' }),
      d('b2', group('B'), 2),
      d('b3', group('B'), 3, { isLatestForTarget: true })
    ])
    expect([...inUse.keys()].sort()).toEqual(['a3', 'a4', 'b1', 'b2', 'b3'])
    expect(inUse.get('a4')).toBe('latest deployment a4 of thinggroup/A')
    expect(inUse.get('a3')).toBe('deployment a3 of thinggroup/A, where a rollback goes')
    expect(inUse.get('b1')).toBe('ACTIVE deployment b1 of thinggroup/B')
  })

  it("prefers the API's mark of the latest over the clock", () => {
    const inUse = deploymentsInUse([
      d('x1', group('X'), 9),
      d('x2', group('X'), 1, { isLatestForTarget: true })
    ])
    expect(inUse.get('x2')).toMatch(/^latest/)
    expect(inUse.get('x1')).toMatch(/rollback/)
  })
})

describe('selectImages', () => {
  const image = (n: number, minute: number, tags: string[] = []): RepositoryImage => ({
    digest: digest(n),
    tags,
    pushedAt: new Date(Date.UTC(2026, 11, 1, 10, minute))
  })
  const pins = new Map([
    ['1.0.1', [digest(1)]],
    ['1.0.2', [digest(2)]],
    ['1.0.3', [digest(2)]], // a recipe-only change: the same image as 1.0.2
    ['1.0.4', [digest(4)]]
  ])

  it('deletes the images only deleted versions pin', () => {
    const images = [image(1, 1), image(2, 2), image(4, 4)]
    expect(selectImages(images, pins, ['1.0.4', '1.0.3'], ['1.0.2', '1.0.1'], 1)).toEqual([
      digest(1)
    ])
  })

  it('keeps the newest keep images pushed, even when only a deleted version pins them', () => {
    const images = [image(1, 9), image(4, 4)]
    expect(selectImages(images, pins, ['1.0.4'], ['1.0.1'], 1)).toEqual([])
  })

  it('keeps the build cache and images no version pinned', () => {
    const images = [image(1, 1, ['ggcd-cache']), image(7, 2), image(4, 4)]
    const cachePins = new Map([...pins, ['1.0.0', [digest(1)]]])
    expect(selectImages(images, cachePins, ['1.0.4'], ['1.0.0', '1.0.2'], 1)).toEqual([])
  })
})

describe('pinnedDigests', () => {
  it("reads docker: artifacts of this repository, whatever the keys' case", () => {
    const recipe = JSON.stringify({
      Manifests: [
        { Artifacts: [{ URI: `docker:${REGISTRY}/${REPO}@${digest(1)}` }] },
        {
          artifacts: [
            { Uri: `docker:${REGISTRY}/other@${digest(2)}` },
            { Uri: `s3://bucket/${digest(3)}` },
            { Uri: `docker:${REGISTRY}/${REPO}@${digest(1)}` }
          ]
        }
      ]
    })
    expect(pinnedDigests(recipe, REPO)).toEqual([digest(1)])
  })
})

describe('parsePruneInputs', () => {
  it('refuses keep 0, naming the input', () => {
    expect(() => parsePruneInputs({ region: REGION, keep: '0' }, {})).toThrow(ConfigurationError)
    expect(() => parsePruneInputs({ region: REGION, keep: '0' }, {})).toThrow(/Input 'keep'/)
  })
})

// ---------------------------------------------------------------------------------------
// The step against mocked clients

const credentials = { accessKeyId: 'a', secretAccessKey: 'b' }
const greengrass = new GreengrassV2Client({ region: REGION, credentials })
const ecr = new ECRClient({ region: REGION, credentials })
const ggMock = mockClient(greengrass)
const ecrMock = mockClient(ecr)
let ctx: StepContext

const recipeOf = (n: number) =>
  new TextEncoder().encode(
    JSON.stringify({
      ComponentName: COMPONENT,
      Manifests: [{ Artifacts: [{ Uri: `docker:${REGISTRY}/${REPO}@${digest(n)}` }] }]
    })
  )
const versionArn = (v: string) =>
  `arn:aws:greengrass:${REGION}:${ACCOUNT}:components:${COMPONENT}:versions:${v}`

beforeEach(() => {
  ggMock.reset()
  ecrMock.reset()
  ctx = { reporter: new MemoryReporter(), clock: new FakeClock() }
  // Versions 1.0.1 … 1.0.4; the group's latest deployment runs 1.0.4, the one before 1.0.3.
  ggMock.on(ListDeploymentsCommand).resolves({
    deployments: [
      {
        deploymentId: 'd-2',
        targetArn: group('Fleet'),
        isLatestForTarget: true,
        creationTimestamp: new Date(2)
      },
      { deploymentId: 'd-1', targetArn: group('Fleet'), creationTimestamp: new Date(1) }
    ]
  })
  ggMock
    .on(GetDeploymentCommand, { deploymentId: 'd-2' })
    .resolves({ components: { [COMPONENT]: { componentVersion: '1.0.4' } } })
    .on(GetDeploymentCommand, { deploymentId: 'd-1' })
    .resolves({ components: { [COMPONENT]: { componentVersion: '1.0.3' } } })
  ggMock.on(ListComponentVersionsCommand).resolves({
    componentVersions: ['1.0.4', '1.0.3', '1.0.2', '1.0.1'].map(v => ({
      componentName: COMPONENT,
      componentVersion: v,
      arn: versionArn(v)
    }))
  })
  for (const n of [1, 2, 3, 4]) {
    ggMock.on(GetComponentCommand, { arn: versionArn(`1.0.${n}`) }).resolves({
      recipe: recipeOf(n)
    })
  }
  ecrMock.on(DescribeImagesCommand).resolves({
    imageDetails: [1, 2, 3, 4].map(n => ({
      imageDigest: digest(n),
      imageTags: [`t${n}`],
      imagePushedAt: new Date(n * 1000)
    }))
  })
  ecrMock.on(BatchDeleteImageCommand).resolves({ imageIds: [], failures: [] })
  ggMock.on(DeleteComponentCommand).resolves({})
})

const options = (dryRun: boolean) => ({
  region: REGION,
  accountId: ACCOUNT,
  componentName: COMPONENT,
  repository: REPO,
  keep: 1,
  dryRun
})

describe('prune', () => {
  it('in a dry run lists what would go and deletes nothing', async () => {
    const r = await prune(options(true), { greengrass, ecr }, ctx)
    expect(r.versions).toEqual(['1.0.2', '1.0.1'])
    expect(r.images).toEqual([digest(1), digest(2)])
    expect(ggMock.commandCalls(DeleteComponentCommand)).toHaveLength(0)
    expect(ecrMock.commandCalls(BatchDeleteImageCommand)).toHaveLength(0)
  })

  it('deletes the images, then the versions, by their ARNs', async () => {
    const r = await prune(options(false), { greengrass, ecr }, ctx)
    expect(r.failures).toEqual([])
    const [batch] = ecrMock.commandCalls(BatchDeleteImageCommand)
    expect(batch!.args[0].input.imageIds).toEqual([
      { imageDigest: digest(1) },
      { imageDigest: digest(2) }
    ])
    const deletes = ggMock.commandCalls(DeleteComponentCommand).map(c => c.args[0].input.arn)
    expect(deletes).toEqual([versionArn('1.0.2'), versionArn('1.0.1')])
    expect(batch!.calledBefore(ggMock.commandCalls(DeleteComponentCommand)[0]!)).toBe(true)
  })

  it('keeps a version whose image could not be deleted, for the rerun', async () => {
    ecrMock.on(BatchDeleteImageCommand).resolves({
      failures: [
        { imageId: { imageDigest: digest(1) }, failureCode: 'KmsError', failureReason: 'no' }
      ]
    })
    const r = await prune(options(false), { greengrass, ecr }, ctx)
    expect(r.images).toEqual([digest(2)])
    expect(r.versions).toEqual(['1.0.2'])
    expect(r.failures).toEqual([expect.stringContaining(`${REPO}@${digest(1)} not deleted`)])
  })
})
