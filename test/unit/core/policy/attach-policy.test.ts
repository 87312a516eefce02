// The device policy step: created or updated only when the document changes as data, attached
// once, IAM's version limit and eventual consistency handled, and a dry run that only reads.
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  EntityAlreadyExistsException,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  IAMClient,
  LimitExceededException,
  ListAttachedRolePoliciesCommand,
  ListPolicyVersionsCommand,
  MalformedPolicyDocumentException,
  NoSuchEntityException,
  ServiceFailureException
} from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import { ConfigurationError, StepFailure } from '../../../../src/core/shared/errors.js'
import type { PolicyInputs } from '../../../../src/core/config.js'
import {
  attachPolicy,
  decodePolicyDocument,
  lintDevicePolicy,
  MAX_POLICY_VERSIONS,
  policyDocument,
  POLICY_SIZE_LIMIT,
  renderPolicy
} from '../../../../src/core/policy/attach-policy.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import { HOSTILE } from '../../../fixtures/policies/hostile.js'

const FIXTURE = fileURLToPath(
  new URL('../../../fixtures/policies/device-policy.json', import.meta.url)
)
const SHIPPED = fileURLToPath(
  new URL('../../../../recipe/token-exchange-policy.json', import.meta.url)
)
const ACCOUNT = '123456789012'
const POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/DevicePolicy`
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/TokenRole`
const MUTATING = [
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  AttachRolePolicyCommand
]

const iamMock = mockClient(IAMClient)
const iam = new IAMClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
})

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ggcd-policy-'))
})

function template(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

function inputs(over: Partial<PolicyInputs> = {}): PolicyInputs & { accountId: string } {
  return {
    region: 'eu-west-1',
    accountId: ACCOUNT,
    policy: FIXTURE,
    policyName: 'DevicePolicy',
    roleName: 'TokenRole',
    tableName: 'SampleDynamoTable',
    repository: 'dynamodb_access_sample',
    variables: {},
    dryRun: false,
    ...over
  }
}

let now: number
const start = Date.parse('2026-01-01T00:00:00Z')
let reporter: MemoryReporter
function context(): StepContext {
  return {
    reporter,
    clock: {
      now: () => new Date(now),
      sleep: async ms => {
        now += ms
      }
    },
    random: () => 0.5
  }
}

/** The document the fixture renders to, as data. */
function wanted(): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(FIXTURE, 'utf8').replace(/\{AWS_REGION\}/g, 'eu-west-1'))
  return JSON.parse(
    JSON.stringify(doc)
      .replace(/\{AWS_ACCOUNT_ID\}/g, ACCOUNT)
      .replace(/\{ECR_REPOSITORY\}/g, 'dynamodb_access_sample')
      .replace(/\{TABLE_NAME\}/g, 'SampleDynamoTable')
  )
}

/** As IAM returns documents: URL-encoded per RFC 3986 (which also escapes !'()*). */
function iamEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/** Keys in another order and other whitespace: the same policy as data. */
function reformatted(doc: Record<string, unknown>): string {
  const reversed = Object.fromEntries(Object.entries(doc).reverse())
  return JSON.stringify(reversed, null, 4)
}

const noSuchEntity = (message = 'not found') =>
  new NoSuchEntityException({ message, $metadata: { httpStatusCode: 404 } })

function mutatingCalls(): number {
  const names = new Set(MUTATING.map(command => command.name))
  return calledNames().filter(n => names.has(n)).length
}

function calledNames(): string[] {
  return iamMock.calls().map(call => (call.args[0] as object).constructor.name)
}

