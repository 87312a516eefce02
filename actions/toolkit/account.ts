// The account id: given as an input, or asked of STS (a read-only call) once per run.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import {
  ConfigurationError,
  StepFailure,
  awsErrorName,
  errorMessage,
  httpStatus
} from './errors.js'
import type { StepContext } from './report.js'
import { isThrottling, withRetry } from './retry.js'

/** What STS answers to credentials that are missing, wrong or expired. */
const REFUSED = [
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'AccessDenied',
  'AccessDeniedException',
  'UnrecognizedClientException',
  'MissingAuthenticationToken'
]

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
    // Missing, expired or refused credentials are the user's to fix; an outage (no answer, a
    // 5xx, throttling past the retries) is not, and a rerun may be all it needs.
    const status = httpStatus(error)
    const name = awsErrorName(error) ?? ''
    const refused =
      !isThrottling(error) &&
      (/ProviderError$/.test(name) ||
        REFUSED.includes(name) ||
        (status !== undefined && status >= 400 && status < 500 && status !== 429))
    if (!refused) {
      throw new StepFailure(
        `STS GetCallerIdentity failed: ${errorMessage(error)}. Nothing was changed; rerun the job, or set the 'account-id' input to skip this call.`
      )
    }
    throw new ConfigurationError(
      `Could not resolve the AWS account with STS GetCallerIdentity: ${errorMessage(error)}. Configure credentials (e.g. aws-actions/configure-aws-credentials), or set the 'account-id' input.`,
      'account-id'
    )
  }
}
