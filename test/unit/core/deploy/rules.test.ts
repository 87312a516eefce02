// The rules that tie canary, rollback and wait together, each with one owner: the parser
// reports them at input time, deploymentPlan for library callers, and a dry run is held to
// the same rules as the run it plans.
import { describe, it, expect } from '@jest/globals'
import {
  canaryNeedsFleet,
  canaryNeedsWait,
  rollbackNeedsWait
} from '../../../../src/core/deploy/rules.js'
import { deploymentPlan } from '../../../../src/core/deploy/plan.js'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import { parseDeployInputs, parsePipelineInputs } from '../../../../src/interface/parse.js'
import { fixture, inputs, thing } from './harness.js'

const env = { AWS_REGION: 'eu-west-1', GITHUB_SHA: 'abc1234' }

const refusal = async (attempt: Promise<unknown>): Promise<ConfigurationError> => {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ConfigurationError)
  return error as ConfigurationError
}

describe('the rules, pure', () => {
  it('canary needs wait', () => {
    expect(canaryNeedsWait({ canaries: 1, wait: false })).toBe(
      "Input 'canary' needs wait: true: the other targets are deployed only after the canary's devices succeeded."
    )
    expect(canaryNeedsWait({ canaries: 1, wait: true })).toBeUndefined()
    expect(canaryNeedsWait({ canaries: 0, wait: false })).toBeUndefined()
  })

  it('rollback needs wait', () => {
    expect(rollbackNeedsWait({ rollback: true, wait: false })).toBe(
      "Input 'rollback' needs wait: true: a failure is only known by waiting for the devices."
    )
    expect(rollbackNeedsWait({ rollback: true, wait: true })).toBeUndefined()
    expect(rollbackNeedsWait({ rollback: false, wait: false })).toBeUndefined()
  })

  it('canary needs a fleet after it, naming where the targets came from', () => {
    expect(canaryNeedsFleet({ canaries: 1, fleet: 0 })).toBe(
      "Input 'canary' lists every target: name the canary targets in 'canary' and the rest of the fleet in 'targets'."
    )
    expect(canaryNeedsFleet({ canaries: 1, fleet: 0, fromFile: true })).toBe(
      "Input 'canary' lists every target: name the canary targets in 'canary' and the rest of the fleet in the deployment file's targets."
    )
    expect(canaryNeedsFleet({ canaries: 1, fleet: 1 })).toBeUndefined()
    expect(canaryNeedsFleet({ canaries: 0, fleet: 0 })).toBeUndefined()
  })
})

describe('the same rules at input time and in the plan', () => {
  it('a dry run is refused a canary without waiting, by the parser and by the plan alike', async () => {
    const parsed = (() => {
      try {
        parseDeployInputs({ canary: 'core-9', wait: 'false', 'dry-run': 'true' }, env)
      } catch (error) {
        return error as Error
      }
      return undefined
    })()
    expect(parsed).toBeInstanceOf(ConfigurationError)
    expect(parsed!.message).toContain(canaryNeedsWait({ canaries: 1, wait: false })!)

    const planned = await refusal(
      deploymentPlan(inputs({ canary: [thing('core-9')], wait: false, dryRun: true }))
    )
    expect(planned.message).toBe(canaryNeedsWait({ canaries: 1, wait: false }))
    expect(planned.subject).toBe('canary')
  })

  it('the plan refuses a rollback without waiting, dry run or not', async () => {
    for (const dryRun of [false, true]) {
      const e = await refusal(deploymentPlan(inputs({ rollback: true, wait: false, dryRun })))
      expect(e.message).toBe(rollbackNeedsWait({ rollback: true, wait: false }))
      expect(e.subject).toBe('rollback')
    }
  })

  it("the plan refuses a canary of every target, from the input or the file's", async () => {
    const fromInput = await refusal(
      deploymentPlan(inputs({ canary: [thing('core-1')], targets: [thing('core-1')] }))
    )
    expect(fromInput.message).toBe(canaryNeedsFleet({ canaries: 1, fleet: 0 }))
    const fromFile = await refusal(
      deploymentPlan(
        inputs({
          canary: [thing('core-1')],
          targets: undefined,
          deployment: fixture('deployment-seed.yaml')
        })
      )
    )
    expect(fromFile.message).toBe(canaryNeedsFleet({ canaries: 1, fleet: 0, fromFile: true }))
    expect(
      (() => {
        try {
          parsePipelineInputs({ targets: 'core-1', canary: 'core-1' }, env)
        } catch (error) {
          return (error as Error).message
        }
        return ''
      })()
    ).toContain(canaryNeedsFleet({ canaries: 1, fleet: 0 })!)
  })

  it('a canary with waiting and a fleet passes, dry run or not', async () => {
    for (const dryRun of [false, true]) {
      const plan = await deploymentPlan(
        inputs({ canary: [thing('core-9')], targets: [thing('core-9'), thing('core-1')], dryRun })
      )
      expect(plan.fleet).toEqual([thing('core-1')])
      expect(plan.canary).toEqual([thing('core-9')])
    }
  })
})
