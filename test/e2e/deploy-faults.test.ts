// The root action against the sandbox when reading the devices' status is throttled, and when
// the release depends on a table that does not exist: a throttled status is unknown, never a
// failure (nothing rolled back), and a missing table stops the run before anything changes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction } from './harness.js'
import { sandboxInputs } from './helpers.js'

let sandbox: Sandbox
let env: Record<string, string>

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
})

afterAll(async () => {
  await sandbox?.stop()
})

describe('the root action and what it depends on', () => {
  it('a mistyped table-name: exit with a bad-input error naming it, before any Greengrass call', async () => {
    await sandbox.resetCalls()
    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'no-table', 'table-name': 'SampleDynamoTabel' },
      env
    )
    expect(run.code).not.toBe(0)
    expect(run.log).toContain(
      "Input 'table-name': the DynamoDB table SampleDynamoTabel does not exist"
    )
    expect(run.log).not.toContain('Logged in to')
    expect(await sandbox.calls()).toEqual([])
  })

  it('40 throttled status reads: the devices that ran the release succeed, nothing is rolled back', async () => {
    await sandbox.injectFault({ operation: 'ListEffectiveDeployments', status: 429, count: 40 })
    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'throttled', rollback: 'true' },
      env
    )
    expect(run.log).not.toContain('rolling back')
    expect(run.log).not.toMatch(/ERROR — ThrottlingException/)
    expect(run.code).toBe(0)
    const calls = await sandbox.calls()
    expect(calls.filter(c => c.operation === 'ListEffectiveDeployments' && c.injected).length).toBe(
      40
    )
  })
})
