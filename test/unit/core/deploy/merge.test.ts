// The merge with the target's current deployment: pure, on plain data.
import { describe, it, expect } from '@jest/globals'
import { mergeDeployment } from '../../../../src/core/deploy/merge.js'
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
