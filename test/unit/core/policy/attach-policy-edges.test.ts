// The device policy step at its edges: what the user is told at each turn, the permission a
// denied call names, the role's trust, the preflight's work reused, and a policy another run
// created under another path.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  EntityAlreadyExistsException,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  LimitExceededException,
  ListAttachedRolePoliciesCommand,
  ServiceFailureException
} from '@aws-sdk/client-iam'
import { attachPolicy, policyDocument } from '../../../../src/core/policy/attach-policy.js'
import { ConfigurationError, StepFailure } from '../../../../src/core/shared/errors.js'
import { MemoryReporter } from '../../../../src/core/shared/report.js'
import {
  FIXTURE,
  POLICY_ARN,
  ROLE_ARN,
  BOUNDARY,
  iamMock,
  iam,
  inputs,
  now,
  start,
  reporter,
  context,
  wanted,
  iamEncode,
  noSuchEntity,
  calledNames,
  roleExists,
  policyExists,
  attachedPolicies,
  rejection,
  resetPolicyTest,
  scratchDir,
  denied
} from './helpers.js'

beforeEach(resetPolicyTest)

/** A policy that does not exist yet, and IAM's answer to creating it. */
function policyMissing(created: object = { Policy: { Arn: POLICY_ARN, DefaultVersionId: 'v1' } }) {
  iamMock.on(GetPolicyCommand).rejects(noSuchEntity())
  iamMock.on(CreatePolicyCommand).resolves(created)
  iamMock.on(AttachRolePolicyCommand).resolves({})
}

/** What the user is told, debug lines left out. */
const told = () => reporter.lines.filter(l => !l.startsWith('debug:'))

describe('what the user is told', () => {
  it('creating a missing policy: each step in turn', async () => {
    roleExists()
    policyMissing()

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(told()).toEqual([
      `Role TokenRole exists (${ROLE_ARN}).`,
      'Policy DevicePolicy does not exist; creating it.',
      result.diff,
      `Created ${POLICY_ARN} (v1).`,
      'Attached policy DevicePolicy to role TokenRole.'
    ])
    expect(reporter.lines).toContainEqual(
      `debug: Rendered ${FIXTURE}: ${result.document.length} characters (IAM allows 6144).`
    )
  })

  it('a dry run says it only reads, and what it would create and attach', async () => {
    roleExists()
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())

    await attachPolicy(inputs({ dryRun: true }), { iam }, context())

    expect(reporter.lines).toContainEqual('Dry run: reading only; no IAM change is made.')
    expect(reporter.lines).toContainEqual('Policy DevicePolicy does not exist; would create it.')
  })

  it('a dry run for an existing policy the role lacks says it would attach it', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies()

    const result = await attachPolicy(inputs({ dryRun: true }), { iam }, context())

    expect(result).toMatchObject({ changed: false, attached: true })
    expect(reporter.lines).toContainEqual('Would attach policy DevicePolicy to role TokenRole.')
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(0)
  })

  it('a real run does not say it is a dry run', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies(POLICY_ARN)

    await attachPolicy(inputs(), { iam }, context())

    expect(reporter.lines.filter(l => l.includes('Dry run'))).toEqual([])
  })

  it('a policy IAM created without naming its version is at v1', async () => {
    roleExists()
    policyMissing({})

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result).toMatchObject({ created: true, changed: true, policyVersion: 'v1' })
    expect(calledNames().filter(n => n === 'GetPolicyCommand')).toHaveLength(1)
  })
})

