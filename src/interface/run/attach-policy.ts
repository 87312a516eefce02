// attach-policy as a door runs it. Only STS is loaded before the first request.
import { startStep } from './start.js'
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
  const { config, accountId } = await startStep(inputs, env, ctx)
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