const BOUNDARY = {
  PermissionsBoundaryType: 'PermissionsBoundaryPolicy' as const,
  PermissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/ggcd-device-boundary`
}

function roleExists(boundary: typeof BOUNDARY | null = BOUNDARY): void {
  iamMock.on(GetRoleCommand).resolves({
    Role: {
      RoleName: 'TokenRole',
      Arn: ROLE_ARN,
      Path: '/',
      RoleId: 'AROA',
      CreateDate: new Date(start),
      PermissionsBoundary: boundary ?? undefined,
      AssumeRolePolicyDocument: iamEncode(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'credentials.iot.amazonaws.com' },
              Action: 'sts:AssumeRole'
            }
          ]
        })
      )
    }
  })
}

function policyExists(document: string, defaultVersion = 'v3'): void {
  iamMock.on(GetPolicyCommand).resolves({
    Policy: { Arn: POLICY_ARN, PolicyName: 'DevicePolicy', DefaultVersionId: defaultVersion }
  })
  iamMock
    .on(GetPolicyVersionCommand, { PolicyArn: POLICY_ARN, VersionId: defaultVersion })
    .resolves({ PolicyVersion: { Document: document, VersionId: defaultVersion } })
}

function attachedPolicies(...arns: string[]): void {
  iamMock.on(ListAttachedRolePoliciesCommand).resolves({
    AttachedPolicies: arns.map(a => ({ PolicyArn: a, PolicyName: a.split('/').pop() })),
    IsTruncated: false
  })
}

function versions(count: number, defaultId: string): void {
  iamMock.on(ListPolicyVersionsCommand).resolves({
    Versions: Array.from({ length: count }, (_, i) => ({
      VersionId: `v${i + 1}`,
      IsDefaultVersion: `v${i + 1}` === defaultId,
      CreateDate: new Date(start - (count - i) * 86_400_000)
    })),
    IsTruncated: false
  })
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the step to fail')
}

beforeEach(() => {
  iamMock.reset()
  now = start
  reporter = new MemoryReporter()
})

describe('renderPolicy', () => {
  const values = {
    AWS_REGION: 'eu-west-1',
    AWS_PARTITION: 'aws',
    AWS_ACCOUNT_ID: ACCOUNT,
    TABLE_NAME: 't"x'
  }

  it('fills in placeholders, escapes values for JSON and minifies', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "dynamodb:PutItem", "Resource": "arn:aws:dynamodb:{AWS_REGION}:{AWS_ACCOUNT_ID}:table/{TABLE_NAME}"}\n  ]\n}\n'
    const out = renderPolicy(text, values, 'p.json')
    expect(out).not.toMatch(/\n| {2}/)
    expect(JSON.parse(out).Statement[0].Resource).toBe(
      `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/t"x`
    )
  })

  it('names file and line of a JSON syntax error', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}\n'
    const error = (() => {
      try {
        renderPolicy(text, values, 'policy.json')
      } catch (e) {
        return e as ConfigurationError
      }
      throw new Error('expected an error')
    })()
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('policy.json:4:')
    expect(error.message).toContain('not valid JSON')
  })

  it('rejects a document without a Statement array, naming the file', () => {
    expect(() =>
      renderPolicy('{"Version": "2012-10-17", "Statement": {}}', values, 'p.json')
    ).toThrow(/p\.json:1: "Statement" must be a non-empty array/)
    expect(() => renderPolicy('{"Statement": []}', values, 'p.json')).toThrow(/"Version"/)
  })

  it('counts characters without whitespace against the 6,144 limit', () => {
    const doc = (n: number) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'x'.repeat(n) }]
      })
    const base = doc(0).length
    const fits = doc(POLICY_SIZE_LIMIT - base)
    // Pretty-printed it is far longer, but whitespace does not count.
    expect(() =>
      renderPolicy(JSON.stringify(JSON.parse(fits), null, 8), {}, 'p.json')
    ).not.toThrow()
    expect(() => renderPolicy(doc(POLICY_SIZE_LIMIT - base + 1), {}, 'p.json')).toThrow(
      /6145 characters without whitespace; IAM allows at most 6144/
    )
  })

  it('renders the shipped recipe/token-exchange-policy.json', () => {
    const out = JSON.parse(
      renderPolicy(
        readFileSync(SHIPPED, 'utf8'),
        { ...values, TABLE_NAME: 'SampleDynamoTable', ECR_REPOSITORY: 'dynamodb_access_sample' },
        SHIPPED
      )
    )
    const actions = JSON.stringify(out.Statement)
    for (const a of ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'dynamodb:PutItem']) {
      expect(actions).toContain(a)
    }
  })

  it('checks each statement: an object with an Effect of Allow or Deny, an Action and a Resource', () => {
    const policy = (...statements: string[]) =>
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        statements.join(',\n'),
        '  ]',
        '}'
      ].join('\n')
    const ok = '    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'
    const render = (text: string) => () => renderPolicy(text, {}, 'p.json')
    expect(render(policy(ok, '    "s3:GetObject"'))).toThrow(
      /p\.json:3: statement 2 must be an object with Effect, Action and Resource/
    )
    expect(render(policy(ok, '    ["s3:GetObject"]'))).toThrow(/statement 2 must be an object/)
    // Named by its Sid's line when it has one.
    expect(
      render(
        policy(ok, '    {"Sid": "Put",\n     "Effect": "allow", "Action": "x:Y", "Resource": "*"}')
      )
    ).toThrow(/p\.json:5: statement 2: "Effect" must be "Allow" or "Deny"/)
    expect(render(policy('    {"Effect": "Allow", "Resource": "*"}'))).toThrow(
      /p\.json:3: statement 1 has no "Action"/
    )
    expect(render(policy('    {"Effect": "Allow", "Action": "s3:GetObject"}'))).toThrow(
      /p\.json:3: statement 1 has no "Resource"/
    )
    // A configuration error (exit 2), before any call to IAM.
    expect(render(policy('    {"Effect": "Deny"}'))).toThrow(ConfigurationError)
    // Deny, NotAction and NotResource are valid IAM.
    expect(
      render(
        policy(ok, '    {"Effect": "Deny", "NotAction": "s3:GetObject", "NotResource": "arn:x"}')
      )
    ).not.toThrow()
  })
})

