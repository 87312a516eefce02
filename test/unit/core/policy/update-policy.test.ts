// updatePolicy on its own: which IAM calls it makes, in what order and with what arguments,
// which version it deletes at IAM's limit, what it reads back before it calls a failed create
// a failure, and what the user is told.
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  LimitExceededException,
  ListPolicyVersionsCommand,
  MalformedPolicyDocumentException,
  type Policy,
  type PolicyVersion,
  ServiceFailureException
} from '@aws-sdk/client-iam'
import { updatePolicy } from '../../../../src/core/policy/versions.js'
import { ConfigurationError, StepFailure } from '../../../../src/core/shared/errors.js'
import {
  FIXTURE,
  POLICY_ARN,
  iamMock,
  iam,
  start,
  reporter,
  context,
  wanted,
  iamEncode,
  noSuchEntity,
  calledNames,
  rejection,
  resetPolicyTest,
  denied
} from './helpers.js'

beforeEach(resetPolicyTest)

const OLD = iamEncode('{"Version":"2012-10-17","Statement":[]}')
const OTHER = iamEncode(
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/k"}]}'
)
const WANTED = () => iamEncode(JSON.stringify(wanted()))
const day = (n: number) => new Date(start - (10 - n) * 86_400_000)

function update(over: { dryRun?: boolean } = {}, policy: Policy = { DefaultVersionId: 'v3' }) {
  return updatePolicy(
    iam,
    context(),
    { Arn: POLICY_ARN, ...policy },
    {
      policyArn: POLICY_ARN,
      document: JSON.stringify(wanted()),
      file: FIXTURE,
      dryRun: false,
      ...over
    }
  )
}

/** IAM's answer for one version's document. */
function versionHolds(id: string, document: string | undefined): void {
  iamMock
    .on(GetPolicyVersionCommand, { PolicyArn: POLICY_ARN, VersionId: id })
    .resolves({ PolicyVersion: { VersionId: id, Document: document } })
}

/** ListPolicyVersions, one page. */
function listed(...list: PolicyVersion[]): void {
  iamMock.on(ListPolicyVersionsCommand).resolves({ Versions: list, IsTruncated: false })
}

/** Version n, created on day n unless `created` is null (IAM's answer without a date). */
const v = (n: number, isDefault = false, created: Date | null = day(n)): PolicyVersion => ({
  VersionId: `v${n}`,
  IsDefaultVersion: isDefault,
  CreateDate: created ?? undefined
})

const deletedIds = () =>
  iamMock.commandCalls(DeletePolicyVersionCommand).map(c => c.args[0].input.VersionId)

describe('reading the default version', () => {
  it('reads the version the policy names as default, v1 when it names none', async () => {
    versionHolds('v1', WANTED())

    const result = await update({}, {})

    expect(result).toEqual({ policyVersion: 'v1', changed: false })
    expect(iamMock.commandCalls(GetPolicyVersionCommand)[0]!.args[0].input).toEqual({
      PolicyArn: POLICY_ARN,
      VersionId: 'v1'
    })
    expect(reporter.lines).toEqual([`Policy ${POLICY_ARN} is up to date (default version v1).`])
  })

  it.each([
    ['a document that is not JSON', 'not%20json'],
    ['no document at all', undefined]
  ])('replaces a default version holding %s, with a warning', async (_, document) => {
    versionHolds('v3', document)
    listed(v(1), v(2), v(3, true))
    iamMock.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v4' } })

    const result = await update()

    expect(result).toMatchObject({ policyVersion: 'v4', changed: true })
    expect(result.diff!.split('\n').every(line => line.startsWith('+ '))).toBe(true)
    expect(reporter.lines).toContainEqual(
      `warning: The document of ${POLICY_ARN} v3 could not be read; replacing it.`
    )
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(1)
  })

  it('says nothing is wrong with a default version it could read', async () => {
    versionHolds('v3', OLD)
    listed(v(1), v(2), v(3, true))
    iamMock.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v4' } })

    await update()

    expect(reporter.lines.filter(l => l.startsWith('warning:'))).toEqual([])
    expect(reporter.lines).toContainEqual(
      `Created version v4 of ${POLICY_ARN} and made it the default.`
    )
  })
})

describe('the calls IAM denies name the permission to add', () => {
  it.each([
    ['iam:GetPolicyVersion', () => iamMock.on(GetPolicyVersionCommand)],
    ['iam:ListPolicyVersions', () => iamMock.on(ListPolicyVersionsCommand)],
    ['iam:DeletePolicyVersion', () => iamMock.on(DeletePolicyVersionCommand)]
  ])('%s', async (action, on) => {
    versionHolds('v3', OLD)
    listed(v(1), v(2), v(3, true), v(4), v(5))
    on().rejects(denied(action))

    const error = await rejection(update())

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`Allow ${action} on ${POLICY_ARN}`)
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(0)
  })

  it('iam:GetPolicyVersion, when checking a new version for a duplicate', async () => {
    versionHolds('v3', OLD)
    iamMock
      .on(ListPolicyVersionsCommand)
      .resolvesOnce({ Versions: [v(2), v(3, true)] })
      .resolves({ Versions: [v(2), v(3), v(4, true), v(5)] })
    iamMock.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v4' } })
    iamMock.on(GetPolicyVersionCommand, { VersionId: 'v5' }).rejects(denied('GetPolicyVersion'))

    const error = await rejection(update())

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`Allow iam:GetPolicyVersion on ${POLICY_ARN}`)
  })
})

