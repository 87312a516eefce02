// The deployment file: what a user writes in recipe/deployment.yaml, and the messages they
// get when a key or value is wrong (with the line, so they can find it).
import { describe, it, expect } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import {
  parseDeploymentFile,
  readDeploymentFile
} from '../../../../src/core/deploy/deployment-file.js'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import { MemoryReporter } from '../../../../src/core/shared/report.js'

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/deploy/${name}`, import.meta.url))

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

  it('suggests the right spelling of any miscased key of the file', () => {
    // Every member name the file accepts, as the CreateDeployment API spells it.
    const keys = [
      'deploymentName',
      'targets',
      'deploymentPolicies',
      'failureHandlingPolicy',
      'componentUpdatePolicy',
      'timeoutInSeconds',
      'action',
      'configurationValidationPolicy',
      'iotJobConfiguration',
      'jobExecutionsRolloutConfig',
      'exponentialRate',
      'baseRatePerMinute',
      'incrementFactor',
      'rateIncreaseCriteria',
      'numberOfNotifiedThings',
      'numberOfSucceededThings',
      'maximumPerMinute',
      'abortConfig',
      'criteriaList',
      'failureType',
      'thresholdPercentage',
      'minNumberOfExecutedThings',
      'timeoutConfig',
      'inProgressTimeoutInMinutes'
    ]
    for (const key of keys) {
      expect(problem(`${key.toUpperCase()}: 1\n`)).toContain(
        `unknown key '${key.toUpperCase()}': did you mean '${key}'? (keys are case-sensitive).`
      )
    }
    expect(problem('colour: blue\n')).toMatch(/:1: unknown key 'colour': remove it\.$/)
  })

  it('says what to do instead of the CreateDeployment members the toolkit fills in', () => {
    expect(problem('targetArn: arn:aws:iot:eu-west-1:1:thing/x\n')).toContain(
      "unknown key 'targetArn': use 'targets' (a list), or the 'targets' input."
    )
    expect(problem('parentTargetArn: x\n')).toContain(
      "unknown key 'parentTargetArn': the toolkit does not create subdeployments; remove it."
    )
    expect(problem('tags: {team: a}\n')).toContain(
      "unknown key 'tags': the toolkit does not tag deployments; remove it."
    )
  })

  it('words each wrong type, one problem a line', () => {
    const message = problem(
      [
        'deploymentName: 42',
        'targets: {core-1: yes}',
        'iotJobConfiguration:',
        '  jobExecutionsRolloutConfig:',
        '    maximumPerMinute: 1.5',
        '    exponentialRate:',
        '      baseRatePerMinute: 5',
        '      incrementFactor: fast',
        '      rateIncreaseCriteria: {numberOfSucceededThings: 1}',
        '  abortConfig:',
        '    criteriaList:',
        '      - {failureType: FAILED, action: CANCEL, thresholdPercentage: half, minNumberOfExecutedThings: 1}',
        '      - {failureType: FAILED, action: CANCEL, thresholdPercentage: -1, minNumberOfExecutedThings: 1}'
      ].join('\n')
    )
    expect(message.split('\n')).toEqual([
      "deployment.yaml:1: 'deploymentName' must be a string.",
      "deployment.yaml:2: 'targets' must be a list of targets (thing names, thing/<name>, thinggroup/<name> or ARNs).",
      "deployment.yaml:8: 'iotJobConfiguration.jobExecutionsRolloutConfig.exponentialRate.incrementFactor' must be a number from 1.1 to 5.",
      "deployment.yaml:5: 'iotJobConfiguration.jobExecutionsRolloutConfig.maximumPerMinute' must be a whole number from 1 to 1000.",
      "deployment.yaml:12: 'iotJobConfiguration.abortConfig.criteriaList[0].thresholdPercentage' must be a number from 0 to 100.",
      "deployment.yaml:13: 'iotJobConfiguration.abortConfig.criteriaList[1].thresholdPercentage' must be from 0 to 100."
    ])
    expect(problem('deploymentName: ""\n')).toBe(
      "deployment.yaml:1: 'deploymentName' must not be empty."
    )
  })

  it('names the first target of a list by its line too', () => {
    expect(problem('deploymentName: x\ntargets:\n  - "bad name!"\n  - core-1\n')).toMatch(
      /^deployment\.yaml:3: 'targets' has 'bad name!' is not a target/
    )
  })

  it('rejects a file that is a plain value', () => {
    expect(problem('core-1\n')).toMatch(/^deployment\.yaml: must be a mapping/)
  })

  it('accepts a full exponentialRate rollout and keeps it as written', () => {
    const file = parseDeploymentFile(
      [
        'iotJobConfiguration:',
        '  jobExecutionsRolloutConfig:',
        '    maximumPerMinute: 100',
        '    exponentialRate:',
        '      baseRatePerMinute: 5',
        '      incrementFactor: 1.5',
        '      rateIncreaseCriteria:',
        '        numberOfSucceededThings: 3',
        '  timeoutConfig:',
        '    inProgressTimeoutInMinutes: 30'
      ].join('\n'),
      'deployment.yaml'
    )
    expect(file.iotJobConfiguration).toEqual({
      jobExecutionsRolloutConfig: {
        maximumPerMinute: 100,
        exponentialRate: {
          baseRatePerMinute: 5,
          incrementFactor: 1.5,
          rateIncreaseCriteria: { numberOfSucceededThings: 3 }
        }
      },
      timeoutConfig: { inProgressTimeoutInMinutes: 30 }
    })
  })

  const rollout = (criteria: string[], base = 5, factor = 1.5) =>
    [
      'iotJobConfiguration:',
      '  jobExecutionsRolloutConfig:',
      '    exponentialRate:',
      `      baseRatePerMinute: ${base}`,
      `      incrementFactor: ${factor}`,
      '      rateIncreaseCriteria:',
      ...criteria.map(c => `        ${c}`)
    ].join('\n')

  it('needs exactly one kind of rateIncreaseCriteria, as the API does', () => {
    const both = problem(rollout(['numberOfNotifiedThings: 2', 'numberOfSucceededThings: 3']))
    expect(both).toMatch(
      /:7: 'iotJobConfiguration\.jobExecutionsRolloutConfig\.exponentialRate\.rateIncreaseCriteria' needs exactly one of numberOfNotifiedThings or numberOfSucceededThings/
    )
    expect(problem(rollout(['{}']).replace('criteria:\n        {}', 'criteria: {}'))).toMatch(
      /'.*rateIncreaseCriteria' needs exactly one of/
    )
    expect(() =>
      parseDeploymentFile(rollout(['numberOfNotifiedThings: 2']), 'd.yaml')
    ).not.toThrow()
  })

  it('checks the exponentialRate ranges from the API', () => {
    expect(problem(rollout(['numberOfSucceededThings: 3'], 0))).toMatch(
      /:4: '.*exponentialRate\.baseRatePerMinute' must be from 1 to 1000/
    )
    expect(problem(rollout(['numberOfSucceededThings: 3'], 1001))).toMatch(
      /:4: '.*baseRatePerMinute' must be from 1 to 1000/
    )
    expect(problem(rollout(['numberOfSucceededThings: 3'], 5, 1))).toMatch(
      /:5: '.*exponentialRate\.incrementFactor' must be from 1\.1 to 5/
    )
    expect(problem(rollout(['numberOfSucceededThings: 3'], 5, 5.5))).toMatch(
      /:5: '.*incrementFactor' must be from 1\.1 to 5/
    )
    expect(problem(rollout(['numberOfSucceededThings: 0']))).toMatch(
      /:7: '.*rateIncreaseCriteria\.numberOfSucceededThings' must be at least 1/
    )
    expect(problem(rollout(['numberOfSucceededThings: 3', 'numberOfSuceededThings: 3']))).toMatch(
      /:8: unknown key '.*rateIncreaseCriteria\.numberOfSuceededThings'/
    )
    expect(problem(`${rollout(['numberOfSucceededThings: 3'])}\n      incrementFactr: 2`)).toMatch(
      /:8: unknown key '.*exponentialRate\.incrementFactr'/
    )
  })

  it('checks timeoutConfig', () => {
    expect(
      problem('iotJobConfiguration:\n  timeoutConfig:\n    inProgressTimeoutInMinutes: 0\n')
    ).toMatch(
      /:3: 'iotJobConfiguration\.timeoutConfig\.inProgressTimeoutInMinutes' must be at least 1/
    )
    expect(
      problem('iotJobConfiguration:\n  timeoutConfig:\n    inProgressTimeoutInMinutes: 2.5\n')
    ).toMatch(/:3: '.*inProgressTimeoutInMinutes' must be a whole number/)
    expect(
      problem('iotJobConfiguration:\n  timeoutConfig:\n    inProgressTimeoutMinutes: 5\n')
    ).toMatch(/:3: unknown key 'iotJobConfiguration\.timeoutConfig\.inProgressTimeoutMinutes'/)
  })

  it('rejects an empty criteriaList: an abortConfig that can never abort', () => {
    expect(problem('iotJobConfiguration:\n  abortConfig:\n    criteriaList: []\n')).toMatch(
      /:3: 'iotJobConfiguration\.abortConfig\.criteriaList' must list at least one criterion/
    )
  })
})