describe('the device role check', () => {
  it('warns when the device role has no permissions boundary, and carries on', async () => {
    roleExists(null)
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies(POLICY_ARN)
    await attachPolicy(inputs(), { iam }, context())
    expect(reporter.lines).toContainEqual(
      expect.stringMatching(/^warning: Role TokenRole has no permissions boundary/)
    )
  })

  it('says nothing of the boundary when the role has one', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies(POLICY_ARN)
    await attachPolicy(inputs(), { iam }, context())
    expect(reporter.lines.filter(l => l.includes('boundary'))).toEqual([])
  })
})

describe('lintDevicePolicy', () => {
  const lint = (doc: unknown) => () => lintDevicePolicy(doc, ACCOUNT, JSON.stringify(doc), 'p.json')

  it.each(HOSTILE)('refuses %s, naming the statement', (_, doc, mentions) => {
    expect(lint(doc)).toThrow(ConfigurationError)
    expect(lint(doc)).toThrow(/p\.json:1: statement 1 \(Hostile\) /)
    expect(lint(doc)).toThrow(mentions)
  })

  it.each([
    ['a space for the colon', 'Allow', 'dynamodb PutItem'],
    ['no service', 'Allow', ':PutItem'],
    ['two colons', 'Allow', 'dynamodb::PutItem'],
    ['a malformed Deny', 'Deny', 'dynamodb PutItem']
  ])('refuses an action with %s before IAM sees it', (_, Effect, Action) => {
    const doc = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Write',
          Effect,
          Action: ['dynamodb:Query', Action],
          Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/T`
        }
      ]
    }
    expect(lint(doc)).toThrow(ConfigurationError)
    expect(lint(doc)).toThrow(
      `p.json:1: statement 1 (Write) has the Action ${JSON.stringify(Action)}, which is not an IAM action: write service:Action, e.g. dynamodb:PutItem`
    )
  })

  it('names the statement by number when it has no Sid', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }
      ]
    }
    expect(lint(doc)).toThrow(/^p\.json: statement 2 allows "iam:PassRole"/)
  })

  it.each([
    ['the token call on "*"', { Action: 'ecr:GetAuthorizationToken', Resource: '*' }],
    [
      'an S3 prefix (no account in the ARN)',
      { Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }
    ],
    [
      'an index of the table',
      {
        Action: 'dynamodb:Query',
        Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/T/index/*`
      }
    ],
    ['a Deny of everything', { Effect: 'Deny', NotAction: 'dynamodb:PutItem', Resource: '*' }]
  ])('accepts %s', (_, statement) => {
    expect(
      lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] })
    ).not.toThrow()
  })

  it('passes the shipped template and the fixture the tests deploy', async () => {
    for (const policy of [SHIPPED, FIXTURE]) {
      await expect(policyDocument(inputs({ policy }))).resolves.toContain('"Version"')
    }
  })

  it('keeps the IAM policy variable ${credentials-iot:ThingName} as it is', async () => {
    const doc = JSON.parse(await policyDocument(inputs({ policy: SHIPPED })))
    const write = doc.Statement.find((s: { Sid: string }) => s.Sid === 'WriteOwnDeviceItems')
    expect(write.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${credentials-iot:ThingName}'] }
    })
  })

  it('stops attach-policy before any call, naming the file and line', async () => {
    const file = template(
      'admin.json',
      JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [{ Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' }]
        },
        null,
        2
      )
    )
    const error = await rejection(attachPolicy(inputs({ policy: file }), { iam }, context()))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`${file}:5: statement 1 (Admin) allows "*"`)
    expect(iamMock.calls()).toHaveLength(0)
  })
})