describe('at IAM’s limit of five versions', () => {
  it('deletes the oldest by creation date, whatever order IAM lists them in', async () => {
    versionHolds('v5', OLD)
    listed(v(4), v(5, true), v(2), v(3), v(6))
    iamMock.on(DeletePolicyVersionCommand).resolves({})
    iamMock.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v7' } })

    const result = await update({}, { DefaultVersionId: 'v5' })

    expect(iamMock.commandCalls(DeletePolicyVersionCommand)[0]!.args[0].input).toEqual({
      PolicyArn: POLICY_ARN,
      VersionId: 'v2'
    })
    expect(result).toMatchObject({ deletedVersion: 'v2', policyVersion: 'v7' })
    expect(reporter.lines).toContainEqual(
      `${POLICY_ARN} has 5 versions, IAM's maximum: deleting the oldest non-default one, v2.`
    )
  })

  it('takes a version without a creation date for the oldest', async () => {
    versionHolds('v5', OLD)
    listed(v(2), v(3), v(4, false, null), v(5, true), v(6, false, null), v(7))
    iamMock.on(DeletePolicyVersionCommand).resolves({})
    iamMock.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v8' } })

    const result = await update({}, { DefaultVersionId: 'v5' })

    expect(result.deletedVersion).toBe('v4')
  })

  it('deletes neither the version it read as default nor one IAM now lists as default', async () => {
    // The default changed between GetPolicy and the listing: both are kept.
    versionHolds('v1', OLD)
    listed(v(1), v(2), v(3), v(4), v(5, true))
    iamMock.on(DeletePolicyVersionCommand).resolves({})
    iamMock.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v6' } })

    const result = await update({}, { DefaultVersionId: 'v1' })

    expect(deletedIds()).toEqual(['v2'])
    expect(result.deletedVersion).toBe('v2')
  })

  it('counts the versions on every page of the listing', async () => {
    versionHolds('v5', OLD)
    iamMock
      .on(ListPolicyVersionsCommand)
      .resolves({ Versions: [v(1), v(2), v(3)], IsTruncated: true, Marker: 'page2' })
    iamMock
      .on(ListPolicyVersionsCommand, { Marker: 'page2' })
      .resolves({ Versions: [v(4), v(5, true)], IsTruncated: false })
    iamMock.on(DeletePolicyVersionCommand).resolves({})
    iamMock.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v6' } })

    const result = await update({}, { DefaultVersionId: 'v5' })

    expect(result.deletedVersion).toBe('v1')
    const lists = iamMock.commandCalls(ListPolicyVersionsCommand).map(c => c.args[0].input)
    expect(lists.slice(0, 2)).toEqual([
      { PolicyArn: POLICY_ARN, Marker: undefined },
      { PolicyArn: POLICY_ARN, Marker: 'page2' }
    ])
  })

  it('in a dry run says what it would delete and create, and does neither', async () => {
    versionHolds('v5', OLD)
    listed(v(1), v(2), v(3), v(4), v(5, true))

    const result = await update({ dryRun: true }, { DefaultVersionId: 'v5' })

    expect(result).toMatchObject({ policyVersion: 'v5', changed: true, deletedVersion: 'v1' })
    expect(reporter.lines).toContainEqual(
      `${POLICY_ARN} has 5 versions, IAM's maximum: would delete the oldest non-default one, v1.`
    )
    expect(reporter.lines).toContainEqual(`Would create a new default version of ${POLICY_ARN}.`)
    expect(calledNames()).toEqual(['GetPolicyVersionCommand', 'ListPolicyVersionsCommand'])
  })
})