describe('the role check', () => {
  it('asks for the role by name and says the ARN IAM gives it', async () => {
    roleExists(BOUNDARY, {
      Arn: 'arn:aws:iam::123456789012:role/devices/TokenRole',
      AssumeRolePolicyDocument: undefined
    })
    policyMissing()

    await attachPolicy(inputs(), { iam }, context())

    expect(iamMock.commandCalls(GetRoleCommand)[0]!.args[0].input).toEqual({
      RoleName: 'TokenRole'
    })
    expect(told()[0]).toBe(
      'Role TokenRole exists (arn:aws:iam::123456789012:role/devices/TokenRole).'
    )
    expect(reporter.lines.filter(l => l.startsWith('warning:'))).toEqual([])
  })

  it('an answer without the role: the ARN it expects, and no warning', async () => {
    iamMock.on(GetRoleCommand).resolves({})
    policyMissing()

    await attachPolicy(inputs(), { iam }, context())

    expect(told()[0]).toBe(`Role TokenRole exists (${ROLE_ARN}).`)
    expect(reporter.lines.filter(l => l.startsWith('warning:'))).toEqual([])
  })

  it('warns when the role does not trust the IoT credentials provider, and carries on', async () => {
    roleExists(BOUNDARY, {
      AssumeRolePolicyDocument: iamEncode(
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
      )
    })
    policyMissing()

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(reporter.lines.filter(l => l.startsWith('warning:'))).toEqual([
      'warning: Role TokenRole does not trust credentials.iot.amazonaws.com, so Greengrass devices cannot assume it through their token exchange role alias.'
    ])
    expect(result.attached).toBe(true)
  })

  it('reads a trust policy that is not URL-encoded, % signs and all', async () => {
    roleExists(BOUNDARY, {
      AssumeRolePolicyDocument:
        '{"Statement":[{"Sid":"100%","Principal":{"Service":"credentials.iot.amazonaws.com"}}]}'
    })
    policyMissing()

    await attachPolicy(inputs(), { iam }, context())

    expect(reporter.lines.filter(l => l.startsWith('warning:'))).toEqual([])
  })

  it('names the permission when GetRole is denied, rather than calling the role missing', async () => {
    iamMock.on(GetRoleCommand).rejects(denied('iam:GetRole'))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`Allow iam:GetRole on ${ROLE_ARN}`)
    expect(error.message).not.toContain('does not exist')
  })

  it('takes the preflight’s check of the role instead of asking again', async () => {
    const notes = new MemoryReporter()
    notes.info('Role TokenRole exists (checked by the preflight).')
    notes.warning('Role TokenRole has no permissions boundary.')
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies(POLICY_ARN)
    const document = await policyDocument(inputs())

    await attachPolicy(
      inputs({ policy: join(scratchDir(), 'never-read.json') }),
      { iam },
      context(),
      {
        document,
        role: { roleArn: ROLE_ARN, notes }
      }
    )

    expect(iamMock.commandCalls(GetRoleCommand)).toHaveLength(0)
    expect(told().slice(0, 2)).toEqual([
      'Role TokenRole exists (checked by the preflight).',
      'warning: Role TokenRole has no permissions boundary.'
    ])
  })

  it('checks the role again when the preflight checked another one', async () => {
    roleExists()
    const notes = new MemoryReporter()
    notes.info('Role OtherRole exists.')
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies(POLICY_ARN)

    await attachPolicy(inputs(), { iam }, context(), {
      role: { roleArn: ROLE_ARN.replace('TokenRole', 'OtherRole'), notes }
    })

    expect(iamMock.commandCalls(GetRoleCommand)).toHaveLength(1)
    expect(reporter.lines).not.toContain('Role OtherRole exists.')
  })
})

describe('the template input', () => {
  it('an empty policy input says it is required', async () => {
    const error = await rejection(policyDocument(inputs({ policy: '' })))

    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).subject).toBe('policy')
    expect(error.message).toContain("Input 'policy' is required")
  })

  it('a missing file is named, relative to the working directory', async () => {
    const file = join(scratchDir(), 'nope.json')

    const error = await rejection(policyDocument(inputs({ policy: file })))

    expect(error.message).toContain(`${file} does not exist (relative to ${process.cwd()})`)
  })
})

describe('denied calls name the permission to add', () => {
  it('iam:ListAttachedRolePolicies', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    iamMock.on(ListAttachedRolePoliciesCommand).rejects(denied('iam:ListAttachedRolePolicies'))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`Allow iam:ListAttachedRolePolicies on ${ROLE_ARN}`)
  })

  it('iam:AttachRolePolicy', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies()
    iamMock.on(AttachRolePolicyCommand).rejects(denied('iam:AttachRolePolicy'))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`Allow iam:AttachRolePolicy on ${ROLE_ARN}`)
  })

  it('iam:CreatePolicy', async () => {
    roleExists()
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())
    iamMock.on(CreatePolicyCommand).rejects(denied('iam:CreatePolicy'))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`Allow iam:CreatePolicy on ${POLICY_ARN}`)
  })
})

describe('creating the policy', () => {
  it('says what to do when the account has as many policies as IAM allows', async () => {
    roleExists()
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())
    iamMock.on(CreatePolicyCommand).rejects(
      new LimitExceededException({
        message: 'Cannot exceed quota for PoliciesPerAccount',
        $metadata: {}
      })
    )

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toBe(
      `iam:CreatePolicy on ${POLICY_ARN} hit an IAM quota: Cannot exceed quota for PoliciesPerAccount. The account has as many customer managed policies as IAM allows: delete unused ones, or set policy-name to an existing policy.`
    )
    expect(iamMock.commandCalls(CreatePolicyCommand)).toHaveLength(1)
  })

  it('attaches a role policies page without a list as not attached', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    iamMock.on(ListAttachedRolePoliciesCommand).resolves({ IsTruncated: false })
    iamMock.on(AttachRolePolicyCommand).resolves({})

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result.attached).toBe(true)
    expect(reporter.lines).toContainEqual('Attached policy DevicePolicy to role TokenRole.')
  })
})

