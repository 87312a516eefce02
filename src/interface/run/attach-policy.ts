// attach-policy as a door runs it. Only STS is loaded before the first request.
import { STSClient } from '@aws-sdk/client-sts'
import { resolveAccountId } from '../../core/account.js'
import { clientConfig } from '../../core/shared/aws.js'
import { checkRegion } from '../../core/region.js'
import { parsePolicyInputs } from '../parse.js'
import type { RawInputs } from '../catalogue.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../../core/shared/report.js'
import { policySummary } from '../summary.js'

export async function runAttachPolicy(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parsePolicyInputs(raw, env)
  await checkRegion(inputs.region, env, ctx)
  const config = clientConfig(inputs.region)
  const accountId = await resolveAccountId(inputs.accountId, new STSClient(config), ctx, env)
  const [{ attachPolicy }, { IAMClient }] = await Promise.all([
    import('../../core/policy/attach-policy.js'),
    import('@aws-sdk/client-iam')
  ])
  const result = await ctx.reporter.group('Device policy', () =>
    attachPolicy({ ...inputs, accountId }, { iam: new IAMClient(config) }, ctx)
  )
  return {
    outputs: {
      'policy-arn': result.policyArn,
      'policy-version': result.policyVersion,
      changed: String(result.changed)
    },
    summary: policySummary(result, inputs.roleName, inputs.dryRun),
    failures: []
  }
}
