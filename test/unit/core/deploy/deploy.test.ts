// The deploy step against a mocked Greengrass: the component version (created once, reused,
// never silently replaced), the deployment merged with what the target already runs, and the
// devices' verdicts, polled on a fake clock so that no test waits.
import { FakeClock } from '../../../support/fake-clock.js'
import { describe, it, expect, beforeEach } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { mockClient } from 'aws-sdk-client-mock'
import {
  ConflictException,
  CreateComponentVersionCommand,
  CreateDeploymentCommand,
  DescribeComponentCommand,
  GetComponentCommand,
  GetCoreDeviceCommand,
  GetDeploymentCommand,
  GreengrassV2Client,
  ListDeploymentsCommand,
  ListEffectiveDeploymentsCommand,
  ListInstalledComponentsCommand,
  ResourceNotFoundException,
  ThrottlingException,
  type CreateDeploymentRequest,
  type EffectiveDeployment,
  type GetDeploymentResponse
} from '@aws-sdk/client-greengrassv2'
import { IoTClient, ListThingsInThingGroupCommand } from '@aws-sdk/client-iot'
import {
  componentArn,
  deploy,
  mergeDeployment,
  type DeployResult
} from '../../../../src/core/deploy/deploy.js'
import { unchangedTargets } from '../../../../src/core/smoke/verdict.js'
import { ConfigurationError, StepFailure } from '../../../../src/core/shared/errors.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import type { DeployInputs, Target } from '../../../../src/core/config.js'

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/deploy/${name}`, import.meta.url))

const credentials = { accessKeyId: 'a', secretAccessKey: 'b' }
const greengrass = new GreengrassV2Client({ region: 'eu-west-1', credentials })
const gg = mockClient(greengrass)
const iot = new IoTClient({ region: 'eu-west-1', credentials })
const iotMock = mockClient(iot)

const ACCOUNT = '123456789012'
const NAME = 'com.example.AccessDynamoDb'
const VERSION = '1.0.1'
const RECIPE = readFileSync(fixture('recipe.yaml'), 'utf8')
const ARN = `arn:aws:greengrass:eu-west-1:${ACCOUNT}:components:${NAME}:versions:${VERSION}`
const THING_ARN = `arn:aws:iot:eu-west-1:${ACCOUNT}:thing/core-1`
const GROUP_ARN = `arn:aws:iot:eu-west-1:${ACCOUNT}:thinggroup/fleet`
const START = new Date('2026-11-29T03:00:00.000Z')

let clock: FakeClock
let reporter: MemoryReporter
let ctx: StepContext

const thing = (name: string): Target => ({ kind: 'thing', name })
const group = (name: string): Target => ({ kind: 'thinggroup', name })

const notFound = () =>
  new ResourceNotFoundException({
    message: 'not found',
    resourceId: ARN,
    resourceType: 'component',
    $metadata: {}
  })
const deployable = { arn: ARN, status: { componentState: 'DEPLOYABLE' as const } }

function effective(
  deploymentId: string,
  coreDeviceExecutionStatus: EffectiveDeployment['coreDeviceExecutionStatus'],
  extra: Partial<EffectiveDeployment> = {}
): EffectiveDeployment {
  return {
    deploymentId,
    deploymentName: 'x',
    targetArn: THING_ARN,
    coreDeviceExecutionStatus,
    creationTimestamp: START,
    modifiedTimestamp: START,
    ...extra
  }
}

function inputs(over: Partial<DeployInputs> = {}): DeployInputs & { accountId: string } {
  return {
    region: 'eu-west-1',
    accountId: ACCOUNT,
    recipePath: fixture('recipe.yaml'),
    deployment: fixture('deployment-policies-only.yaml'),
    targets: [thing('core-1')],
    wait: true,
    waitTimeoutSeconds: 60,
    dryRun: false,
    ...over
  }
}

const run = (over: Partial<DeployInputs> = {}, recipeText?: string): Promise<DeployResult> =>
  deploy(inputs(over), { greengrass, iot }, ctx, recipeText === undefined ? {} : { recipeText })

function created(): CreateDeploymentRequest[] {
  return gg.commandCalls(CreateDeploymentCommand).map(c => c.args[0].input)
}

function previousDeployment(over: Partial<GetDeploymentResponse> = {}): GetDeploymentResponse {
  return {
    deploymentId: 'dep-old',
    targetArn: THING_ARN,
    deploymentName: 'fleet baseline',
    deploymentStatus: 'ACTIVE',
    components: {
      'aws.greengrass.Nucleus': {
        componentVersion: '2.12.0',
        configurationUpdate: { merge: '{"logging":{"level":"DEBUG"}}' }
      },
      'aws.greengrass.DockerApplicationManager': {
        componentVersion: '2.0.11',
        runWith: { posixUser: 'ggc_user', systemResourceLimits: { memory: 102400, cpus: 0.5 } }
      },
      [NAME]: {
        componentVersion: '1.0.0',
        configurationUpdate: { merge: '{"TableName":"Other"}', reset: ['/x'] },
        runWith: { posixUser: 'app' }
      }
    },
    deploymentPolicies: {
      failureHandlingPolicy: 'ROLLBACK',
      componentUpdatePolicy: { timeoutInSeconds: 30, action: 'SKIP_NOTIFY_COMPONENTS' },
      configurationValidationPolicy: { timeoutInSeconds: 45 }
    },
    iotJobConfiguration: { timeoutConfig: { inProgressTimeoutInMinutes: 30 } },
    ...over
  }
}

/** The latest deployment as this run would create it: reused unless something differs. */
function sameSet(over: Partial<GetDeploymentResponse> = {}): GetDeploymentResponse {
  return previousDeployment({
    components: {
      ...previousDeployment().components,
      [NAME]: { componentVersion: VERSION, runWith: { posixUser: 'app' } }
    },
    deploymentPolicies: {
      failureHandlingPolicy: 'ROLLBACK',
      componentUpdatePolicy: { timeoutInSeconds: 90, action: 'SKIP_NOTIFY_COMPONENTS' },
      configurationValidationPolicy: { timeoutInSeconds: 45 }
    },
    ...over
  })
}

function withPrevious(previous: GetDeploymentResponse): void {
  gg.on(ListDeploymentsCommand).resolves({
    deployments: [
      {
        deploymentId: previous.deploymentId,
        targetArn: previous.targetArn,
        isLatestForTarget: true,
        creationTimestamp: new Date('2026-11-01T00:00:00Z'),
        deploymentStatus: previous.deploymentStatus
      }
    ]
  })
  gg.on(GetDeploymentCommand, { deploymentId: previous.deploymentId }).resolves(previous)
}

beforeEach(() => {
  clock = new FakeClock(START)
  reporter = new MemoryReporter()
  ctx = { reporter, clock, random: () => 0 }
  freshMocks()
})

function freshMocks(): void {
  gg.reset()
  iotMock.reset()
  // A new version: not there, created, then DEPLOYABLE.
  gg.on(DescribeComponentCommand).rejectsOnce(notFound()).resolves(deployable)
  gg.on(CreateComponentVersionCommand).resolves({
    arn: ARN,
    status: { componentState: 'REQUESTED' }
  })
  gg.on(ListDeploymentsCommand).resolves({ deployments: [] })
  gg.on(ListInstalledComponentsCommand).resolves({ installedComponents: [] })
  gg.on(CreateDeploymentCommand).resolves({ deploymentId: 'dep-new' })
  gg.on(ListEffectiveDeploymentsCommand).resolves({
    effectiveDeployments: [effective('dep-new', 'COMPLETED')]
  })
}

describe('the component version', () => {
  it('creates a new version from the recipe bytes with a content-derived client token', async () => {
    const result = await run()
    expect(result.componentCreated).toBe(true)
    expect(result.componentArn).toBe(ARN)
    const [call] = gg.commandCalls(CreateComponentVersionCommand)
    const input = call!.args[0].input
    expect(new TextDecoder().decode(input.inlineRecipe)).toBe(RECIPE)
    expect(input.clientToken).toMatch(/^[a-f0-9]{64}$/)

    // A rerun of the same recipe (say, after a lost response) sends the same token, so the
    // API creates nothing twice; another recipe gets another token.
    const tokenOf = async (recipeText?: string) => {
      freshMocks()
      await run({}, recipeText)
      return gg.commandCalls(CreateComponentVersionCommand)[0]!.args[0].input.clientToken
    }
    expect(await tokenOf()).toBe(input.clientToken)
    expect(await tokenOf(RECIPE.replace('SampleDynamoTable', 'OtherTable'))).not.toBe(
      input.clientToken
    )
  })

  it('reuses an existing version with the same recipe, whatever its formatting', async () => {
    gg.on(DescribeComponentCommand).resolves(deployable)
    // The service hands the recipe back in its own layout: same data, other order and style.
    const { parse } = await import('yaml')
    const data = parse(RECIPE) as Record<string, unknown>
    const reordered = Object.fromEntries(Object.entries(data).reverse())
    gg.on(GetComponentCommand, { arn: ARN, recipeOutputFormat: 'YAML' }).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(JSON.stringify(reordered))
    })
    const result = await run()
    expect(result.componentCreated).toBe(false)
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(1)
  })

  it('reuses an existing version whose stored recipe has the Digest Greengrass adds', async () => {
    gg.on(DescribeComponentCommand).resolves(deployable)
    // Greengrass records the artifact's digest and algorithm in the recipe it stores.
    const stored = RECIPE.replace(
      /( {6}- URI: docker:\S+)\n/,
      '$1\n        Digest: 0123456789abcdef\n        Algorithm: SHA-256\n'
    )
    expect(stored).toMatch(/Digest: 0123456789abcdef/)
    gg.on(GetComponentCommand, { arn: ARN, recipeOutputFormat: 'YAML' }).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(stored)
    })
    const result = await run()
    expect(result.componentCreated).toBe(false)
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(1)
    expect(reporter.text()).toMatch(/already exists with the same recipe; reusing it/)
  })

  it('refuses an existing version with a different recipe, before any deployment', async () => {
    gg.on(DescribeComponentCommand).resolves(deployable)
    gg.on(GetComponentCommand).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(RECIPE.replace('SampleDynamoTable', 'OldTable'))
    })
    const attempt = run()
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /com\.example\.AccessDynamoDb version 1\.0\.1 already exists with a different recipe \(first difference at ComponentConfiguration\.DefaultConfiguration\.TableName\): versions are immutable; bump component-version \(or use auto\)/
    )
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(0)
  })

  it('treats a concurrent create (ConflictException) of the same recipe as existing', async () => {
    gg.on(CreateComponentVersionCommand).rejects(
      new ConflictException({
        message: 'exists',
        resourceId: ARN,
        resourceType: 'component',
        $metadata: {}
      })
    )
    gg.on(GetComponentCommand).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(RECIPE)
    })
    const result = await run()
    expect(result.failures).toEqual([])
    expect(result.componentCreated).toBe(false)
    expect(created()).toHaveLength(1)
  })

  describe('a concurrent run that creates the same version with another recipe', () => {
    const conflict = () =>
      new ConflictException({
        message: 'exists',
        resourceId: ARN,
        resourceType: 'component',
        $metadata: {}
      })
    const theirs = RECIPE.replace('SampleDynamoTable', 'TheirTable')
    const arnOf = (v: string) => ARN.replace(`:versions:${VERSION}`, `:versions:${v}`)
    const rendered = (v: string) => RECIPE.replaceAll(VERSION, v)

    it('with auto: takes the next version and goes on', async () => {
      gg.on(DescribeComponentCommand, { arn: ARN }).rejectsOnce(notFound())
      gg.on(DescribeComponentCommand, { arn: arnOf('1.0.2') })
        .rejectsOnce(notFound())
        .resolves({ ...deployable, arn: arnOf('1.0.2') })
      gg.on(CreateComponentVersionCommand)
        .rejectsOnce(conflict())
        .resolves({ arn: arnOf('1.0.2') })
      gg.on(GetComponentCommand, { arn: ARN }).resolves({
        recipeOutputFormat: 'YAML',
        recipe: new TextEncoder().encode(theirs)
      })
      gg.on(ListEffectiveDeploymentsCommand).resolves({
        effectiveDeployments: [effective('dep-new', 'COMPLETED')]
      })
      const asked: string[] = []
      const result = await deploy(inputs(), { greengrass, iot }, ctx, {
        nextVersion: v => {
          asked.push(v)
          return rendered(v)
        }
      })
      expect(asked).toEqual(['1.0.2'])
      expect(result.componentVersion).toBe('1.0.2')
      expect(result.componentArn).toBe(arnOf('1.0.2'))
      expect(result.componentCreated).toBe(true)
      const creates = gg.commandCalls(CreateComponentVersionCommand)
      expect(new TextDecoder().decode(creates[1]!.args[0].input.inlineRecipe)).toContain(
        'ComponentVersion: 1.0.2'
      )
      expect(created()).toHaveLength(1)
      expect(created()[0]!.components![NAME]!.componentVersion).toBe('1.0.2')
      expect(reporter.text()).toContain(
        `${NAME} version 1.0.1 was taken by another run with a different recipe (first difference at ComponentConfiguration.DefaultConfiguration.TableName); taking 1.0.2.`
      )
    })

    it('with auto: gives up after a bounded number of versions', async () => {
      gg.on(DescribeComponentCommand).rejects(notFound())
      gg.on(CreateComponentVersionCommand).rejects(conflict())
      gg.on(GetComponentCommand).callsFake(async () => ({
        recipeOutputFormat: 'YAML',
        recipe: new TextEncoder().encode(theirs)
      }))
      const attempt = deploy(inputs(), { greengrass, iot }, ctx, { nextVersion: rendered })
      await expect(attempt).rejects.toThrow(StepFailure)
      await expect(attempt).rejects.toThrow(/concurrent runs took 3 versions in a row/)
      expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(3)
      expect(created()).toHaveLength(0)
    })

    it("with an explicit version: exit 1 (not bad input), naming the other run's version and recipe", async () => {
      gg.on(CreateComponentVersionCommand).rejects(conflict())
      gg.on(GetComponentCommand).resolves({
        recipeOutputFormat: 'YAML',
        recipe: new TextEncoder().encode(theirs)
      })
      const error = await run().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(StepFailure)
      expect(error).not.toBeInstanceOf(ConfigurationError)
      expect((error as Error).message).toMatch(
        /^Component com\.example\.AccessDynamoDb version 1\.0\.1 was created by another run at the same time, with a different recipe \(first difference at ComponentConfiguration\.DefaultConfiguration\.TableName\)/
      )
      expect(created()).toHaveLength(0)
    })
  })

  it('waits while the new version is REQUESTED and deploys once it is DEPLOYABLE', async () => {
    gg.on(DescribeComponentCommand)
      .rejectsOnce(notFound())
      .resolvesOnce({ arn: ARN, status: { componentState: 'REQUESTED' } })
      .resolvesOnce({ arn: ARN, status: { componentState: 'REQUESTED' } })
      .resolves(deployable)
    let describedBeforeCreate = 0
    gg.on(CreateDeploymentCommand).callsFake(() => {
      describedBeforeCreate = gg.commandCalls(DescribeComponentCommand).length
      return { deploymentId: 'dep-new' }
    })
    await run()
    expect(describedBeforeCreate).toBe(4)
    expect(clock.sleeps.slice(0, 2)).toEqual([500, 1000])
    expect(reporter.text()).toMatch(/is REQUESTED; waiting for DEPLOYABLE/)
  })

  it('fails with the service message when the version FAILED, and deploys nothing', async () => {
    gg.on(DescribeComponentCommand)
      .rejectsOnce(notFound())
      .resolves({
        arn: ARN,
        status: {
          componentState: 'FAILED',
          message: 'Recipe validation failed',
          errors: { 'eu-west-1': 'Artifact docker:… is not accessible' }
        }
      })
    const attempt = run()
    await expect(attempt).rejects.toThrow(StepFailure)
    await expect(attempt).rejects.toThrow(
      /failed to register: Recipe validation failed \(eu-west-1: Artifact docker:… is not accessible\).*new component-version/
    )
    expect(created()).toHaveLength(0)
  })

  it('names recipe-path and render-recipe when the rendered recipe is missing', async () => {
    const attempt = run({ recipePath: fixture('missing-recipe.yaml') })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(/Input 'recipe-path'.*Run render-recipe first/)
    expect(gg.calls()).toHaveLength(0)
  })

  it('names recipe-path and render-recipe when the rendered recipe is not valid YAML', async () => {
    const attempt = run({}, 'ComponentName: a\nComponentVersion: b: c\n')
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /^Input 'recipe-path': .*recipe\.yaml:2: not valid YAML.*run render-recipe first/
    )
    expect(gg.calls()).toHaveLength(0)
  })

  it('detects a concurrent create (ConflictException) of a different recipe and deploys nothing', async () => {
    gg.on(CreateComponentVersionCommand).rejects(
      new ConflictException({
        message: 'exists',
        resourceId: ARN,
        resourceType: 'component',
        $metadata: {}
      })
    )
    // The other run's recipe: the same name and version, another table.
    gg.on(GetComponentCommand).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(RECIPE.replace('SampleDynamoTable', 'OtherTable'))
    })
    await expect(run()).rejects.toThrow(/different recipe/)
    expect(gg.commandCalls(GetComponentCommand)).toHaveLength(1)
    expect(created()).toHaveLength(0)
  })

  it('bounds the wait for DEPLOYABLE by wait-timeout', async () => {
    // REQUESTED for ever (well, for 500 looks: a wait without a bound ends there and deploys).
    let looks = 0
    gg.on(DescribeComponentCommand).callsFake(() => {
      looks++
      if (looks === 1) throw notFound()
      return looks < 500 ? { arn: ARN, status: { componentState: 'REQUESTED' } } : deployable
    })
    const attempt = run({ waitTimeoutSeconds: 60 })
    await expect(attempt).rejects.toThrow(StepFailure)
    await expect(attempt).rejects.toThrow(/still REQUESTED after the wait-timeout/)
    expect(clock.now().getTime() - START.getTime()).toBeLessThanOrEqual(60_000)
    expect(looks).toBeLessThan(500)
    expect(created()).toHaveLength(0)
  })
})

describe('mergeDeployment', () => {
  const ours = { componentName: NAME, componentVersion: VERSION }

  it('keeps every other component exactly and replaces only ours', () => {
    const previous = previousDeployment()
    const merged = mergeDeployment(previous, ours, { targets: [] })
    expect(merged.components['aws.greengrass.Nucleus']).toEqual(
      previous.components!['aws.greengrass.Nucleus']
    )
    expect(merged.components['aws.greengrass.DockerApplicationManager']).toEqual(
      previous.components!['aws.greengrass.DockerApplicationManager']
    )
    // Ours: the new version, its runWith kept, the old configurationUpdate dropped.
    expect(merged.components[NAME]).toEqual({
      componentVersion: VERSION,
      runWith: { posixUser: 'app' }
    })
    expect(merged.deploymentName).toBe('fleet baseline')
  })

  it('lets the file win field by field and keeps what the file leaves out', () => {
    const merged = mergeDeployment(previousDeployment(), ours, {
      targets: [],
      deploymentName: 'from the file',
      deploymentPolicies: { componentUpdatePolicy: { timeoutInSeconds: 90 } },
      iotJobConfiguration: { jobExecutionsRolloutConfig: { maximumPerMinute: 5 } }
    })
    expect(merged.deploymentName).toBe('from the file')
    expect(merged.deploymentPolicies).toEqual({
      failureHandlingPolicy: 'ROLLBACK',
      componentUpdatePolicy: { timeoutInSeconds: 90, action: 'SKIP_NOTIFY_COMPONENTS' },
      configurationValidationPolicy: { timeoutInSeconds: 45 }
    })
    expect(merged.iotJobConfiguration).toEqual({
      timeoutConfig: { inProgressTimeoutInMinutes: 30 },
      jobExecutionsRolloutConfig: { maximumPerMinute: 5 }
    })
  })

  it("keeps the target's deployment tags", () => {
    const tags = { team: 'plant-7', 'cost-center': '42' }
    expect(mergeDeployment(previousDeployment({ tags }), ours, { targets: [] }).tags).toEqual(tags)
    expect(mergeDeployment(previousDeployment(), ours, { targets: [] }).tags).toBeUndefined()
  })

  it("replaces the existing rateIncreaseCriteria with the file's, never sending both kinds", () => {
    const existing = previousDeployment({
      iotJobConfiguration: {
        jobExecutionsRolloutConfig: {
          exponentialRate: {
            baseRatePerMinute: 10,
            incrementFactor: 2,
            rateIncreaseCriteria: { numberOfNotifiedThings: 5 }
          }
        }
      }
    })
    const merged = mergeDeployment(existing, ours, {
      targets: [],
      iotJobConfiguration: {
        jobExecutionsRolloutConfig: {
          exponentialRate: {
            baseRatePerMinute: 20,
            incrementFactor: 1.5,
            rateIncreaseCriteria: { numberOfSucceededThings: 3 }
          }
        }
      }
    })
    expect(merged.iotJobConfiguration?.jobExecutionsRolloutConfig?.exponentialRate).toEqual({
      baseRatePerMinute: 20,
      incrementFactor: 1.5,
      rateIncreaseCriteria: { numberOfSucceededThings: 3 }
    })
  })

  it('without a previous deployment: only ours, ROLLBACK, a name from the component', () => {
    const merged = mergeDeployment(undefined, ours, { targets: [] })
    expect(merged).toEqual({
      deploymentName: `${NAME} ${VERSION}`,
      components: { [NAME]: { componentVersion: VERSION } },
      deploymentPolicies: {
        failureHandlingPolicy: 'ROLLBACK',
        componentUpdatePolicy: { timeoutInSeconds: 60, action: 'NOTIFY_COMPONENTS' },
        configurationValidationPolicy: { timeoutInSeconds: 30 }
      }
    })
  })
})

describe('deployments', () => {
  it("merges with the target's latest deployment and warns about the dropped configuration", async () => {
    withPrevious(previousDeployment())
    const result = await run()
    const [request] = created()
    expect(request!.targetArn).toBe(THING_ARN)
    expect(Object.keys(request!.components!).sort()).toEqual([
      'aws.greengrass.DockerApplicationManager',
      'aws.greengrass.Nucleus',
      NAME
    ])
    expect(request!.components![NAME]).toEqual({
      componentVersion: VERSION,
      runWith: { posixUser: 'app' }
    })
    expect(request!.deploymentPolicies!.componentUpdatePolicy).toEqual({
      timeoutInSeconds: 90,
      action: 'SKIP_NOTIFY_COMPONENTS'
    })
    expect(gg.commandCalls(ListDeploymentsCommand)[0]!.args[0].input).toMatchObject({
      targetArn: THING_ARN,
      historyFilter: 'LATEST_ONLY'
    })
    expect(result.targets[0]).toMatchObject({
      deploymentId: 'dep-new',
      previousDeploymentId: 'dep-old',
      unchanged: false,
      status: 'succeeded'
    })
    expect(reporter.text()).toMatch(/warning: thing\/core-1: .*configurationUpdate.*drops it/)
  })

  it('creates no deployment when the latest already has this component set, and still checks the devices', async () => {
    const same = previousDeployment({
      components: {
        ...previousDeployment().components,
        [NAME]: { componentVersion: VERSION, runWith: { posixUser: 'app' } }
      },
      deploymentPolicies: {
        failureHandlingPolicy: 'ROLLBACK',
        componentUpdatePolicy: { timeoutInSeconds: 90, action: 'SKIP_NOTIFY_COMPONENTS' },
        configurationValidationPolicy: { timeoutInSeconds: 45 }
      }
    })
    withPrevious(same)
    gg.on(ListEffectiveDeploymentsCommand).resolves({
      effectiveDeployments: [effective('dep-old', 'COMPLETED')]
    })
    const result = await run()
    expect(created()).toHaveLength(0)
    expect(result.targets[0]).toMatchObject({
      deploymentId: 'dep-old',
      unchanged: true,
      status: 'succeeded',
      devices: [{ thingName: 'core-1', status: 'COMPLETED', ok: true }]
    })
  })

  it.each(['FAILED', 'CANCELED'] as const)(
    'redeploys an identical set whose latest deployment is %s (a rerun is a retry)',
    async deploymentStatus => {
      // Everything the same as a reused deployment but its status.
      withPrevious(sameSet({ deploymentStatus }))
      gg.on(ListEffectiveDeploymentsCommand).resolves({
        effectiveDeployments: [effective('dep-new', 'COMPLETED')]
      })
      const result = await run()
      expect(created()).toHaveLength(1)
      expect(result.targets[0]).toMatchObject({ unchanged: false, deploymentId: 'dep-new' })
    }
  )

  it('refuses a target ARN of another account before creating anything', async () => {
    const text = 'arn:aws:iot:eu-west-1:999999999999:thing/core-1'
    const error = await run({
      targets: [
        {
          kind: 'thing',
          name: 'core-1',
          arn: { text, partition: 'aws', region: 'eu-west-1', account: '999999999999' }
        }
      ]
    }).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`${text} is in eu-west-1, account 999999999999`)
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(0)
  })

  it('warns when DO_NOTHING comes from the current deployment and the file is silent', async () => {
    withPrevious(
      previousDeployment({
        deploymentPolicies: { failureHandlingPolicy: 'DO_NOTHING' }
      })
    )
    await run({ wait: false })
    expect(created()[0]!.deploymentPolicies!.failureHandlingPolicy).toBe('DO_NOTHING')
    expect(reporter.text()).toMatch(
      /warning: thing\/core-1: the current deployment dep-old sets failureHandlingPolicy DO_NOTHING.*ROLLBACK/
    )
  })

  describe('a group whose latest deployment is ACTIVE with this component set', () => {
    const sameForGroup = () =>
      previousDeployment({
        targetArn: GROUP_ARN,
        components: { [NAME]: { componentVersion: VERSION } },
        deploymentPolicies: {
          failureHandlingPolicy: 'ROLLBACK',
          componentUpdatePolicy: { timeoutInSeconds: 90, action: 'SKIP_NOTIFY_COMPONENTS' },
          configurationValidationPolicy: { timeoutInSeconds: 45 }
        },
        iotJobConfiguration: { timeoutConfig: { inProgressTimeoutInMinutes: 30 } }
      })
    beforeEach(() => {
      withPrevious(sameForGroup())
      iotMock.on(ListThingsInThingGroupCommand, { thingGroupName: 'fleet' }).resolves({
        things: ['core-1', 'core-2']
      })
    })

    it('deploys it again when a device failed it: the rerun after a fix is a retry', async () => {
      gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-1' }).resolves({
        effectiveDeployments: [effective('dep-old', 'COMPLETED')]
      })
      gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-2' }).resolves({
        effectiveDeployments: [
          effective('dep-old', 'FAILED', { reason: 'docker: permission denied' })
        ]
      })
      const result = await run({ targets: [group('fleet')], wait: false })
      expect(created()).toHaveLength(1)
      expect(result.targets[0]).toMatchObject({
        unchanged: false,
        retried: true,
        previousDeploymentId: 'dep-old'
      })
      expect(reporter.text()).toContain('but core-2 (FAILED) failed it; deploying it again')
      // core-1 still runs this version and will not restart: for the smoke check, the group
      // is one whose earlier item of this version counts, however large it is.
      expect(unchangedTargets(result)).toEqual([group('fleet')])
    })

    it('reuses it when no device failed it', async () => {
      gg.on(ListEffectiveDeploymentsCommand).resolves({
        effectiveDeployments: [effective('dep-old', 'SUCCEEDED')]
      })
      const result = await run({ targets: [group('fleet')], wait: false })
      expect(created()).toHaveLength(0)
      expect(result.targets[0]).toMatchObject({ unchanged: true, deploymentId: 'dep-old' })
    })
  })

  it('without a previous deployment deploys only our component, with ROLLBACK', async () => {
    const result = await run()
    const [request] = created()
    expect(request!.components).toEqual({ [NAME]: { componentVersion: VERSION } })
    expect(request!.deploymentPolicies!.failureHandlingPolicy).toBe('ROLLBACK')
    expect(request!.deploymentName).toBe(`${NAME} ${VERSION}`)
    expect(result.targets[0]!.previousDeploymentId).toBeUndefined()
  })

  it('derives the deployment client token from the request and its base deployment', async () => {
    const tokenOf = async (previous: GetDeploymentResponse) => {
      freshMocks()
      withPrevious(previous)
      await run()
      return created()[0]!.clientToken
    }
    const tokens = [
      await tokenOf(previousDeployment()),
      await tokenOf(previousDeployment()),
      // Based on another deployment, e.g. going back to an earlier set within 8 hours.
      await tokenOf(previousDeployment({ deploymentId: 'dep-other' }))
    ]
    expect(tokens[0]).toMatch(/^[a-f0-9]{64}$/)
    expect(tokens[1]).toBe(tokens[0])
    expect(tokens[2]).not.toBe(tokens[0])
  })

  it('takes startedAt before the first deployment is created', async () => {
    let createdAt = 0
    gg.on(CreateDeploymentCommand).callsFake(() => {
      createdAt = clock.now().getTime()
      clock.time += 1000
      return { deploymentId: 'dep-new' }
    })
    const result = await run()
    expect(new Date(result.startedAt).getTime()).toBeLessThanOrEqual(createdAt)
    expect(result.startedAt).toMatch(/Z$/)
  })

  it("uses the deployment file's targets when the input names none", async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-1'] })
    const result = await run({ targets: undefined, deployment: fixture('deployment.yaml') })
    expect(result.targets.map(t => t.targetArn)).toEqual([
      `arn:aws:iot:eu-west-1:${ACCOUNT}:thinggroup/sample-fleet`,
      THING_ARN
    ])
    expect(created()[0]!.iotJobConfiguration?.jobExecutionsRolloutConfig).toEqual({
      maximumPerMinute: 10
    })
  })

  it("names 'targets' when neither the input nor the file has any", async () => {
    const attempt = run({ targets: undefined })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(/No targets: set the 'targets' input.*policies-only/)
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
  })

  it('retries a throttled call without real waiting', async () => {
    gg.on(ListDeploymentsCommand)
      .rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }))
      .resolves({ deployments: [] })
    const result = await run()
    expect(result.failures).toEqual([])
    expect(gg.commandCalls(ListDeploymentsCommand)).toHaveLength(2)
  })

  it('fails with the AWS message and the permission when CreateDeployment is refused', async () => {
    gg.on(CreateDeploymentCommand).rejects(
      Object.assign(new Error('User is not authorized to perform greengrass:CreateDeployment'), {
        name: 'AccessDeniedException'
      })
    )
    const attempt = run()
    // Access denied is configuration: the user grants the permission (exit 2 in the CLI).
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /greengrass:CreateDeployment on thing\/core-1 was denied: User is not authorized.*Allow greengrass:CreateDeployment on thing\/core-1/
    )
  })

  it("makes a new deployment when only the deployment file's policies changed", async () => {
    // The latest deployment has this component set; the file now says 90 s where it had 30.
    withPrevious(
      sameSet({
        deploymentPolicies: {
          ...sameSet().deploymentPolicies,
          componentUpdatePolicy: { timeoutInSeconds: 30, action: 'SKIP_NOTIFY_COMPONENTS' }
        }
      })
    )
    const result = await run({ wait: false })
    expect(created()).toHaveLength(1)
    expect(created()[0]!.deploymentPolicies!.componentUpdatePolicy).toEqual({
      timeoutInSeconds: 90,
      action: 'SKIP_NOTIFY_COMPONENTS'
    })
    expect(result.targets[0]).toMatchObject({ unchanged: false, previousDeploymentId: 'dep-old' })
  })

  it("derives the deployment client token from the request's content, not only its base", async () => {
    const tokenOf = async (deployment: string) => {
      freshMocks()
      withPrevious(previousDeployment())
      await run({ deployment, wait: false })
      return created()[0]!.clientToken
    }
    const policiesOnly = await tokenOf(fixture('deployment-policies-only.yaml'))
    // Same target, same base deployment, other policies: another request, another token, or
    // the API would answer with the first deployment and ignore the change.
    const seed = await tokenOf(fixture('deployment-seed.yaml'))
    expect(seed).toMatch(/^[a-f0-9]{64}$/)
    expect(seed).not.toBe(policiesOnly)
    expect(await tokenOf(fixture('deployment-policies-only.yaml'))).toBe(policiesOnly)
  })
})

describe('devices that already run this version', () => {
  it('are named, so the smoke check does not wait for an item they will not write', async () => {
    iotMock.on(ListThingsInThingGroupCommand, { thingGroupName: 'fleet' }).resolves({
      things: ['core-a', 'core-b']
    })
    gg.on(ListInstalledComponentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      installedComponents: [
        { componentName: NAME, componentVersion: VERSION, lifecycleState: 'FINISHED' }
      ]
    })
    gg.on(ListInstalledComponentsCommand, { coreDeviceThingName: 'core-b' }).resolves({
      installedComponents: [
        { componentName: NAME, componentVersion: '0.9.0', lifecycleState: 'RUNNING' }
      ]
    })
    gg.on(ListEffectiveDeploymentsCommand).resolves({
      effectiveDeployments: [effective('dep-new', 'SUCCEEDED')]
    })
    const result = await run({ targets: [group('fleet')] })
    expect(result.targets[0]!.unchanged).toBe(false)
    expect(result.targets[0]!.alreadyRunning).toEqual(['core-a'])
    expect(unchangedTargets(result)).toEqual([{ kind: 'thing', name: 'core-a' }])
    // The group's devices are listed once, not once for the check and again for the wait.
    expect(iotMock.commandCalls(ListThingsInThingGroupCommand)).toHaveLength(1)
  })
})

describe('dry run', () => {
  it('makes read calls only and logs the merged deployment', async () => {
    withPrevious(previousDeployment())
    const result = await run({ dryRun: true })
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(0)
    expect(gg.commandCalls(ListEffectiveDeploymentsCommand)).toHaveLength(0)
    expect(result.componentCreated).toBe(true)
    expect(result.targets[0]).toMatchObject({ status: 'planned', unchanged: false })
    expect(reporter.text()).toMatch(
      /thing\/core-1: would create this deployment:\n\{\n {2}"targetArn"/
    )
    expect(reporter.text()).toContain('"aws.greengrass.Nucleus"')
  })
})

describe('waiting for the devices', () => {
  it('a thing that COMPLETED is ok', async () => {
    const result = await run()
    expect(result.targets[0]!.status).toBe('succeeded')
    expect(result.targets[0]!.devices).toEqual([
      { thingName: 'core-1', status: 'COMPLETED', ok: true }
    ])
    expect(result.failures).toEqual([])
    expect(gg.commandCalls(ListEffectiveDeploymentsCommand)[0]!.args[0].input).toMatchObject({
      coreDeviceThingName: 'core-1'
    })
  })

  it('names the thing, the status and the reason of a FAILED device, without throwing', async () => {
    gg.on(ListEffectiveDeploymentsCommand)
      .resolvesOnce({ effectiveDeployments: [effective('dep-new', 'IN_PROGRESS')] })
      .resolves({
        effectiveDeployments: [
          effective('dep-old', 'COMPLETED'),
          effective('dep-new', 'FAILED', {
            reason: 'FAILED_ROLLBACK_COMPLETE: component com.example.AccessDynamoDb broke',
            statusDetails: {
              errorStack: ['DEPLOYMENT_FAILURE', 'COMPONENT_BROKEN'],
              errorTypes: ['USER_COMPONENT_ERROR']
            }
          })
        ]
      })
    const result = await run()
    expect(result.targets[0]!.status).toBe('failed')
    expect(result.failures).toEqual([
      'thing core-1 (thing/core-1): FAILED — FAILED_ROLLBACK_COMPLETE: component com.example.AccessDynamoDb broke; error stack: DEPLOYMENT_FAILURE > COMPONENT_BROKEN; error types: USER_COMPONENT_ERROR'
    ])
    expect(clock.sleeps).toEqual([1000])
  })

  it('in a group, names only the device that failed', async () => {
    iotMock
      .on(ListThingsInThingGroupCommand, { thingGroupName: 'fleet' })
      .resolvesOnce({ things: ['core-a'], nextToken: 'p2' })
      .resolves({ things: ['core-b'] })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      effectiveDeployments: [effective('dep-new', 'SUCCEEDED')]
    })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-b' }).resolves({
      effectiveDeployments: [
        effective('dep-new', 'FAILED', { statusDetails: { errorTypes: ['DEPENDENCY_ERROR'] } })
      ]
    })
    const result = await run({ targets: [group('fleet')] })
    expect(result.targets[0]!.devices.map(d => [d.thingName, d.status, d.ok])).toEqual([
      ['core-a', 'SUCCEEDED', true],
      ['core-b', 'FAILED', false]
    ])
    expect(result.failures).toEqual([
      'thing core-b (thinggroup/fleet): FAILED — error types: DEPENDENCY_ERROR'
    ])
    expect(result.targets[0]!.status).toBe('failed')
  })

  it('warns about a group without a core device yet, and does not fail it', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: [] })
    const result = await run({ targets: [group('fleet')] })
    expect(result.failures).toEqual([])
    expect(result.targets[0]!.status).toBe('not-waited')
    expect(reporter.text()).toContain(
      'warning: thinggroup/fleet: no core device in the group yet; the deployment waits for devices to join it.'
    )
  })

  it("waits only for a group's core devices and names the plain IoT thing it skipped", async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-a', 'sensor-1'] })
    gg.on(GetCoreDeviceCommand, { coreDeviceThingName: 'sensor-1' }).rejects(
      new ResourceNotFoundException({
        message: 'no such core device',
        resourceId: 'sensor-1',
        resourceType: 'coreDevice',
        $metadata: {}
      })
    )
    gg.on(GetCoreDeviceCommand, { coreDeviceThingName: 'core-a' }).resolves({})
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      effectiveDeployments: [effective('dep-new', 'SUCCEEDED')]
    })
    const result = await run({ targets: [group('fleet')] })
    expect(result.failures).toEqual([])
    expect(result.targets[0]!.status).toBe('succeeded')
    expect(result.targets[0]!.devices.map(d => d.thingName)).toEqual(['core-a'])
    expect(result.targets[0]!.skipped).toEqual([
      { name: 'sensor-1', why: 'an IoT thing that is not a Greengrass core device' }
    ])
    expect(
      gg.commandCalls(ListEffectiveDeploymentsCommand).map(c => c.args[0].input.coreDeviceThingName)
    ).not.toContain('sensor-1')
    expect(reporter.text()).toContain('thinggroup/fleet: not waiting for sensor-1 (an IoT thing')
  })

  it('a group whose only member is a plain IoT thing is a warning, with the thing named', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['sensor-1'] })
    gg.on(GetCoreDeviceCommand).rejects(
      new ResourceNotFoundException({
        message: 'no such core device',
        resourceId: 'sensor-1',
        resourceType: 'coreDevice',
        $metadata: {}
      })
    )
    const result = await run({ targets: [group('fleet')] })
    expect(result.failures).toEqual([])
    expect(result.targets[0]!.status).toBe('not-waited')
    expect(reporter.text()).toContain(
      'thinggroup/fleet: no core device in the group yet (only sensor-1, not core devices)'
    )
  })

  it('on timeout names each pending device, on a fake clock', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-a', 'core-b'] })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      effectiveDeployments: [effective('dep-new', 'SUCCEEDED')]
    })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-b' }).resolves({
      effectiveDeployments: [effective('dep-new', 'IN_PROGRESS')]
    })
    const before = clock.time
    const result = await run({ targets: [group('fleet')], waitTimeoutSeconds: 60 })
    expect(clock.time - before).toBe(60_000)
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 16_000, 29_000])
    expect(result.targets[0]!.status).toBe('timed-out')
    expect(result.failures).toEqual([
      'thing core-b (thinggroup/fleet): TIMED_OUT (waited 60s) — last status IN_PROGRESS'
    ])
  })

  it('says when a device never reported the deployment', async () => {
    gg.on(ListEffectiveDeploymentsCommand).resolves({ effectiveDeployments: [] })
    const result = await run({ waitTimeoutSeconds: 10 })
    expect(result.failures).toEqual([
      'thing core-1 (thing/core-1): TIMED_OUT (waited 10s) — the device has not reported this deployment yet (is it online?)'
    ])
  })

  it('does not poll the devices when wait is false', async () => {
    const result = await run({ wait: false })
    expect(gg.commandCalls(ListEffectiveDeploymentsCommand)).toHaveLength(0)
    expect(result.targets[0]!.status).toBe('not-waited')
    expect(result.failures).toEqual([])
  })
})

describe('componentArn', () => {
  it('uses the partition of the region', () => {
    expect(componentArn('cn-north-1', ACCOUNT, 'a.b', '1.0.0')).toBe(
      `arn:aws-cn:greengrass:cn-north-1:${ACCOUNT}:components:a.b:versions:1.0.0`
    )
  })
})