describe('attachPolicy', () => {
  it('creates a missing policy and attaches it to the role, checking the role first', async () => {
    roleExists()
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())
    iamMock
      .on(CreatePolicyCommand)
      .resolves({ Policy: { Arn: POLICY_ARN, DefaultVersionId: 'v1' } })
    iamMock.on(AttachRolePolicyCommand).resolves({})

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result).toMatchObject({
      policyArn: POLICY_ARN,
      policyName: 'DevicePolicy',
      roleName: 'TokenRole',
      policyVersion: 'v1',
      created: true,
      changed: true,
      attached: true
    })
    const create = iamMock.commandCalls(CreatePolicyCommand)[0]!.args[0].input
    expect(create.PolicyName).toBe('DevicePolicy')
    expect(JSON.parse(create.PolicyDocument!)).toEqual(wanted())
    expect(create.PolicyDocument).toBe(result.document)
    expect(create.Description).toMatch(/ggcd.*dynamodb_access_sample.*SampleDynamoTable/)
    expect(iamMock.commandCalls(AttachRolePolicyCommand)[0]!.args[0].input).toEqual({
      RoleName: 'TokenRole',
      PolicyArn: POLICY_ARN
    })
    expect(calledNames().indexOf('GetRoleCommand')).toBe(0)
    expect(result.diff).toMatch(/^\+ \{/)
  })

  it('makes no change at all when the document is the same as data', async () => {
    roleExists()
    policyExists(iamEncode(reformatted(wanted())))
    attachedPolicies('arn:aws:iam::aws:policy/Other', POLICY_ARN)

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(mutatingCalls()).toBe(0)
    expect(result).toMatchObject({ changed: false, created: false, attached: false })
    expect(result.policyVersion).toBe('v3')
    expect(result.diff).toBeUndefined()
    expect(reporter.text()).toContain('up to date')
  })

  it('compares a URL-encoded document with spaces and special characters as equal', async () => {
    const file = template(
      'special.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'dynamodb:PutItem',
            Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/T`,
            Condition: {
              StringEquals: { 'aws:PrincipalTag/team': "Ops & Dev (ümlaut) 100% 'x'+y/z" }
            }
          }
        ]
      })
    )
    const stored = iamEncode(reformatted(JSON.parse(readFileSync(file, 'utf8'))))
    expect(stored).not.toContain(' ')
    roleExists()
    policyExists(stored)
    attachedPolicies(POLICY_ARN)

    const result = await attachPolicy(inputs({ policy: file }), { iam }, context())

    expect(result.changed).toBe(false)
    expect(mutatingCalls()).toBe(0)
  })

  it('reads a document an emulator returns unencoded', () => {
    expect(decodePolicyDocument('{"a": "100% b"}')).toEqual({ a: '100% b' })
    expect(decodePolicyDocument('%7B%22a%22%3A%20%22b%22%7D')).toEqual({ a: 'b' })
  })

  it('creates a new default version when the document changed', async () => {
    const old = wanted()
    ;(old.Statement as unknown[]).pop()
    roleExists()
    policyExists(iamEncode(JSON.stringify(old)), 'v2')
    versions(2, 'v2')
    iamMock
      .on(CreatePolicyVersionCommand)
      .resolves({ PolicyVersion: { VersionId: 'v3', IsDefaultVersion: true } })
    attachedPolicies(POLICY_ARN)

    const result = await attachPolicy(inputs(), { iam }, context())

    const call = iamMock.commandCalls(CreatePolicyVersionCommand)
    expect(call).toHaveLength(1)
    expect(call[0]!.args[0].input).toMatchObject({ PolicyArn: POLICY_ARN, SetAsDefault: true })
    expect(JSON.parse(call[0]!.args[0].input.PolicyDocument!)).toEqual(wanted())
    expect(iamMock.commandCalls(DeletePolicyVersionCommand)).toHaveLength(0)
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(0)
    expect(result).toMatchObject({ changed: true, created: false, attached: false })
    expect(result.policyVersion).toBe('v3')
    expect(result.diff).toContain('+       "Sid": "WriteItems"')
    expect(reporter.text()).toContain('differs from the default version v2')
  })

  it('at five versions deletes the oldest non-default one, not an older default, then creates', async () => {
    roleExists()
    // v1 is the default and the oldest; v2 is the oldest of the others.
    policyExists(iamEncode('{"Version":"2012-10-17","Statement":[]}'), 'v1')
    versions(5, 'v1')
    iamMock.on(DeletePolicyVersionCommand).resolves({})
    iamMock.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v6' } })
    attachedPolicies(POLICY_ARN)

    const result = await attachPolicy(inputs(), { iam }, context())

    const deletes = iamMock.commandCalls(DeletePolicyVersionCommand)
    expect(deletes).toHaveLength(1)
    expect(deletes[0]!.args[0].input).toEqual({ PolicyArn: POLICY_ARN, VersionId: 'v2' })
    const names = calledNames()
    expect(names.indexOf('DeletePolicyVersionCommand')).toBeLessThan(
      names.indexOf('CreatePolicyVersionCommand')
    )
    expect(result).toMatchObject({ deletedVersion: 'v2', policyVersion: 'v6', changed: true })
  })

  it('fails with what to do when IAM still refuses a sixth version after the delete', async () => {
    roleExists()
    policyExists(iamEncode('{"Version":"2012-10-17","Statement":[]}'), 'v5')
    versions(5, 'v5')
    iamMock.on(DeletePolicyVersionCommand).resolves({})
    iamMock.on(CreatePolicyVersionCommand).rejects(
      new LimitExceededException({
        message: 'Cannot exceed quota for PolicyVersions',
        $metadata: {}
      })
    )

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('Cannot exceed quota for PolicyVersions')
    expect(error.message).toContain('delete-policy-version')
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(0)
  })

  it('does not take LimitExceeded for throttling when nothing was deleted', async () => {
    roleExists()
    policyExists(iamEncode('{"Version":"2012-10-17","Statement":[]}'), 'v1')
    versions(1, 'v1')
    iamMock
      .on(CreatePolicyVersionCommand)
      .rejects(new LimitExceededException({ message: 'quota', $metadata: {} }))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(StepFailure)
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(1)
    expect(now).toBe(start)
  })

  it('does not attach again when the role already has the policy (on a later page)', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    iamMock
      .on(ListAttachedRolePoliciesCommand)
      .resolvesOnce({
        AttachedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/Other' }],
        IsTruncated: true,
        Marker: 'page2'
      })
      .resolvesOnce({ AttachedPolicies: [{ PolicyArn: POLICY_ARN }], IsTruncated: false })

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(iamMock.commandCalls(ListAttachedRolePoliciesCommand)[1]!.args[0].input.Marker).toBe(
      'page2'
    )
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(0)
    expect(result.attached).toBe(false)
    expect(reporter.text()).toContain('already attached')
  })

  it('attaches an existing, unchanged policy the role lacks', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies()
    iamMock.on(AttachRolePolicyCommand).resolves({})

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result).toMatchObject({ changed: false, attached: true })
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(1)
  })

  it('says how to create a missing role and changes nothing', async () => {
    iamMock
      .on(GetRoleCommand)
      .rejects(noSuchEntity('The role with name TokenRole cannot be found.'))
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())
    iamMock.on(CreatePolicyCommand).resolves({ Policy: { Arn: POLICY_ARN } })

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).subject).toBe('role-name')
    expect(error.message).toContain('TokenRole does not exist')
    expect(error.message).toContain('--provision true')
    expect(error.message).toContain('credentials.iot.amazonaws.com')
    expect(mutatingCalls()).toBe(0)
  })

  it('waits out IAM propagation when attaching the policy it just created', async () => {
    roleExists()
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())
    iamMock
      .on(CreatePolicyCommand)
      .resolves({ Policy: { Arn: POLICY_ARN, DefaultVersionId: 'v1' } })
    iamMock
      .on(AttachRolePolicyCommand)
      .rejectsOnce(noSuchEntity('Policy does not exist or is not attachable.'))
      .rejectsOnce(noSuchEntity('Policy does not exist or is not attachable.'))
      .resolves({})

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result.attached).toBe(true)
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(3)
    expect(now).toBeGreaterThan(start)
  })

  it('gives up on propagation after about two minutes', async () => {
    roleExists()
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())
    iamMock
      .on(CreatePolicyCommand)
      .resolves({ Policy: { Arn: POLICY_ARN, DefaultVersionId: 'v1' } })
    iamMock.on(AttachRolePolicyCommand).rejects(noSuchEntity('Policy does not exist.'))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('Policy does not exist.')
    expect(now - start).toBeGreaterThanOrEqual(120_000)
    expect(now - start).toBeLessThan(150_000)
  })

  it('fails fast on NoSuchEntity when attaching a policy it did not just create', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies()
    iamMock.on(AttachRolePolicyCommand).rejects(noSuchEntity('Policy does not exist.'))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(StepFailure)
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(1)
    expect(now).toBe(start)
  })

  it('finishes on a rerun what a crash left half done (created, not attached)', async () => {
    let stored: string | undefined
    roleExists()
    iamMock.on(GetPolicyCommand).callsFake(() => {
      if (!stored) throw noSuchEntity()
      return { Policy: { Arn: POLICY_ARN, DefaultVersionId: 'v1' } }
    })
    iamMock.on(CreatePolicyCommand).callsFake(input => {
      stored = input.PolicyDocument
      return { Policy: { Arn: POLICY_ARN, DefaultVersionId: 'v1' } }
    })
    iamMock
      .on(GetPolicyVersionCommand)
      .callsFake(() => ({ PolicyVersion: { Document: iamEncode(stored!), VersionId: 'v1' } }))
    attachedPolicies()
    let crashed = false
    iamMock.on(AttachRolePolicyCommand).callsFake(() => {
      if (crashed) return {}
      crashed = true
      throw new ServiceFailureException({ message: 'connection reset', $metadata: {} })
    })

    const first = await rejection(attachPolicy(inputs(), { iam }, context()))
    expect(first).toBeInstanceOf(StepFailure)
    expect(first.message).toContain('Rerun')

    iamMock.resetHistory()
    const rerun = await attachPolicy(inputs(), { iam }, context())

    expect(rerun).toMatchObject({ created: false, changed: false, attached: true })
    expect(iamMock.commandCalls(CreatePolicyCommand)).toHaveLength(0)
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(0)
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(1)
  })

  it('carries on with the existing policy when another run created it first', async () => {
    roleExists()
    iamMock
      .on(GetPolicyCommand)
      .rejectsOnce(noSuchEntity())
      .resolves({ Policy: { Arn: POLICY_ARN, DefaultVersionId: 'v1' } })
    iamMock
      .on(CreatePolicyCommand)
      .rejects(new EntityAlreadyExistsException({ message: 'already exists', $metadata: {} }))
    iamMock
      .on(GetPolicyVersionCommand)
      .resolves({ PolicyVersion: { Document: iamEncode(JSON.stringify(wanted())) } })
    attachedPolicies()
    // Created seconds ago by the other run: IAM may not let it be attached yet.
    iamMock
      .on(AttachRolePolicyCommand)
      .rejectsOnce(noSuchEntity('Policy does not exist or is not attachable.'))
      .resolves({})

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result).toMatchObject({ created: false, changed: false, attached: true })
    expect(result.policyVersion).toBe('v1')
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(0)
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(2)
  })

  it('turns IAM rejecting the document into a configuration error naming the template', async () => {
    roleExists()
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())
    iamMock
      .on(CreatePolicyCommand)
      .rejects(
        new MalformedPolicyDocumentException({ message: 'Invalid principal', $metadata: {} })
      )

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(FIXTURE)
    expect(error.message).toContain('Invalid principal')
  })

  it('names the permission the CI role lacks when IAM denies access', async () => {
    roleExists()
    policyExists(iamEncode('{"Version":"2012-10-17","Statement":[]}'), 'v1')
    versions(1, 'v1')
    const denied = Object.assign(
      new Error(
        'User: arn:aws:sts::1:assumed-role/ci is not authorized to perform: iam:CreatePolicyVersion'
      ),
      { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }
    )
    iamMock.on(CreatePolicyVersionCommand).rejects(denied)

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('is not authorized to perform')
    expect(error.message).toContain(`Allow iam:CreatePolicyVersion on ${POLICY_ARN}`)
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(1)
  })

  it('retries the new version while IAM still counts the version it just deleted', async () => {
    roleExists()
    policyExists(iamEncode('{"Version":"2012-10-17","Statement":[]}'), 'v5')
    versions(5, 'v5')
    iamMock.on(DeletePolicyVersionCommand).resolves({})
    iamMock
      .on(CreatePolicyVersionCommand)
      .rejectsOnce(
        new LimitExceededException({
          message: 'Cannot exceed quota for PolicyVersions',
          $metadata: {}
        })
      )
      .resolves({ PolicyVersion: { VersionId: 'v6' } })
    attachedPolicies(POLICY_ARN)

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result).toMatchObject({ deletedVersion: 'v1', policyVersion: 'v6', changed: true })
    expect(iamMock.commandCalls(DeletePolicyVersionCommand)).toHaveLength(1)
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(2)
    expect(now).toBeGreaterThan(start)
  })

  describe('problems found before any call', () => {
    it('a template over the size limit', async () => {
      const statements = Array.from({ length: 60 }, (_, i) => ({
        Sid: `S${i}`,
        Effect: 'Allow',
        Action: ['dynamodb:PutItem', 'dynamodb:GetItem'],
        Resource: `arn:aws:dynamodb:{AWS_REGION}:{AWS_ACCOUNT_ID}:table/{TABLE_NAME}-${i}`
      }))
      const file = template(
        'large.json',
        JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
      )

      const error = await rejection(attachPolicy(inputs({ policy: file }), { iam }, context()))

      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error.message).toMatch(
        /has \d+ characters without whitespace; IAM allows at most 6144/
      )
      expect(iamMock.calls()).toHaveLength(0)
    })

    it('bad JSON, named by file and line', async () => {
      const file = template(
        'bad.json',
        [
          '{',
          '  "Version": "2012-10-17",',
          '  "Statement": [',
          '    {',
          '      "Effect": "Allow",',
          '      "Action": ["dynamodb:PutItem"],',
          '      "Resource": "arn:aws:dynamodb:{AWS_REGION}:{AWS_ACCOUNT_ID}:table/{TABLE_NAME}",',
          '    }',
          '  ]',
          '}'
        ].join('\n')
      )

      const error = await rejection(attachPolicy(inputs({ policy: file }), { iam }, context()))

      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error.message).toContain(`${file}:8:`)
      expect(iamMock.calls()).toHaveLength(0)
    })

    it('an unknown placeholder, named by file and line', async () => {
      const file = template(
        'unknown.json',
        readFileSync(FIXTURE, 'utf8').replace('table/{TABLE_NAME}', 'table/{TABLE_NAEM}')
      )

      const error = await rejection(attachPolicy(inputs({ policy: file }), { iam }, context()))

      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error.message).toContain(`${file}:20: unknown placeholder {TABLE_NAEM}`)
      expect(iamMock.calls()).toHaveLength(0)
    })

    it('a template file that does not exist, naming the policy input', async () => {
      const error = await rejection(
        attachPolicy(inputs({ policy: join(dir, 'nope.json') }), { iam }, context())
      )

      expect(error).toBeInstanceOf(ConfigurationError)
      expect((error as ConfigurationError).subject).toBe('policy')
      expect(error.message).toContain("Input 'policy'")
      expect(iamMock.calls()).toHaveLength(0)
    })
  })

  describe('dry run', () => {
    const onlyReads = () => calledNames().every(n => n.startsWith('Get') || n.startsWith('List'))

    it('for a missing policy says it would create and attach it, and only reads', async () => {
      roleExists()
      iamMock.on(GetPolicyCommand).rejects(noSuchEntity())

      const result = await attachPolicy(inputs({ dryRun: true }), { iam }, context())

      expect(result).toMatchObject({ created: true, changed: true, attached: true })
      expect(result.policyVersion).toBe('none')
      expect(result.diff).toContain('+   "Version": "2012-10-17"')
      expect(mutatingCalls()).toBe(0)
      expect(onlyReads()).toBe(true)
    })

    it('for a changed policy at five versions shows the diff and what it would delete', async () => {
      const old = wanted()
      ;(old.Statement as Record<string, unknown>[])[2]!.Action = ['dynamodb:GetItem']
      roleExists()
      policyExists(iamEncode(JSON.stringify(old)), 'v5')
      versions(5, 'v5')
      attachedPolicies()

      const result = await attachPolicy(inputs({ dryRun: true }), { iam }, context())

      expect(result).toMatchObject({
        created: false,
        changed: true,
        attached: true,
        deletedVersion: 'v1',
        policyVersion: 'v5'
      })
      expect(result.diff).toContain('-         "dynamodb:GetItem"')
      expect(result.diff).toContain('+         "dynamodb:PutItem"')
      expect(mutatingCalls()).toBe(0)
      expect(onlyReads()).toBe(true)
      expect(iamMock.commandCalls(ListPolicyVersionsCommand)).toHaveLength(1)
    })
  })
})

/**
 * IAM's policy versions as state, for lost answers: `lose` names calls whose request IAM
 * carries out and whose answer never arrives, which the SDK then sends again (what a
 * connection reset after the work does; a mocked client has no SDK retry of its own).
 */
function statefulPolicy(count: number, lose: Set<'create' | 'delete'>) {
  const old = iamEncode('{"Version":"2012-10-17","Statement":[]}')
  let next = count + 1
  const state = Array.from({ length: count }, (_, i) => ({
    id: `v${i + 1}`,
    document: old,
    created: new Date(start - (count - i) * 86_400_000)
  }))
  let defaultId = `v${count}`
  const find = (id?: string) => state.find(v => v.id === id)
  iamMock.on(GetPolicyCommand).callsFake(async () => ({
    Policy: { Arn: POLICY_ARN, PolicyName: 'DevicePolicy', DefaultVersionId: defaultId }
  }))
  iamMock.on(GetPolicyVersionCommand).callsFake(async input => {
    const version = find(input.VersionId)
    if (!version) throw noSuchEntity(`Policy version ${input.VersionId} not found`)
    return { PolicyVersion: { VersionId: version.id, Document: version.document } }
  })
  iamMock.on(ListPolicyVersionsCommand).callsFake(async () => ({
    Versions: state.map(v => ({
      VersionId: v.id,
      IsDefaultVersion: v.id === defaultId,
      CreateDate: v.created
    })),
    IsTruncated: false
  }))
  const create = (document: string) => {
    if (state.length >= MAX_POLICY_VERSIONS) {
      throw new LimitExceededException({
        message: 'A managed policy can have up to 5 versions.',
        $metadata: { httpStatusCode: 409 }
      })
    }
    const id = `v${next++}`
    state.push({ id, document: iamEncode(document), created: new Date(now) })
    defaultId = id
    return { PolicyVersion: { VersionId: id, IsDefaultVersion: true } }
  }
  iamMock.on(CreatePolicyVersionCommand).callsFake(async input => {
    if (lose.delete('create')) create(input.PolicyDocument!)
    return create(input.PolicyDocument!)
  })
  const remove = (id?: string) => {
    const at = state.findIndex(v => v.id === id)
    if (at < 0) throw noSuchEntity(`Policy ${POLICY_ARN} version ${id} does not exist.`)
    state.splice(at, 1)
    return {}
  }
  iamMock.on(DeletePolicyVersionCommand).callsFake(async input => {
    if (lose.delete('delete')) remove(input.VersionId)
    return remove(input.VersionId)
  })
  return {
    state,
    defaultDocument: () => decodePolicyDocument(find(defaultId)!.document)
  }
}

describe('lost IAM answers', () => {
  it('under five versions: a create sent twice leaves one new version, the default', async () => {
    roleExists()
    attachedPolicies(POLICY_ARN)
    const iamState = statefulPolicy(2, new Set(['create']))

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(iamState.state.map(v => v.id)).toEqual(['v1', 'v2', 'v4'])
    expect(iamState.defaultDocument()).toEqual(wanted())
    expect(result).toMatchObject({ changed: true, policyVersion: 'v4' })
  })

  it('at five versions: a lost answer to the create is success, at once, not a quota error', async () => {
    roleExists()
    attachedPolicies(POLICY_ARN)
    const iamState = statefulPolicy(5, new Set(['create']))

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result).toMatchObject({ changed: true, policyVersion: 'v6', deletedVersion: 'v1' })
    expect(iamState.defaultDocument()).toEqual(wanted())
    expect(iamState.state).toHaveLength(MAX_POLICY_VERSIONS)
    expect(now - start).toBeLessThan(5_000)
  })

  it('a delete sent twice: NoSuchEntity for the version it deleted is no failure', async () => {
    roleExists()
    attachedPolicies(POLICY_ARN)
    const iamState = statefulPolicy(5, new Set(['delete']))

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result).toMatchObject({ changed: true, policyVersion: 'v6', deletedVersion: 'v1' })
    expect(iamState.state.map(v => v.id)).toEqual(['v2', 'v3', 'v4', 'v5', 'v6'])
  })

  it('a delete of a version that is still there fails with IAM’s message', async () => {
    roleExists()
    statefulPolicy(5, new Set())
    iamMock.on(DeletePolicyVersionCommand).rejects(noSuchEntity('Policy not found'))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('Policy not found')
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(0)
  })
})
