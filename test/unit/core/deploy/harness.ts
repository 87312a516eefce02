// What the deploy step's unit tests share: a mocked Greengrass and IoT, a fake clock, the
// recipe and deployment fixtures, and a target's previous deployment. Imported by the tests
// of each of the step's files (not a test itself: it registers the fresh mocks per test).
import { FakeClock } from '../../../support/fake-clock.js'
import { beforeEach } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { mockClient } from 'aws-sdk-client-mock'
import {
  CreateComponentVersionCommand,
  CreateDeploymentCommand,
  DescribeComponentCommand,
  GetDeploymentCommand,
  GreengrassV2Client,
  ListDeploymentsCommand,
  ListEffectiveDeploymentsCommand,
  ListInstalledComponentsCommand,
  ResourceNotFoundException,
  type CreateDeploymentRequest,
  type EffectiveDeployment,
  type GetDeploymentResponse
} from '@aws-sdk/client-greengrassv2'
import { IoTClient } from '@aws-sdk/client-iot'
import { deploy, type DeployResult } from '../../../../src/core/deploy/deploy.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import type { DeployInputs, Target } from '../../../../src/core/config.js'

export const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/deploy/${name}`, import.meta.url))

const credentials = { accessKeyId: 'a', secretAccessKey: 'b' }
export const greengrass = new GreengrassV2Client({ region: 'eu-west-1', credentials })
export const gg = mockClient(greengrass)
export const iot = new IoTClient({ region: 'eu-west-1', credentials })
export const iotMock = mockClient(iot)

export const ACCOUNT = '123456789012'
export const NAME = 'com.example.AccessDynamoDb'
export const VERSION = '1.0.1'
export const RECIPE = readFileSync(fixture('recipe.yaml'), 'utf8')
export const ARN = `arn:aws:greengrass:eu-west-1:${ACCOUNT}:components:${NAME}:versions:${VERSION}`
export const THING_ARN = `arn:aws:iot:eu-west-1:${ACCOUNT}:thing/core-1`
export const GROUP_ARN = `arn:aws:iot:eu-west-1:${ACCOUNT}:thinggroup/fleet`
export const START = new Date('2026-11-29T03:00:00.000Z')

export let clock: FakeClock
export let reporter: MemoryReporter
export let ctx: StepContext

export const thing = (name: string): Target => ({ kind: 'thing', name })
export const group = (name: string): Target => ({ kind: 'thinggroup', name })

export const notFound = () =>
  new ResourceNotFoundException({
    message: 'not found',
    resourceId: ARN,
    resourceType: 'component',
    $metadata: {}
  })
export const deployable = { arn: ARN, status: { componentState: 'DEPLOYABLE' as const } }

export function effective(
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

export function inputs(over: Partial<DeployInputs> = {}): DeployInputs & { accountId: string } {
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

export const run = (over: Partial<DeployInputs> = {}, recipeText?: string): Promise<DeployResult> =>
  deploy(inputs(over), { greengrass, iot }, ctx, recipeText === undefined ? {} : { recipeText })

export function created(): CreateDeploymentRequest[] {
  return gg.commandCalls(CreateDeploymentCommand).map(c => c.args[0].input)
}

export function previousDeployment(
  over: Partial<GetDeploymentResponse> = {}
): GetDeploymentResponse {
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
export function sameSet(over: Partial<GetDeploymentResponse> = {}): GetDeploymentResponse {
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

export function withPrevious(previous: GetDeploymentResponse): void {
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

export function freshMocks(): void {
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
