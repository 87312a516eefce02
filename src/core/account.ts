// The account id: given as an input, or asked of STS (a read-only call) once per run.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import {
  ConfigurationError,
  StepFailure,
  awsErrorName,
  errorMessage,
  httpStatus
} from './shared/errors.js'
import type { StepContext } from './shared/report.js'
import { isThrottling, withRetry } from './shared/retry.js'
import { DNS_FAILURES } from './shared/aws.js'

/** What STS answers to credentials that are missing, wrong or expired. */
const BAD_CREDENTIALS = [
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'MissingAuthenticationToken'
]

/** STS refusing credentials that work: skipping the call (account-id) gets past it. */
const DENIED = ['AccessDenied', 'AccessDeniedException']

/**
 * How to give this process credentials, for where it runs: a GitHub Actions job, or a
 * developer's shell (the CLI, or any other CI).
 */
export function credentialsHelp(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_ACTIONS === 'true') {
    return 'Give the job credentials before this step, e.g. aws-actions/configure-aws-credentials with role-to-assume (the job needs permissions: id-token: write).'
  }
  const profile = env.AWS_PROFILE
    ? `AWS_PROFILE is '${env.AWS_PROFILE}': check that profile, or run 'aws sso login --profile ${env.AWS_PROFILE}' if it signs in with IAM Identity Center (SSO).`
    : "set AWS_PROFILE to a profile made with 'aws configure' (access keys) or 'aws configure sso' (then 'aws sso login --profile <name>' when its session expires), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY."
  return `Give this shell AWS credentials: ${profile} 'aws sts get-caller-identity' shows whether they work.`
}

export async function resolveAccountId(
  given: string | undefined,
  sts: STSClient,
  ctx: StepContext,
  env: NodeJS.ProcessEnv = process.env
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
    const message = `Could not resolve the AWS account with STS GetCallerIdentity: ${errorMessage(error)}.`
    if (DNS_FAILURES.includes(name)) {
      // Every other call would fail the same way: account-id would not help.
      throw new StepFailure(
        `${message} Nothing was changed. This machine cannot resolve the STS endpoint of region '${await regionOf(sts)}': check the 'region' input, then the network (DNS, proxy).`
      )
    }
    if (DENIED.includes(name)) {
      throw new ConfigurationError(
        `${message} The credentials work but may not call STS here (a policy or VPC endpoint denies it): set the 'account-id' input to skip this call.`,
        'account-id'
      )
    }
    const badCredentials =
      !isThrottling(error) &&
      (/ProviderError$/.test(name) ||
        BAD_CREDENTIALS.includes(name) ||
        (status !== undefined && status >= 400 && status < 500 && status !== 429))
    if (!badCredentials) {
      throw new StepFailure(
        `STS GetCallerIdentity failed: ${errorMessage(error)}. Nothing was changed; rerun the job, or set the 'account-id' input to skip this call.`
      )
    }
    throw new ConfigurationError(`${message} ${credentialsHelp(env)}`, 'credentials')
  }
}

async function regionOf(sts: STSClient): Promise<string> {
  try {
    return await sts.config.region()
  } catch {
    return 'unknown'
  }
}
