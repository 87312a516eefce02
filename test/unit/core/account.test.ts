// The account id from STS: credentials the user must fix are bad input (exit 2, saying how
// to configure credentials where the run is: a job, or a developer's shell); an STS outage is
// a failed run (exit 1) that a rerun may cure, and says that nothing was changed. The
// account-id input is suggested only where setting it gets past the problem.
import { afterEach, describe, expect, it } from '@jest/globals'
import { GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { resolveAccountId } from '../../../src/core/account.js'
import { ConfigurationError, StepFailure } from '../../../src/core/shared/errors.js'
import { MemoryReporter } from '../../../src/core/shared/report.js'
import { FakeClock } from '../../support/fake-clock.js'

const stsMock = mockClient(STSClient)
const sts = new STSClient({ region: 'eu-west-1' })
const ctx = () => ({ reporter: new MemoryReporter(), clock: new FakeClock(), random: () => 0.5 })

function awsError(name: string, status: number): STSServiceException {
  return new STSServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    message: `${name} from STS`,
    $metadata: { httpStatusCode: status }
  })
}

afterEach(() => {
  stsMock.reset()
})

describe('resolveAccountId', () => {
  it('uses the account-id input without asking STS', async () => {
    await expect(resolveAccountId('123456789012', sts, ctx())).resolves.toBe('123456789012')
    expect(stsMock.calls()).toHaveLength(0)
  })

  it('asks STS once and says who the credentials are', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({
      Account: '210987654321',
      Arn: 'arn:aws:sts::210987654321:assumed-role/ci/gh'
    })
    const c = ctx()
    await expect(resolveAccountId(undefined, sts, c)).resolves.toBe('210987654321')
    expect(c.reporter.text()).toContain('assumed-role/ci/gh')
  })

  it.each([
    ['ExpiredToken', 403],
    ['InvalidClientTokenId', 403],
    ['SignatureDoesNotMatch', 403]
  ])('%s is the credentials to fix, in a job or a shell', async (name, status) => {
    stsMock.on(GetCallerIdentityCommand).rejects(awsError(name, status))
    const inJob = await resolveAccountId(undefined, sts, ctx(), { GITHUB_ACTIONS: 'true' }).catch(
      e => e
    )
    expect(inJob).toBeInstanceOf(ConfigurationError)
    expect(inJob.message).toContain('aws-actions/configure-aws-credentials')
    const inShell = await resolveAccountId(undefined, sts, ctx(), {}).catch(e => e)
    expect(inShell).toBeInstanceOf(ConfigurationError)
    expect(inShell.message).toMatch(/AWS_PROFILE.*'aws configure'.*aws sso login/)
    expect(inShell.message).not.toContain('configure-aws-credentials')
    // Other calls would be refused the same: skipping this one helps nobody.
    for (const e of [inJob, inShell]) expect(e.message).not.toContain('account-id')
  })

  it('no credentials at all is the configuration to fix; a profile given is named', async () => {
    const missing = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError'
    })
    stsMock.on(GetCallerIdentityCommand).rejects(missing)
    const error = await resolveAccountId(undefined, sts, ctx(), { AWS_PROFILE: 'dev' }).catch(
      e => e
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain("AWS_PROFILE is 'dev'")
    expect(error.message).toContain('aws sso login --profile dev')
  })

  it('STS denying credentials that work suggests account-id, which skips the call', async () => {
    stsMock.on(GetCallerIdentityCommand).rejects(awsError('AccessDenied', 403))
    const error = await resolveAccountId(undefined, sts, ctx(), {}).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain("set the 'account-id' input")
  })

  it.each(['ENOTFOUND', 'EAI_AGAIN'])(
    'an STS endpoint that does not resolve (%s) says to check the region',
    async code => {
      const dns = Object.assign(new Error(`getaddrinfo ${code} sts.eu-west-1.amazonaws.com`), {
        code
      })
      stsMock.on(GetCallerIdentityCommand).rejects(dns)
      const error = await resolveAccountId(undefined, sts, ctx(), {}).catch(e => e)
      expect(error).toBeInstanceOf(StepFailure)
      expect(error.message).toContain("check the 'region' input")
      expect(error.message).toContain("region 'eu-west-1'")
      expect(error.message).not.toContain('account-id')
    }
  )

  it.each([
    ['InternalFailure', 500],
    ['Throttling', 400]
  ])('%s (%i) past the retries is a failed run, not bad input: rerun', async (name, status) => {
    stsMock.on(GetCallerIdentityCommand).rejects(awsError(name, status))
    const error = await resolveAccountId(undefined, sts, ctx()).catch(e => e)
    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('Nothing was changed; rerun the job')
  })
})
