// The account id from STS: credentials the user must fix are bad input (exit 2, naming
// account-id and how to configure credentials); an STS outage is a failed run (exit 1) that a
// rerun may cure, and says that nothing was changed.
import { afterEach, describe, expect, it } from '@jest/globals'
import { GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { resolveAccountId } from '../../actions/toolkit/account.js'
import { ConfigurationError, StepFailure } from '../../actions/toolkit/errors.js'
import { MemoryReporter } from '../../actions/toolkit/report.js'
import { FakeClock } from './fake-clock.js'

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
  ])('%s is the configuration to fix, naming account-id', async (name, status) => {
    stsMock.on(GetCallerIdentityCommand).rejects(awsError(name, status))
    const error = await resolveAccountId(undefined, sts, ctx()).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(/Configure credentials .*'account-id'/)
  })

  it('no credentials at all is the configuration to fix', async () => {
    const missing = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError'
    })
    stsMock.on(GetCallerIdentityCommand).rejects(missing)
    await expect(resolveAccountId(undefined, sts, ctx())).rejects.toBeInstanceOf(ConfigurationError)
  })

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