describe('a create that failed, as far as the answers go', () => {
  const failure = () => new ServiceFailureException({ message: 'connection reset', $metadata: {} })

  it('is success when IAM’s default is now a new version with this document', async () => {
    versionHolds('v3', OLD)
    versionHolds('v4', WANTED())
    listed(v(1), v(2), v(3, true))
    iamMock.on(CreatePolicyVersionCommand).rejects(failure())
    iamMock.on(GetPolicyCommand).resolves({ Policy: { DefaultVersionId: 'v4' } })

    const result = await update()

    expect(result).toMatchObject({ policyVersion: 'v4', changed: true })
    expect(reporter.lines).toContainEqual(
      `${POLICY_ARN} already has this document as its default version v4.`
    )
    expect(iamMock.commandCalls(CreatePolicyVersionCommand)).toHaveLength(1)
  })

  it.each([
    ['the default is still the version it started from', 'v3'],
    ['the new default holds another document (another run’s)', 'v4']
  ])('fails with IAM’s error when %s', async (_, defaultId) => {
    versionHolds('v3', OLD)
    versionHolds('v4', OTHER)
    listed(v(1), v(2), v(3, true))
    iamMock.on(CreatePolicyVersionCommand).rejects(failure())
    iamMock.on(GetPolicyCommand).resolves({ Policy: { DefaultVersionId: defaultId } })

    const error = await rejection(update())

    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('iam:CreatePolicyVersion')
    expect(error.message).toContain('connection reset')
  })

  it('fails with IAM’s error when the policy is gone', async () => {
    versionHolds('v3', OLD)
    listed(v(1), v(2), v(3, true))
    iamMock.on(CreatePolicyVersionCommand).rejects(failure())
    iamMock.on(GetPolicyCommand).rejects(noSuchEntity())

    const error = await rejection(update())

    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('connection reset')
  })

  it('turns IAM rejecting the document into a configuration error naming the template', async () => {
    versionHolds('v3', OLD)
    listed(v(1), v(2), v(3, true))
    iamMock
      .on(CreatePolicyVersionCommand)
      .rejects(new MalformedPolicyDocumentException({ message: 'Bad action', $metadata: {} }))

    const error = await rejection(update())

    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).subject).toBe(FIXTURE)
    expect(error.message).toContain('Bad action')
    expect(iamMock.commandCalls(GetPolicyCommand)).toHaveLength(0)
  })
})

describe('LimitExceeded with nothing deleted: a quota, whatever IAM reads back', () => {
  const limit = () =>
    new LimitExceededException({ message: 'Cannot exceed quota for PolicyVersions', $metadata: {} })

  it.each([
    ['the policy is gone', () => iamMock.on(GetPolicyCommand).rejects(noSuchEntity())],
    ['the policy names no default', () => iamMock.on(GetPolicyCommand).resolves({ Policy: {} })]
  ])('%s', async (_, readBack) => {
    versionHolds('v3', OLD)
    listed(v(1), v(2), v(3, true))
    iamMock.on(CreatePolicyVersionCommand).rejects(limit())
    readBack()

    const error = await rejection(update())

    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('hit an IAM quota: Cannot exceed quota for PolicyVersions')
    expect(error.message).toContain('delete-policy-version')
    expect(
      iamMock.commandCalls(GetPolicyVersionCommand).map(c => c.args[0].input.VersionId)
    ).toEqual(['v3'])
  })

  it('names the read permission when reading the default back is denied', async () => {
    versionHolds('v3', OLD)
    listed(v(1), v(2), v(3, true))
    iamMock.on(CreatePolicyVersionCommand).rejects(limit())
    iamMock.on(GetPolicyCommand).resolves({ Policy: { DefaultVersionId: 'v4' } })
    iamMock.on(GetPolicyVersionCommand, { VersionId: 'v4' }).rejects(denied('GetPolicyVersion'))

    const error = await rejection(update())

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`Allow iam:GetPolicyVersion on ${POLICY_ARN}`)
  })
})

describe('versions of the same document left by a create sent twice', () => {
  /** The listing before the create, then after it. */
  function listedAround(before: PolicyVersion[], after: PolicyVersion[]): void {
    iamMock
      .on(ListPolicyVersionsCommand)
      .resolvesOnce({ Versions: before, IsTruncated: false })
      .resolves({ Versions: after, IsTruncated: false })
  }

  beforeEach(() => {
    versionHolds('v3', OLD)
    iamMock.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v4' } })
    iamMock.on(DeletePolicyVersionCommand).resolves({})
  })

  it('deletes a new non-default one, and says so', async () => {
    listedAround([v(2), v(3, true)], [v(2), v(3), v(4, true), v(5)])
    versionHolds('v5', WANTED())

    await update()

    expect(deletedIds()).toEqual(['v5'])
    expect(reporter.lines).toContainEqual(
      `${POLICY_ARN} v5 duplicates the default v4: deleting it.`
    )
  })

  it('keeps its own new version even while the listing does not show it as default', async () => {
    listedAround([v(2), v(3, true)], [v(2), v(3, true), v(4)])
    versionHolds('v4', WANTED())

    await update()

    expect(deletedIds()).toEqual([])
    expect(
      iamMock.commandCalls(GetPolicyVersionCommand).map(c => c.args[0].input.VersionId)
    ).toEqual(['v3'])
  })

  it('never deletes the default, even one with the same document', async () => {
    listedAround([v(2), v(3, true)], [v(2), v(3), v(4), v(5, true)])
    versionHolds('v5', WANTED())

    await update()

    expect(deletedIds()).toEqual([])
  })

  it('leaves alone versions it listed before the create, even with the same document', async () => {
    listedAround([v(1), v(2), v(3, true)], [v(1), v(2), v(3), v(4, true)])
    versionHolds('v1', WANTED())

    await update()

    expect(deletedIds()).toEqual([])
  })

  it.each([
    ['another document (another run’s)', OTHER],
    ['a document it cannot read', 'not%20json']
  ])('leaves alone a new version with %s', async (_, document) => {
    listedAround([v(2), v(3, true)], [v(2), v(3), v(4, true), v(5)])
    versionHolds('v5', document)

    await update()

    expect(deletedIds()).toEqual([])
  })
})
