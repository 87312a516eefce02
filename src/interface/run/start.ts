// What every step's runner does before its own work, in one place: check the region, make
// the client configuration, and know the account (the account-id input, or STS: the only
// client loaded before the first request).
import { STSClient } from '@aws-sdk/client-sts'
import { resolveAccountId } from '../../core/account.js'
import { checkRegion } from '../../core/region.js'
import { clientConfig } from '../../core/shared/aws.js'
import type { StepContext } from '../../core/shared/report.js'

export interface Started {
  config: ReturnType<typeof clientConfig>
  accountId: string
  /** The client that asked for the account (when account-id was not given), for reuse. */
  sts: STSClient
}

export async function startStep(
  inputs: { region: string; accountId?: string },
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<Started> {
  await checkRegion(inputs.region, env, ctx)
  const config = clientConfig(inputs.region)
  const sts = new STSClient(config)
  const accountId = await resolveAccountId(inputs.accountId, sts, ctx, env)
  return { config, accountId, sts }
}
