// IAM policy versions: a new default version only when the document differs as data, the
// oldest non-default one deleted first when IAM's limit of five is reached, and a request
// whose answer was lost read back from IAM rather than sent twice.
import {
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  GetPolicyVersionCommand,
  type IAMClient,
  ListPolicyVersionsCommand,
  type Policy,
  type PolicyVersion
} from '@aws-sdk/client-iam'
import type { StepContext } from '../shared/report.js'
import { decodePolicyDocument, policyDiff, sameDocument } from './document.js'
import { PROPAGATION, getPolicy, isNamed, malformed, send } from './iam-calls.js'

/** IAM keeps at most this many versions of a managed policy. */
export const MAX_POLICY_VERSIONS = 5

/** What updatePolicy did (or, in a dry run, would do). */
export interface VersionUpdate {
  policyVersion: string
  changed: boolean
  diff?: string
  deletedVersion?: string
}

export async function updatePolicy(
  iam: IAMClient,
  ctx: StepContext,
  policy: Policy,
  target: { policyArn: string; document: string; file: string; dryRun: boolean }
): Promise<VersionUpdate> {
  const { reporter } = ctx
  const { policyArn, document, file, dryRun } = target
  const wanted = JSON.parse(document) as unknown
  const current = policy.DefaultVersionId ?? 'v1'
  const { PolicyVersion } = await send(
    ctx,
    { action: 'iam:GetPolicyVersion', resource: policyArn },
    () => iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: current }))
  )
  const existing = documentOf(PolicyVersion)
  if (existing === undefined) {
    reporter.warning(`The document of ${policyArn} ${current} could not be read; replacing it.`)
  } else if (sameDocument(existing, wanted)) {
    reporter.info(`Policy ${policyArn} is up to date (default version ${current}).`)
    return { policyVersion: current, changed: false }
  }
  const diff = policyDiff(existing, wanted)
  reporter.info(`The template differs from the default version ${current}:\n${diff}`)

  const versions = await listVersions(iam, ctx, policyArn)
  let deletedVersion: string | undefined
  if (versions.length >= MAX_POLICY_VERSIONS) {
    const oldest = versions
      .filter(v => !v.IsDefaultVersion && v.VersionId !== current)
      .sort((x, y) => (x.CreateDate?.getTime() ?? 0) - (y.CreateDate?.getTime() ?? 0))[0]
    deletedVersion = oldest?.VersionId
    if (deletedVersion) {
      reporter.info(
        `${policyArn} has ${versions.length} versions, IAM's maximum: ${dryRun ? 'would delete' : 'deleting'} the oldest non-default one, ${deletedVersion}.`
      )
      if (!dryRun) await deleteVersion(iam, ctx, policyArn, deletedVersion)
    }
  }
  if (dryRun) {
    reporter.info(`Would create a new default version of ${policyArn}.`)
    return { policyVersion: current, changed: true, diff, deletedVersion }
  }
  const before = new Set(versions.map(v => v.VersionId))
  // Whether IAM's default version is already this document: the work of a request whose
  // answer was lost (the SDK's retry of it then meets the version limit, or fails again).
  const ours = async (): Promise<string | undefined> => {
    const version = await defaultVersionOf(iam, ctx, policyArn)
    return version && version.id !== current && sameDocument(version.document, wanted)
      ? version.id
      : undefined
  }
  let policyVersion: string
  try {
    const created = await send(
      ctx,
      {
        action: 'iam:CreatePolicyVersion',
        resource: policyArn,
        onLimit: `A managed policy keeps at most ${MAX_POLICY_VERSIONS} versions: delete a non-default one (aws iam list-policy-versions --policy-arn ${policyArn}; aws iam delete-policy-version --policy-arn ${policyArn} --version-id <id>) and rerun.`
      },
      async () => {
        try {
          return await iam.send(
            new CreatePolicyVersionCommand({
              PolicyArn: policyArn,
              PolicyDocument: document,
              SetAsDefault: true
            })
          )
        } catch (error) {
          // Read back before retrying: never a second version of the same document.
          const id = isNamed(error, ['LimitExceeded']) ? await ours() : undefined
          if (id) return { PolicyVersion: { VersionId: id } }
          throw error
        }
      },
      {
        pass: ['MalformedPolicyDocument'],
        // Right after our delete, IAM may still count the deleted version for a while.
        ...(deletedVersion ? { retryOn: ['LimitExceeded'], retry: PROPAGATION } : {})
      }
    )
    policyVersion = created.PolicyVersion?.VersionId ?? current
  } catch (error) {
    if (isNamed(error, ['MalformedPolicyDocument'])) throw malformed(error, file)
    // Failed as far as the answers go; IAM's state says whether it was done.
    const id = await ours().catch(() => undefined)
    if (!id) throw error
    reporter.info(`${policyArn} already has this document as its default version ${id}.`)
    policyVersion = id
  }
  await removeDuplicates(iam, ctx, policyArn, wanted, before, policyVersion)
  reporter.info(`Created version ${policyVersion} of ${policyArn} and made it the default.`)
  return { policyVersion, changed: true, diff, deletedVersion }
}

