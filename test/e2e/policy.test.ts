// A hostile device policy never reaches IAM: the CLI and the action refuse it before their
// first call that changes anything (exit 2, naming the statement), against the sandbox's IAM.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction, runCli } from './harness.js'
import { workspaceTemp } from './helpers.js'

let sandbox: Sandbox
let env: Record<string, string>
let admin: string

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
  admin = join(workspaceTemp('ggcd-hostile-'), 'admin.json')
  writeFileSync(
    admin,
    JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [{ Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' }]
      },
      null,
      2
    )
  )
})

afterAll(async () => {
  await sandbox?.stop()
})

const changes = async () => (await sandbox.calls()).filter(c => c.mutating)

describe('a device policy that grants everything', () => {
  it('ggcd attach-policy --policy admin.json exits 2, names the statement, changes nothing', async () => {
    await sandbox.resetCalls()
    const run = await runCli(['attach-policy', '--policy', admin], env)
    expect(run.code).toBe(2)
    expect(run.log).toContain(`${admin}:5: statement 1 (Admin) allows "*"`)
    expect(await changes()).toEqual([])
  })

  it('the attach-policy action fails the same way', async () => {
    await sandbox.resetCalls()
    const run = await runAction('actions/attach-policy', { policy: admin }, env)
    expect(run.code).not.toBe(0)
    expect(run.log).toContain('statement 1 (Admin) allows "*"')
    expect(await changes()).toEqual([])
  })
})
