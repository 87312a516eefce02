// IAM policy versions when answers are lost: never a second version of the same document,
// and the version limit kept.
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  LimitExceededException,
  ListPolicyVersionsCommand
} from '@aws-sdk/client-iam'
import { attachPolicy } from '../../../../src/core/policy/attach-policy.js'
import { decodePolicyDocument } from '../../../../src/core/policy/document.js'
import { MAX_POLICY_VERSIONS } from '../../../../src/core/policy/versions.js'
import { StepFailure } from '../../../../src/core/shared/errors.js'
import {
  POLICY_ARN,
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
  roleExists,
  attachedPolicies,
  rejection,
  resetPolicyTest
} from './helpers.js'

beforeEach(resetPolicyTest)

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
    expect(reporter.lines).toContain(`${POLICY_ARN} v3 duplicates the default v4: deleting it.`)
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
    expect(reporter.lines).toContain(`${POLICY_ARN} v1 is deleted (IAM no longer lists it).`)
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
