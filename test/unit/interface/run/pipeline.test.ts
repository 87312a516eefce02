// The pipeline's runner: the library hands back where it stopped and what it had done, as
// data; the runner turns it into the job summary the doors write.
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError, summaryOf } from '../../../../src/core/shared/errors.js'
import { MemoryReporter, systemClock } from '../../../../src/core/shared/report.js'
import { runPipelineStep } from '../../../../src/interface/run/pipeline.js'

const env = { AWS_REGION: 'eu-west-1', GITHUB_SHA: 'abc1234' }
const ctx = () => ({ reporter: new MemoryReporter(), clock: systemClock })

describe('runPipelineStep', () => {
  it('a pipeline stopped by its checks fails with the summary of what was done: nothing', async () => {
    const run = runPipelineStep(
      { 'account-id': '123456789012', recipe: '/nonexistent/ggcd/recipe.yaml' },
      env,
      ctx()
    )
    const error = await run.then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    const summary = summaryOf(error)
    expect(summary).toContain('## Greengrass deployment: stopped at the checks before any change')
    expect(summary).toContain('Account `123456789012`, region `eu-west-1`')
    expect(summary).toContain('### Stopped\nthe checks before any change failed:\n- ')
    expect(summary).toContain('Nothing was changed.')
  })

  it('an error before the pipeline starts (bad input) has no summary', async () => {
    const error = await runPipelineStep({ 'account-id': 'nope' }, env, ctx()).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(summaryOf(error)).toBeUndefined()
  })
})