/** A version's document as data; undefined when IAM's answer holds none that can be read. */
function documentOf(version: PolicyVersion | undefined): unknown {
  try {
    return decodePolicyDocument(version?.Document ?? '')
  } catch {
    return undefined
  }
}

/**
 * The default version of a policy and its document (undefined when it cannot be read), as
 * IAM holds them now.
 */
async function defaultVersionOf(
  iam: IAMClient,
  ctx: StepContext,
  policyArn: string
): Promise<{ id: string; document: unknown } | undefined> {
  const policy = await getPolicy(iam, ctx, policyArn)
  const id = policy?.DefaultVersionId
  if (!id) return undefined
  const { PolicyVersion } = await send(
    ctx,
    { action: 'iam:GetPolicyVersion', resource: policyArn },
    () => iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: id }))
  )
  return { id, document: documentOf(PolicyVersion) }
}

/**
 * Deletes a version; one already gone counts as deleted. A request whose answer was lost and
 * that the SDK sent again gets NoSuchEntity for the version it deleted the first time: any
 * failure is judged by whether IAM still lists the version.
 */
async function deleteVersion(
  iam: IAMClient,
  ctx: StepContext,
  policyArn: string,
  versionId: string
): Promise<void> {
  try {
    await send(ctx, { action: 'iam:DeletePolicyVersion', resource: policyArn }, () =>
      iam.send(new DeletePolicyVersionCommand({ PolicyArn: policyArn, VersionId: versionId }))
    )
  } catch (error) {
    const left = await listVersions(iam, ctx, policyArn).catch(() => undefined)
    if (!left || left.some(v => v.VersionId === versionId)) throw error
    ctx.reporter.info(`${policyArn} ${versionId} is deleted (IAM no longer lists it).`)
  }
}

/**
 * Versions of the same document that this run's create left besides the default: the work of
 * a request sent twice (an answer lost, then the SDK's retry), deleted so that they take no
 * room from the versions to come. Only versions new since this run listed them, never another.
 */
async function removeDuplicates(
  iam: IAMClient,
  ctx: StepContext,
  policyArn: string,
  wanted: unknown,
  before: Set<string | undefined>,
  keep: string
): Promise<void> {
  const now = await listVersions(iam, ctx, policyArn)
  for (const version of now) {
    const id = version.VersionId
    if (!id || id === keep || version.IsDefaultVersion || before.has(id)) continue
    const { PolicyVersion } = await send(
      ctx,
      { action: 'iam:GetPolicyVersion', resource: policyArn },
      () => iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: id }))
    )
    // One that cannot be read is no duplicate.
    if (!sameDocument(documentOf(PolicyVersion), wanted)) continue
    ctx.reporter.info(`${policyArn} ${id} duplicates the default ${keep}: deleting it.`)
    await deleteVersion(iam, ctx, policyArn, id)
  }
}

async function listVersions(
  iam: IAMClient,
  ctx: StepContext,
  policyArn: string
): Promise<PolicyVersion[]> {
  const versions: PolicyVersion[] = []
  let marker: string | undefined
  do {
    const page = await send(ctx, { action: 'iam:ListPolicyVersions', resource: policyArn }, () =>
      iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn, Marker: marker }))
    )
    versions.push(...(page.Versions ?? []))
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker)
  return versions
}
