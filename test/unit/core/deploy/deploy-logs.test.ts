// The deploy result carries the tail of a failed device's component log, read where the target's
// deployment has the log manager; a device that succeeded, or a target without it, is not read.
import { FakeClock } from '../../../support/fake-clock.js'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
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
  type GetDeploymentResponse
} from '@aws-sdk/client-greengrassv2'
import { IoTClient } from '@aws-sdk/client-iot'
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { deploy } from '../../../../src/core/deploy/deploy.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import type { DeployInputs } from '../../../../src/core/config.js'

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/deploy/${name}`, import.meta.url))

const credentials = { accessKeyId: 'a', secretAccessKey: 'b' }
const greengrass = new GreengrassV2Client({ region: 'eu-west-1', credentials })
const gg = mockClient(greengrass)
const iot = new IoTClient({ region: 'eu-west-1', credentials })
const iotMock = mockClient(iot)
const logs = new CloudWatchLogsClient({ region: 'eu-west-1', credentials })
const logsMock = mockClient(logs)

const ACCOUNT = '123456789012'
const NAME = 'com.example.AccessDynamoDb'
const ARN = `arn:aws:greengrass:eu-west-1:${ACCOUNT}:components:${NAME}:versions:1.0.1`
const THING_ARN = `arn:aws:iot:eu-west-1:${ACCOUNT}:thing/core-1`
const START = new Date('2026-11-29T03:00:00.000Z')

let ctx: StepContext

function inputs(): DeployInputs & { accountId: string } {
  return {
    region: 'eu-west-1',
    accountId: ACCOUNT,
    recipePath: fixture('recipe.yaml'),
    deployment: fixture('deployment-policies-only.yaml'),
    targets: [{ kind: 'thing', name: 'core-1' }],
    wait: true,
    waitTimeoutSeconds: 60,
    dryRun: false
  }
}

function previous(components: GetDeploymentResponse['components']): void {
  const dep: GetDeploymentResponse = {
    deploymentId: 'dep-old',
    targetArn: THING_ARN,
    deploymentStatus: 'ACTIVE',
    components,
    deploymentPolicies: { failureHandlingPolicy: 'ROLLBACK' }
  }
  gg.on(ListDeploymentsCommand).resolves({
    deployments: [{ deploymentId: 'dep-old', targetArn: THING_ARN, isLatestForTarget: true }]
  })
  gg.on(GetDeploymentCommand, { deploymentId: 'dep-old' }).resolves(dep)
}

function deviceSays(status: 'FAILED' | 'COMPLETED'): void {
  gg.on(ListEffectiveDeploymentsCommand).resolves({
    effectiveDeployments: [
      {
        deploymentId: 'dep-new',
        deploymentName: 'x',
        targetArn: THING_ARN,
        coreDeviceExecutionStatus: status,
        creationTimestamp: START,
        modifiedTimestamp: START,
        ...(status === 'FAILED' ? { reason: 'component broke' } : {})
      }
    ]
  })
}

const LOG_MANAGER = {
  'aws.greengrass.LogManager': {
    componentVersion: '2.3.7',
    configurationUpdate: {
      merge: JSON.stringify({
        logsUploaderConfiguration: { componentLogsConfigurationMap: { [NAME]: {} } }
      })
    }
  }
}

beforeEach(() => {
  ctx = { reporter: new MemoryReporter(), clock: new FakeClock(START), random: () => 0 }
  gg.reset()
  iotMock.reset()
  logsMock.reset()
  gg.on(DescribeComponentCommand)
    .rejectsOnce(
      new ResourceNotFoundException({
        message: 'not found',
        resourceId: ARN,
        resourceType: 'component',
        $metadata: {}
      })
    )
    .resolves({ arn: ARN, status: { componentState: 'DEPLOYABLE' } })
  gg.on(CreateComponentVersionCommand).resolves({
    arn: ARN,
    status: { componentState: 'REQUESTED' }
  })
  gg.on(ListDeploymentsCommand).resolves({ deployments: [] })
  gg.on(ListInstalledComponentsCommand).resolves({ installedComponents: [] })
  gg.on(CreateDeploymentCommand).resolves({ deploymentId: 'dep-new' })
  logsMock.on(GetLogEventsCommand).resolves({
    events: [{ timestamp: START.getTime() + 1000, message: 'ERROR: table not found' }]
  })
})

describe('the failed devices’ logs in the deploy result', () => {
  it('a device failed a deployment with the log manager: its component log’s tail', async () => {
    previous(LOG_MANAGER)
    deviceSays('FAILED')
    const result = await deploy(inputs(), { greengrass, iot, logs }, ctx)
    expect(result.targets[0]!.status).toBe('failed')
    expect(logsMock.commandCalls(GetLogEventsCommand).map(c => c.args[0].input)).toEqual([
      {
        logGroupName: `/aws/greengrass/UserComponent/eu-west-1/${NAME}`,
        logStreamName: '/2026/11/29/thing/core-1',
        startFromHead: false,
        startTime: START.getTime(),
        limit: 20
      }
    ])
    expect(result.logs).toEqual({
      notes: [],
      tails: [
        {
          thingName: 'core-1',
          target: 'thing/core-1',
          logGroup: `/aws/greengrass/UserComponent/eu-west-1/${NAME}`,
          logStream: '/2026/11/29/thing/core-1',
          lines: [{ time: '2026-11-29T03:00:01.000Z', text: 'ERROR: table not found' }]
        }
      ]
    })
  })

  it('a canary device failed: its tail is read before the rollout stops', async () => {
    previous(LOG_MANAGER)
    deviceSays('FAILED')
    const result = await deploy(
      {
        ...inputs(),
        targets: [
          { kind: 'thing', name: 'core-1' },
          { kind: 'thing', name: 'core-2' }
        ],
        canary: [{ kind: 'thing', name: 'core-1' }]
      },
      { greengrass, iot, logs },
      ctx
    )
    expect(result.stopped).toMatch(/^Not deployed to thing\/core-2: /)
    expect(result.logs?.tails.map(t => [t.thingName, t.lines.length])).toEqual([['core-1', 1]])
  })

  it('without the log manager: nothing is read, the note says how to get the tail', async () => {
    deviceSays('FAILED')
    const result = await deploy(inputs(), { greengrass, iot, logs }, ctx)
    expect(logsMock.commandCalls(GetLogEventsCommand)).toEqual([])
    expect(result.logs?.tails).toEqual([])
    expect(result.logs?.notes[0]).toMatch(/^thing\/core-1 does not run aws\.greengrass\.LogManager/)
  })

  it('every device succeeded: nothing is read and the result has no logs', async () => {
    previous(LOG_MANAGER)
    deviceSays('COMPLETED')
    const result = await deploy(inputs(), { greengrass, iot, logs }, ctx)
    expect(logsMock.commandCalls(GetLogEventsCommand)).toEqual([])
    expect('logs' in result).toBe(false)
  })

  it('a denied read is a note; the run’s verdict is the devices’ alone', async () => {
    previous(LOG_MANAGER)
    deviceSays('FAILED')
    logsMock.on(GetLogEventsCommand).rejects(
      Object.assign(new Error('not authorized'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400 }
      })
    )
    const result = await deploy(inputs(), { greengrass, iot, logs }, ctx)
    expect(result.failures).toEqual(['thing core-1 (thing/core-1): FAILED — component broke'])
    expect(result.logs?.tails[0]?.note).toMatch(/^not allowed to read /)
  })
})
