// The floor for an action whose first request is STS GetCallerIdentity (account-id
// resolution): a minimal node action that imports only the STS client, configured as ggcd
// configures its clients, and sends that one request. `npm run bench` bundles it with ncc
// as the actions are bundled and compares their cold starts with this one's.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'

const sts = new STSClient({
  region: process.env.AWS_REGION,
  maxAttempts: 5,
  retryMode: 'standard',
  customUserAgent: 'ggcd-floor'
})
try {
  const identity = await sts.send(new GetCallerIdentityCommand({}))
  process.stdout.write(`${identity.Account}\n`)
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
