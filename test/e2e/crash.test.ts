// A sample of the crash sweep (test/e2e/crash.ts): SIGKILL right after a mutating call of a
// first deploy and of an update, then a rerun that must leave a clean run's state. The whole
// sweep, with figures, is `npm run sweep`.
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { CRASH_POINTS, crashCase, crashTemp, problems } from './crash.js'

let sandbox: Sandbox
let temp: string

beforeAll(async () => {
  sandbox = await startSandbox()
  temp = crashTemp()
}, 180_000)

afterAll(async () => {
  await sandbox?.stop()
  rmSync(temp, { recursive: true, force: true })
})

const point = (name: string) => CRASH_POINTS.find(p => p.name === name)!

// Four points of the nine: the login (the credential), the first push (the reuse record), the
// policy (IAM's versions) and the component version (Greengrass's own record).
const SAMPLE: Array<[string, boolean]> = [
  ['registry login', false],
  ['iam:CreatePolicy', false],
  ['push of the inputs tag', true],
  ['greengrass:CreateComponentVersion', true]
]

describe('crash sweep (sample)', () => {
  it.each(SAMPLE)(
    'SIGKILL after %s (update: %s), then a rerun: a clean run’s state',
    async (name, update) => {
      const result = await crashCase(sandbox, point(name), {
        id: `s${SAMPLE.findIndex(s => s[0] === name)}${update ? 'u' : 'f'}`,
        update,
        temp
      })
      if (problems(result).length) console.log(result.log)
      expect(problems(result)).toEqual([])
    },
    600_000
  )
})

describe('lost answers', () => {
  it('CreateComponentVersion and CreateDeployment done but their answers lost: one of each', async () => {
    await sandbox.resetCalls()
    await sandbox.injectFault({ operation: 'CreateComponentVersion', kind: 'lost' })
    await sandbox.injectFault({ operation: 'CreateDeployment', kind: 'lost' })
    // A point never reached: the run is not killed, the faults are all it meets.
    const never = { name: 'none', after: /(?!)/ }
    const result = await crashCase(sandbox, never, { id: 'lost', update: false, temp })
    if (result.crashCode !== 0) console.log(result.log)
    expect(result.crashCode).toBe(0)
    expect(problems(result)).toEqual(['the crash point was never reached'])
    const calls = await sandbox.calls()
    expect(calls.filter(c => c.injected).map(c => c.operation)).toEqual([
      'CreateComponentVersion',
      'CreateDeployment'
    ])
  }, 600_000)
})
