// The device policy step: created or updated only when the document changes as data, attached
// once, IAM's version limit and eventual consistency handled, and a dry run that only reads.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  EntityAlreadyExistsException,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  LimitExceededException,
  ListAttachedRolePoliciesCommand,
  ListPolicyVersionsCommand,
  MalformedPolicyDocumentException,
  ServiceFailureException
} from '@aws-sdk/client-iam'
import { attachPolicy } from '../../../../src/core/policy/attach-policy.js'
import { decodePolicyDocument } from '../../../../src/core/policy/document.js'
import { ConfigurationError, StepFailure } from '../../../../src/core/shared/errors.js'
import {
  FIXTURE,
  ACCOUNT,
  POLICY_ARN,
  iamMock,
  iam,
  template,
  inputs,
  now,
  start,
  reporter,
  context,
  wanted,
  iamEncode,
  reformatted,
  noSuchEntity,
  mutatingCalls,
  calledNames,
  roleExists,
  policyExists,
  attachedPolicies,
  versions,
  rejection,
  resetPolicyTest,
  scratchDir
} from './helpers.js'

beforeEach(resetPolicyTest)

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
        attachPolicy(inputs({ policy: join(scratchDir(), 'nope.json') }), { iam }, context())
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
