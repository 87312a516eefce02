// The merge with the target's current deployment: pure, on plain data.
import { describe, it, expect } from '@jest/globals'
import { deepMerge, mergeDeployment, pruneEmpty } from '../../../../src/core/deploy/merge.js'
import { NAME, VERSION, previousDeployment } from './harness.js'

describe('mergeDeployment', () => {
  const ours = { componentName: NAME, componentVersion: VERSION }

  it('keeps every other component exactly and replaces only ours', () => {
    const previous = previousDeployment()
    const merged = mergeDeployment(previous, ours, { targets: [] })
    expect(merged.components['aws.greengrass.Nucleus']).toEqual(
      previous.components!['aws.greengrass.Nucleus']
    )
    expect(merged.components['aws.greengrass.DockerApplicationManager']).toEqual(
      previous.components!['aws.greengrass.DockerApplicationManager']
    )
    // Ours: the new version, its runWith kept, the old configurationUpdate dropped.
    expect(merged.components[NAME]).toEqual({
      componentVersion: VERSION,
      runWith: { posixUser: 'app' }
    })
    expect(merged.deploymentName).toBe('fleet baseline')
  })

  it('lets the file win field by field and keeps what the file leaves out', () => {
    const merged = mergeDeployment(previousDeployment(), ours, {
      targets: [],
      deploymentName: 'from the file',
      deploymentPolicies: { componentUpdatePolicy: { timeoutInSeconds: 90 } },
      iotJobConfiguration: { jobExecutionsRolloutConfig: { maximumPerMinute: 5 } }
    })
    expect(merged.deploymentName).toBe('from the file')
    expect(merged.deploymentPolicies).toEqual({
      failureHandlingPolicy: 'ROLLBACK',
      componentUpdatePolicy: { timeoutInSeconds: 90, action: 'SKIP_NOTIFY_COMPONENTS' },
      configurationValidationPolicy: { timeoutInSeconds: 45 }
    })
    expect(merged.iotJobConfiguration).toEqual({
      timeoutConfig: { inProgressTimeoutInMinutes: 30 },
      jobExecutionsRolloutConfig: { maximumPerMinute: 5 }
    })
  })

  it("keeps the target's deployment tags", () => {
    const tags = { team: 'plant-7', 'cost-center': '42' }
    expect(mergeDeployment(previousDeployment({ tags }), ours, { targets: [] }).tags).toEqual(tags)
    expect(mergeDeployment(previousDeployment(), ours, { targets: [] }).tags).toBeUndefined()
  })

  it("replaces the existing rateIncreaseCriteria with the file's, never sending both kinds", () => {
    const existing = previousDeployment({
      iotJobConfiguration: {
        jobExecutionsRolloutConfig: {
          exponentialRate: {
            baseRatePerMinute: 10,
            incrementFactor: 2,
            rateIncreaseCriteria: { numberOfNotifiedThings: 5 }
          }
        }
      }
    })
    const merged = mergeDeployment(existing, ours, {
      targets: [],
      iotJobConfiguration: {
        jobExecutionsRolloutConfig: {
          exponentialRate: {
            baseRatePerMinute: 20,
            incrementFactor: 1.5,
            rateIncreaseCriteria: { numberOfSucceededThings: 3 }
          }
        }
      }
    })
    expect(merged.iotJobConfiguration?.jobExecutionsRolloutConfig?.exponentialRate).toEqual({
      baseRatePerMinute: 20,
      incrementFactor: 1.5,
      rateIncreaseCriteria: { numberOfSucceededThings: 3 }
    })
  })

  it('without a previous deployment: only ours, ROLLBACK, a name from the component', () => {
    const merged = mergeDeployment(undefined, ours, { targets: [] })
    expect(merged).toEqual({
      deploymentName: `${NAME} ${VERSION}`,
      components: { [NAME]: { componentVersion: VERSION } },
      deploymentPolicies: {
        failureHandlingPolicy: 'ROLLBACK',
        componentUpdatePolicy: { timeoutInSeconds: 60, action: 'NOTIFY_COMPONENTS' },
        configurationValidationPolicy: { timeoutInSeconds: 30 }
      }
    })
  })
})

describe('the merge, at its edges', () => {
  const ours = { componentName: NAME, componentVersion: VERSION }

  it('an existing deployment without components gets ours only, without a runWith', () => {
    const merged = mergeDeployment({ deploymentName: 'bare' }, ours, { targets: [] })
    expect(merged.components).toEqual({ [NAME]: { componentVersion: VERSION } })
    expect('runWith' in merged.components[NAME]!).toBe(false)
  })

  it('adds no IoT job configuration and no tags where there are none', () => {
    const merged = mergeDeployment(
      { deploymentName: 'bare', iotJobConfiguration: {}, tags: {} },
      ours,
      { targets: [] }
    )
    expect('iotJobConfiguration' in merged).toBe(false)
    expect('tags' in merged).toBe(false)
  })

  it('keeps the existing rate criteria when the file sets the rate without them', () => {
    const merged = mergeDeployment(
      {
        iotJobConfiguration: {
          jobExecutionsRolloutConfig: {
            exponentialRate: {
              baseRatePerMinute: 5,
              incrementFactor: 2,
              rateIncreaseCriteria: { numberOfSucceededThings: 10 }
            }
          }
        }
      },
      ours,
      {
        targets: [],
        iotJobConfiguration: {
          jobExecutionsRolloutConfig: { exponentialRate: { baseRatePerMinute: 10 } } as never
        }
      }
    )
    expect(merged.iotJobConfiguration?.jobExecutionsRolloutConfig?.exponentialRate).toEqual({
      baseRatePerMinute: 10,
      incrementFactor: 2,
      rateIncreaseCriteria: { numberOfSucceededThings: 10 }
    })
  })

  it('a file job configuration without a rollout keeps the existing one', () => {
    const merged = mergeDeployment(
      { iotJobConfiguration: { jobExecutionsRolloutConfig: { maximumPerMinute: 50 } } },
      ours,
      { targets: [], iotJobConfiguration: { timeoutConfig: { inProgressTimeoutInMinutes: 5 } } }
    )
    expect(merged.iotJobConfiguration).toEqual({
      jobExecutionsRolloutConfig: { maximumPerMinute: 50 },
      timeoutConfig: { inProgressTimeoutInMinutes: 5 }
    })
  })
})

describe('deepMerge and pruneEmpty', () => {
  it('objects merge key by key; null, arrays, dates and plain values replace', () => {
    const when = new Date(0)
    expect(
      deepMerge(
        { a: { x: 1, y: 2 }, b: { x: 1 }, c: { x: 1 }, d: { x: 1 }, e: 1, f: 1 },
        { a: { y: 3 }, b: null, c: [1], d: when, e: { x: 2 }, f: undefined }
      )
    ).toEqual({ a: { x: 1, y: 3 }, b: null, c: [1], d: when, e: { x: 2 }, f: 1 })
  })

  it('drops undefined values and empty objects, and keeps the rest as they are', () => {
    const pruned = pruneEmpty({ a: undefined, b: {}, c: { d: {} }, e: [], f: 0, g: { h: 'x' } })
    expect(pruned).toEqual({ e: [], f: 0, g: { h: 'x' } })
    expect(Object.keys(pruned as object)).toEqual(['e', 'f', 'g'])
    expect(pruneEmpty({ a: { b: undefined } })).toBeUndefined()
    expect(pruneEmpty('text')).toBe('text')
  })
})