describe('another run created the policy first', () => {
  const alreadyExists = () =>
    new EntityAlreadyExistsException({ message: 'already exists', $metadata: {} })

  it('waits for IAM to show it, then updates it', async () => {
    roleExists()
    iamMock
      .on(GetPolicyCommand)
      .rejectsOnce(noSuchEntity())
      .rejectsOnce(noSuchEntity())
      .rejectsOnce(noSuchEntity())
      .resolves({ Policy: { Arn: POLICY_ARN, DefaultVersionId: 'v1' } })
    iamMock.on(CreatePolicyCommand).rejects(alreadyExists())
    iamMock
      .on(GetPolicyVersionCommand)
      .resolves({ PolicyVersion: { Document: iamEncode(JSON.stringify(wanted())) } })
    attachedPolicies(POLICY_ARN)

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result).toMatchObject({ created: false, changed: false, policyVersion: 'v1' })
    expect(iamMock.commandCalls(GetPolicyCommand)).toHaveLength(4)
    expect(reporter.lines).toContainEqual(
      'Policy DevicePolicy was created by someone else meanwhile; updating it.'
    )
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(0)
  })

  it('after half a minute without it: a policy of that name under another path', async () => {
    roleExists()
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())
    iamMock.on(CreatePolicyCommand).rejects(alreadyExists())

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).subject).toBe('policy-name')
    expect(error.message).toBe(
      `A managed policy named DevicePolicy exists, but not as ${POLICY_ARN} (it has another path). Set 'policy-name' to another name, or delete that policy.`
    )
    expect(now - start).toBeGreaterThanOrEqual(30_000)
    expect(now - start).toBeLessThan(45_000)
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(0)
  })
})

describe('IAM’s errors, as send() and getPolicy() read them', () => {
  it('asks for the policy by ARN', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies(POLICY_ARN)

    await attachPolicy(inputs(), { iam }, context())

    expect(iamMock.commandCalls(GetPolicyCommand)[0]!.args[0].input).toEqual({
      PolicyArn: POLICY_ARN
    })
  })

  it('takes the wire code NoSuchEntity (no …Exception) for a missing policy too', async () => {
    roleExists()
    policyMissing()
    iamMock
      .on(GetPolicyCommand)
      .rejects(Object.assign(new Error('not found'), { name: 'NoSuchEntity', $metadata: {} }))

    const result = await attachPolicy(inputs(), { iam }, context())

    expect(result).toMatchObject({ created: true, attached: true })
  })

  it('fails on any other GetPolicy error, naming the call, and creates nothing', async () => {
    roleExists()
    policyMissing()
    iamMock
      .on(GetPolicyCommand)
      .rejects(new ServiceFailureException({ message: 'service failure', $metadata: {} }))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain(`iam:GetPolicy on ${POLICY_ARN} failed`)
    expect(iamMock.commandCalls(CreatePolicyCommand)).toHaveLength(0)
  })

  it('a quota without advice: the call, the resource and IAM’s message', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies()
    iamMock.on(AttachRolePolicyCommand).rejects(
      new LimitExceededException({
        message: 'Cannot exceed quota for PoliciesPerRole: 10',
        $metadata: {}
      })
    )

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toBe(
      `iam:AttachRolePolicy on ${ROLE_ARN} hit an IAM quota: Cannot exceed quota for PoliciesPerRole: 10.`
    )
  })

  it('does not retry a LimitExceeded as throttling, even one with HTTP status 429', async () => {
    roleExists()
    policyExists(iamEncode(JSON.stringify(wanted())))
    attachedPolicies()
    iamMock
      .on(AttachRolePolicyCommand)
      .rejects(new LimitExceededException({ message: 'quota', $metadata: { httpStatusCode: 429 } }))

    const error = await rejection(attachPolicy(inputs(), { iam }, context()))

    expect(error.message).toContain('hit an IAM quota')
    expect(iamMock.commandCalls(AttachRolePolicyCommand)).toHaveLength(1)
    expect(now).toBe(start)
  })
})
