// Two runs at once with different recipes and component-version 'auto', each deploying to its
// own device: both read "no version yet" and go for the same next version; Greengrass takes
// one CreateComponentVersion and answers the other with ConflictException. The loser must take
// the next version and go on (never exit 2 telling the user to bump the version), and both
// runs end with their own device running their own version. The image is pushed first, so
// that neither run builds and their renders fall close together: the conflict is then all but
// certain, and the test says how often it happened. The unit tests of the version choice
// force it (test/unit/core/deploy).
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { ROOT, runAction } from './harness.js'
import { rejectedCalls, sandboxInputs, succeeded, workspaceTemp } from './helpers.js'

let sandbox: Sandbox
let env: Record<string, string>
let work: string

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
  work = workspaceTemp('ggcd-concurrent-')
})

afterAll(async () => {
  await sandbox?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

it('two runs with different recipes at once both deploy, each its own version', async () => {
  // The image both runs reuse (the same build inputs), pushed by a build-push of its own.
  const { builder, registry, dockerfile } = sandboxInputs(sandbox)
  const pushed = await runAction('actions/build-push', { builder, registry, dockerfile }, env)
  expect([pushed.code, pushed.code === 0 ? '' : pushed.log.slice(-2000)]).toEqual([0, ''])
  await sandbox.resetCalls()

  // Another recipe: the same component with another description, so 'auto' must not reuse
  // the other run's version.
  const template = readFileSync(join(ROOT, 'recipe/recipe.yaml'), 'utf8')
  const other = join(work, 'recipe.yaml')
  writeFileSync(
    other,
    template.replace('ComponentDescription: >-\n', 'ComponentDescription: >-\n  The other run.\n')
  )
  expect(readFileSync(other, 'utf8')).not.toBe(template)

  const [a, b] = await Promise.all([
    runAction('.', { ...sandboxInputs(sandbox), targets: 'sandbox-core-1' }, env),
    runAction('.', { ...sandboxInputs(sandbox), targets: 'sandbox-core-2', recipe: other }, env)
  ])
  for (const run of [a, b]) {
    expect([run.code, run.code === 0 ? '' : run.log.slice(-3000)]).toEqual([0, ''])
  }
  const versions = [a.outputs['component-version'], b.outputs['component-version']]
  expect([...versions].sort()).toEqual(['1.0.0', '1.0.1'])
  expect(JSON.parse(a.outputs['smoke-result']!)).toEqual({ 'sandbox-core-1': 'found' })
  expect(JSON.parse(b.outputs['smoke-result']!)).toEqual({ 'sandbox-core-2': 'found' })

  const calls = await sandbox.calls()
  const conflicts = calls.filter(
    c => c.operation === 'CreateComponentVersion' && c.error === 'ConflictException'
  )
  process.stdout.write(
    `CreateComponentVersion conflicts between the two runs: ${conflicts.length}\n`
  )
  expect(succeeded(calls, 'CreateComponentVersion')).toHaveLength(2)
  for (const run of [a, b]) expect(run.log).not.toMatch(/::error/)
  expect(rejectedCalls(calls)).toEqual([])
}, 600_000)
