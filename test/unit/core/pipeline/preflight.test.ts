// The pipeline's preflight prepares the recipe, the policy document, the deployment plan and
// the role's check once, and the steps use what it prepared: a dry run against mocked clients
// counts every AWS call, so that nothing is asked twice (GetRole once).
import { FakeClock } from '../../../support/fake-clock.js'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb'
import {
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  RepositoryNotFoundException
} from '@aws-sdk/client-ecr'
import {
  DescribeComponentCommand,
  GetCoreDeviceCommand,
  GreengrassV2Client,
  ListComponentVersionsCommand,
  ListDeploymentsCommand,
  ResourceNotFoundException
} from '@aws-sdk/client-greengrassv2'
import {
  GetPolicyCommand,
  GetRoleCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  NoSuchEntityException
} from '@aws-sdk/client-iam'
import { DescribeThingCommand, IoTClient } from '@aws-sdk/client-iot'
import { STSClient } from '@aws-sdk/client-sts'
import { runPipeline } from '../../../../src/core/pipeline/pipeline.js'
import { parsePipelineInputs } from '../../../../src/interface/parse.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'

const fixture = (path: string) =>
  fileURLToPath(new URL(`../../../fixtures/${path}`, import.meta.url))
const ACCOUNT = '123456789012'
const region = 'eu-west-1'
const credentials = { accessKeyId: 'a', secretAccessKey: 'b' }
const config = { region, credentials }
const clients = {
  sts: new STSClient(config),
  ecr: new ECRClient(config),
  greengrass: new GreengrassV2Client(config),
  iam: new IAMClient(config),
  dynamodb: new DynamoDBClient(config),
  iot: new IoTClient(config)
}
const mocks = Object.fromEntries(
  Object.entries(clients).map(([name, client]) => [name, mockClient(client)])
) as Record<keyof typeof clients, ReturnType<typeof mockClient>>

let reporter: MemoryReporter
let ctx: StepContext

beforeEach(() => {
  reporter = new MemoryReporter()
  ctx = { reporter, clock: new FakeClock(), random: () => 0 }
  for (const m of Object.values(mocks)) m.reset()
  const { ecr, greengrass, iam, dynamodb, iot } = mocks
  ecr
    .on(DescribeRepositoriesCommand)
    .rejects(new RepositoryNotFoundException({ message: 'no repository', $metadata: {} }))
  ecr.on(DescribeImagesCommand).resolves({ imageDetails: [] })
  iot.on(DescribeThingCommand).resolves({ thingName: 'core-1' })
  greengrass.on(GetCoreDeviceCommand).resolves({ coreDeviceThingName: 'core-1', status: 'HEALTHY' })
  greengrass.on(ListComponentVersionsCommand).resolves({ componentVersions: [] })
  greengrass.on(DescribeComponentCommand).rejects(
    new ResourceNotFoundException({
      message: 'not found',
      resourceId: 'x',
      resourceType: 'component',
      $metadata: {}
    })
  )
  greengrass.on(ListDeploymentsCommand).resolves({ deployments: [] })
  dynamodb.on(DescribeTableCommand).resolves({ Table: { TableStatus: 'ACTIVE' } })
  iam.on(GetRoleCommand).resolves({
    Role: {
      RoleName: 'GreengrassV2TokenExchangeRole',
      Arn: `arn:aws:iam::${ACCOUNT}:role/GreengrassV2TokenExchangeRole`,
      Path: '/',
      RoleId: 'AROAEXAMPLE',
      CreateDate: new Date(0),
      AssumeRolePolicyDocument: encodeURIComponent(
        '{"Statement":[{"Principal":{"Service":"credentials.iot.amazonaws.com"}}]}'
      )
    }
  })
  iam.on(GetPolicyCommand).rejects(new NoSuchEntityException({ message: 'none', $metadata: {} }))
  iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [] })
})

/** Every AWS call of the run, as `client:Command` → how many times. */
function calls(): Record<string, number> {
  const counted: Record<string, number> = {}
  for (const [name, m] of Object.entries(mocks)) {
    for (const call of m.calls()) {
      const key = `${name}:${(call.args[0] as object).constructor.name}`
      counted[key] = (counted[key] ?? 0) + 1
    }
  }
  return counted
}

describe('a dry run of the pipeline', () => {
  it('asks AWS nothing twice: the steps use what the preflight prepared', async () => {
    const inputs = parsePipelineInputs(
      {
        'account-id': ACCOUNT,
        recipe: fixture('recipes/minimal.yaml'),
        policy: fixture('policies/device-policy.json'),
        deployment: fixture('deploy/deployment-policies-only.yaml'),
        targets: 'core-1',
        'dry-run': 'true'
      },
      { AWS_REGION: region, GITHUB_SHA: 'abc1234' }
    )
    const result = await runPipeline(inputs, clients, ctx)
    expect(result.deploy.targets.map(t => t.status)).toEqual(['planned'])
    expect(calls()).toEqual({
      'ecr:DescribeRepositoriesCommand': 1,
      'greengrass:GetCoreDeviceCommand': 1,
      'greengrass:ListComponentVersionsCommand': 1,
      'greengrass:DescribeComponentCommand': 1,
      'greengrass:ListDeploymentsCommand': 1,
      'iam:GetRoleCommand': 1,
      'iam:GetPolicyCommand': 1,
      'dynamodb:DescribeTableCommand': 1,
      'iot:DescribeThingCommand': 1
    })
    // What the preflight's role check said is said in the policy step, as before.
    const text = reporter.text()
    expect(text.split('Role GreengrassV2TokenExchangeRole exists')).toHaveLength(2)
    expect(text.indexOf('## 3/5 Device policy')).toBeLessThan(
      text.indexOf('Role GreengrassV2TokenExchangeRole exists')
    )
  })
})
