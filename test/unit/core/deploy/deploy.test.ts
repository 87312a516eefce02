// The deploy step's entry against a mocked Greengrass: a dry run plans only.
import { describe, it, expect } from '@jest/globals'
import {
  CreateComponentVersionCommand,
  ListEffectiveDeploymentsCommand
} from '@aws-sdk/client-greengrassv2'
import { gg, reporter, run, created, previousDeployment, withPrevious } from './harness.js'

describe('dry run', () => {
  it('makes read calls only and logs the merged deployment', async () => {
    withPrevious(previousDeployment())
    const result = await run({ dryRun: true })
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(0)
    expect(gg.commandCalls(ListEffectiveDeploymentsCommand)).toHaveLength(0)
    expect(result.componentCreated).toBe(true)
    expect(result.targets[0]).toMatchObject({ status: 'planned', unchanged: false })
    expect(reporter.text()).toMatch(
      /thing\/core-1: would create this deployment:\n\{\n {2}"targetArn"/
    )
    expect(reporter.text()).toContain('"aws.greengrass.Nucleus"')
  })
})
