// An action run under GitHub's own local runner, @github/local-action, as an author debugging
// a step on a laptop would run it: it imports the action's main.ts (the sources, not the
// bundle, so that it can stub @actions/core), calls the run() it exports, and prints the
// outputs. No GITHUB_STEP_SUMMARY is set, as in a plain shell: the step must still succeed.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './harness.js'

const LOCAL_ACTION = join(ROOT, 'node_modules/.bin/local-action')
const DIGEST = `sha256:${'ab'.repeat(32)}`
const IMAGE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/dynamodb_access_sample@${DIGEST}`

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ggcd-local-action-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function localAction(
  args: string[],
  env: NodeJS.ProcessEnv
): Promise<{ code: number; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(LOCAL_ACTION, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', (d: Buffer) => (log += d.toString()))
    child.stderr.on('data', (d: Buffer) => (log += d.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? 1, log }))
  })
}

/** The outputs as local-action's @actions/core stub reports them: `::set-output name=N::V`. */
function outputsOf(log: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const [, name, value] of log.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) {
    outputs[name!] = value!
  }
  return outputs
}

it('runs render-recipe through local-action: outputs set, recipe written, no summary file needed', async () => {
  const recipe = join(dir, 'recipe.yaml')
  const dotenv = join(dir, '.env')
  writeFileSync(
    dotenv,
    [
      'INPUT_REGION=eu-west-1',
      'INPUT_ACCOUNT-ID=123456789012',
      `INPUT_IMAGE-URI=${IMAGE}`,
      'INPUT_COMPONENT-VERSION=1.0.0',
      `INPUT_OUTPUT=${recipe}`,
      ''
    ].join('\n')
  )
  // Only what a shell has: no runner variables, and no way to reach AWS (an explicit version
  // and account need none; a call would fail fast on the discard port).
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME }
  Object.assign(env, {
    FORCE_COLOR: '0',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9'
  })

  const run = await localAction(
    ['run', 'actions/render-recipe', '../../src/doors/github/render-recipe.ts', dotenv],
    env
  )

  expect(run.log).not.toMatch(/does not export a run\(\) function|::error::/)
  expect(run.code).toBe(0)
  expect(outputsOf(run.log)).toEqual({
    'recipe-path': recipe,
    'component-name': 'com.example.AccessDynamoDb',
    'component-version': '1.0.0'
  })
  expect(readFileSync(recipe, 'utf8')).toContain(`docker:${IMAGE}`)
  expect(run.log).toContain('GITHUB_STEP_SUMMARY is not set')
}, 120_000)
