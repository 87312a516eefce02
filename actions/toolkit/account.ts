// The account id: given as an input, or asked of STS (a read-only call) once per run.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { ConfigurationError, errorMessage } from './errors.js'
import type { StepContext } from './report.js'
import { withRetry } from './retry.js'

export async function resolveAccountId(
  given: string | undefined,
  sts: STSClient,
  ctx: StepContext
): Promise<string> {
  if (given) return given
  try {
    const identity = await withRetry(ctx, 'sts:GetCallerIdentity', () =>
      sts.send(new GetCallerIdentityCommand({}))
    )
    if (!identity.Account) throw new Error('STS returned no account')
    ctx.reporter.info(`Account ${identity.Account} (from STS, as ${identity.Arn ?? 'unknown'})`)
    return identity.Account
  } catch (error) {
    throw new ConfigurationError(
      `Could not resolve the AWS account with STS GetCallerIdentity: ${errorMessage(error)}. Configure credentials (e.g. aws-actions/configure-aws-credentials), or set the 'account-id' input.`,
      'account-id'
    )
  }
}
