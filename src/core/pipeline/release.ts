// What a release depends on besides its component: the DynamoDB table the devices write to,
// and the device policy that lets them. The table is checked before anything changes; the
// policy goes back to its previous default version when the release is rolled back.
//
// Why restore rather than an additive policy: a policy that holds both the old and the new
// statements until the devices succeed needs a second policy write per run (and a second
// IAM version, of the five IAM keeps), and a crash between the two leaves the wide document
// in place. Restoring the previous default version is one idempotent call
// (SetDefaultPolicyVersion), made only when no device is meant to run the new release any
// more: every target this run deployed was rolled back. A partial rollback (one target of
// two) keeps the new document, which the targets still on the new release need; the old
// release's statements are then what may be missing, and the run says so.
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb'
import {
  GetPolicyCommand,
  SetDefaultPolicyVersionCommand,
  type IAMClient
} from '@aws-sdk/client-iam'
import { tableArn } from '../arns.js'
import { awsErrorName, ConfigurationError, errorMessage, isAccessDenied } from '../shared/errors.js'
import type { DeployResult } from '../deploy/deploy.js'
import type { PolicyResult } from '../policy/attach-policy.js'
import type { StepContext } from '../shared/report.js'
import { withRetry } from '../shared/retry.js'

/**
 * The table the devices write to exists (DescribeTable, read-only): a mistyped table-name
 * would otherwise be deployed, fail on every device, and be rolled back. A denied check is a
 * warning: the run goes on as before the check existed.
 */
export async function checkTable(
  dynamodb: DynamoDBClient,
  ctx: StepContext,
  where: { region: string; accountId: string; tableName: string }
): Promise<void> {
  const { region, accountId, tableName } = where
  const arn = tableArn(region, accountId, tableName)
  try {
    await withRetry(ctx, `dynamodb:DescribeTable ${tableName}`, () =>
      dynamodb.send(new DescribeTableCommand({ TableName: tableName }))
    )
  } catch (error) {
    if (awsErrorName(error) === 'ResourceNotFoundException') {
      throw new ConfigurationError(
        `Input 'table-name': the DynamoDB table ${tableName} does not exist in ${region} (account ${accountId}): the devices could not write their items. Check the name, or create the table first. Nothing was changed.`,
        'table-name'
      )
    }
    if (isAccessDenied(error)) {
      ctx.reporter.warning(
        `Could not check that the DynamoDB table ${tableName} exists: ${errorMessage(error)}. Allow dynamodb:DescribeTable on ${arn} to the CI role, so that a mistyped table-name stops the run before it deploys.`
      )
      return
    }
    throw error
  }
}

/** The device policy's default version now (before attach-policy changes it); undefined when
 * there is no policy yet or it cannot be read (nothing to restore then). */
export async function defaultPolicyVersion(
  iam: IAMClient,
  ctx: StepContext,
  policyArn: string
): Promise<string | undefined> {
  try {
    const { Policy } = await withRetry(ctx, `iam:GetPolicy ${policyArn}`, () =>
      iam.send(new GetPolicyCommand({ PolicyArn: policyArn }))
    )
    return Policy?.DefaultVersionId
  } catch (error) {
    ctx.reporter.debug(`${policyArn}: no default version to restore: ${errorMessage(error)}`)
    return undefined
  }
}

export interface PolicyRestore {
  /** The version made default again; absent when it was not restored. */
  restoredVersion?: string
  message: string
}

/**
 * After a rollback: the previous default version of the device policy, restored when every
 * target this run deployed was rolled back (the devices then run the previous release, which
 * the previous document was written for). Undefined when there is nothing to do.
 */
export async function restorePolicy(
  iam: IAMClient,
  ctx: StepContext,
  deployed: DeployResult,
  policy: PolicyResult,
  previousVersion: string | undefined
): Promise<PolicyRestore | undefined> {
  const changed = deployed.targets.filter(
    t => t.deploymentId && !t.unchanged && t.status !== 'not-deployed'
  )
  const rolledBack = changed.filter(t => t.rollback?.deploymentId)
  if (rolledBack.length === 0 || !policy.changed || policy.created) return undefined
  if (!previousVersion || previousVersion === policy.policyVersion) return undefined
  const { policyArn } = policy
  if (rolledBack.length < changed.length) {
    const message = `${policyArn} keeps ${policy.policyVersion}: targets this run deployed still run the new release. The rolled-back targets run the previous release with the new document; if it needs what ${previousVersion} allowed, add that to the policy template.`
    ctx.reporter.warning(message)
    return { message }
  }
  try {
    await withRetry(ctx, `iam:SetDefaultPolicyVersion ${policyArn}`, () =>
      iam.send(
        new SetDefaultPolicyVersionCommand({ PolicyArn: policyArn, VersionId: previousVersion })
      )
    )
  } catch (error) {
    const denied = isAccessDenied(error)
      ? ` Allow iam:SetDefaultPolicyVersion on ${policyArn} to the CI role.`
      : ''
    const message = `the rollback could not restore ${policyArn} to ${previousVersion} (it stays at ${policy.policyVersion}): ${awsErrorName(error) ?? 'error'}: ${errorMessage(error)}.${denied} Restore it by hand: aws iam set-default-policy-version --policy-arn ${policyArn} --version-id ${previousVersion}`
    ctx.reporter.warning(message)
    deployed.failures.push(`device policy: ${message}`)
    return { message }
  }
  const message = `${policyArn} restored to ${previousVersion}, the version the rolled-back release was deployed with (${policy.policyVersion} is kept, not default).`
  ctx.reporter.info(message)
  return { restoredVersion: previousVersion, message }
}
