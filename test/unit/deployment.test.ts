// The deployment file: what a user writes in recipe/deployment.yaml, and the messages they
// get when a key or value is wrong (with the line, so they can find it).
import { describe, it, expect } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { parseDeploymentFile, readDeploymentFile } from '../../actions/toolkit/deployment.js'
import { ConfigurationError } from '../../actions/toolkit/errors.js'
import { MemoryReporter } from '../../actions/toolkit/report.js'

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/deploy/${name}`, import.meta.url))

function problem(text: string): string {
  try {
    parseDeploymentFile(text, 'deployment.yaml')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

describe('readDeploymentFile', () => {
  it('reads targets, name, policies and the IoT job configuration', async () => {
    const file = await readDeploymentFile(fixture('deployment.yaml'))
    expect(file.targets).toEqual([
      { kind: 'thinggroup', name: 'sample-fleet' },
      { kind: 'thing', name: 'core-1' }
    ])
    expect(file.deploymentName).toBe('dynamodb access sample')
    expect(file.deploymentPolicies).toEqual({
      failureHandlingPolicy: 'ROLLBACK',
      componentUpdatePolicy: { timeoutInSeconds: 120 }
    })
    expect(file.iotJobConfiguration?.abortConfig?.criteriaList?.[0]).toEqual({
      failureType: 'FAILED',
      action: 'CANCEL',
      thresholdPercentage: 50,
      minNumberOfExecutedThings: 2
    })
  })

  it('accepts targets as one comma-separated string, like the targets input', () => {
    const file = parseDeploymentFile('targets: core-1, thinggroup/fleet\n', 'd.yaml')
    expect(file.targets).toEqual([
      { kind: 'thing', name: 'core-1' },
      { kind: 'thinggroup', name: 'fleet' }
    ])
  })

  it('treats an empty file as no defaults', () => {
    expect(parseDeploymentFile('# nothing yet\n', 'd.yaml')).toEqual({ targets: [] })
  })

  it("names the 'deployment' input when the file is missing", async () => {
    const missing = readDeploymentFile(fixture('nope.yaml'))
    await expect(missing).rejects.toThrow(ConfigurationError)
    await expect(missing).rejects.toThrow(/Input 'deployment'.*nope\.yaml does not exist/)
  })

  it('warns that DO_NOTHING leaves a broken component on the devices', async () => {
    const reporter = new MemoryReporter()
    const file = await readDeploymentFile(fixture('deployment-seed.yaml'), reporter)
    expect(file.deploymentPolicies?.failureHandlingPolicy).toBe('DO_NOTHING')
    expect(reporter.text()).toMatch(
      /warning: .*deployment-seed\.yaml:4: failureHandlingPolicy is DO_NOTHING.*broken component.*ROLLBACK/
    )
  })

  it('does not warn about ROLLBACK', async () => {
    const reporter = new MemoryReporter()
    await readDeploymentFile(fixture('deployment.yaml'), reporter)
    expect(reporter.text()).not.toMatch(/warning/)
  })
})

describe('deployment file validation', () => {
  it('names a bad enum value with its path and line', () => {
    const message = problem(
      ['targets: [core-1]', 'deploymentPolicies:', '  failureHandlingPolicy: ROLLBACK_PLEASE'].join(
        '\n'
      )
    )
    expect(message).toMatch(
      /deployment\.yaml:3: 'deploymentPolicies\.failureHandlingPolicy' must be one of ROLLBACK, DO_NOTHING/
    )
  })

  it('names an unknown key with its full path and line', () => {
    const message = problem(
      [
        'deploymentPolicies:',
        '  componentUpdatePolicy:',
        '    timeoutInSeconds: 60',
        '    actoin: NOTIFY_COMPONENTS'
      ].join('\n')
    )
    expect(message).toMatch(
      /deployment\.yaml:4: unknown key 'deploymentPolicies\.componentUpdatePolicy\.actoin'/
    )
  })

  it('suggests the right spelling of a miscased key', () => {
    expect(problem('DeploymentPolicies: {}\n')).toMatch(
      /deployment\.yaml:1: unknown key 'DeploymentPolicies': did you mean 'deploymentPolicies'\?/
    )
  })

  it('explains that the toolkit fills in components', () => {
    const message = problem(
      'targets: [core-1]\ncomponents:\n  com.example.X:\n    componentVersion: 1.0.0\n'
    )
    expect(message).toMatch(/deployment\.yaml:2: unknown key 'components': the toolkit fills in/)
  })

  it('checks ranges from the API inside lists', () => {
    const message = problem(
      [
        'iotJobConfiguration:',
        '  abortConfig:',
        '    criteriaList:',
        '      - failureType: FAILED',
        '        action: CANCEL',
        '        thresholdPercentage: 150',
        '        minNumberOfExecutedThings: 0'
      ].join('\n')
    )
    expect(message).toMatch(
      /:6: 'iotJobConfiguration\.abortConfig\.criteriaList\[0\]\.thresholdPercentage' must be from 0 to 100/
    )
    expect(message).toMatch(/:7: '.*minNumberOfExecutedThings' must be at least 1/)
  })

  it('rejects a timeout that is not a whole number', () => {
    expect(
      problem(
        'deploymentPolicies:\n  configurationValidationPolicy:\n    timeoutInSeconds: "30s"\n'
      )
    ).toMatch(
      /:3: 'deploymentPolicies\.configurationValidationPolicy\.timeoutInSeconds' must be a whole number/
    )
  })

  it('names a target that is not one, with its line', () => {
    expect(problem('targets:\n  - core-1\n  - "bad name!"\n')).toMatch(
      /deployment\.yaml:3: 'targets' has 'bad name!' is not a target/
    )
  })

  it('reports YAML syntax errors with the line', () => {
    expect(problem('targets: [core-1\ndeploymentName: x\n')).toMatch(
      /deployment\.yaml:\d+: not valid YAML/
    )
  })

  it('rejects a file that is not a mapping', () => {
    expect(problem('- core-1\n')).toMatch(/must be a mapping/)
  })
})
