// Recipes beyond the shipped one, deployed through the root action to the sandbox's simulated
// devices (which judge a recipe by Greengrass's rules in their own code): a container that is
// given no AWS credentials runs, with the check's warning in the log and the summary; a docker
// run with --net=host after the image is refused before anything is built.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { baseEnv, CLI, NODE24, ROOT, runAction } from './harness.js'
import { groupArn, rejectedCalls, sandboxInputs, workspaceTemp } from './helpers.js'

let sandbox: Sandbox
let env: Record<string, string>
let dir: string

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
  dir = workspaceTemp('ggcd-e2e-recipes-')
})

afterAll(async () => {
  await sandbox?.stop()
})

/** The shipped template with its name and Run script replaced. */
function template(name: string, run: string): string {
  const shipped = readFileSync('recipe/recipe.yaml', 'utf8')
  const start = shipped.indexOf('      Run:\n')
  const end = shipped.indexOf('    Artifacts:')
  const text =
    shipped.slice(0, start).replace('com.example.AccessDynamoDb', name) +
    `      Run: ${run}\n` +
    shipped.slice(end)
  const file = join(dir, `${name}.yaml`)
  writeFileSync(file, text)
  return file
}

describe('recipes as users write them, on the simulated devices', () => {
  it('a container given no AWS credentials, calling no AWS API: deployed with a warning, and it runs', async () => {
    await sandbox.addDevice({ thingName: 'nocreds-core', groups: ['NoCredsGroup'] })
    const recipe = template(
      'com.example.NoAws',
      `docker run --rm {IMAGE_URI} python3 -c "print('no AWS API called')"`
    )
    const run = await runAction(
      '.',
      {
        ...sandboxInputs(sandbox),
        'image-tag': 'no-credentials',
        recipe,
        targets: 'thinggroup/NoCredsGroup',
        smoke: 'false'
      },
      env
    )
    expect(run.code).toBe(0)
    const warnings = run.log.split('\n').filter(l => l.startsWith('::warning'))
    expect(warnings.join('\n')).toMatch(
      /is given no AWS credentials .*fine for a container that calls no AWS API/
    )
    expect(run.summary).toMatch(/⚠️ .*is given no AWS credentials/)

    const ids = JSON.parse(run.outputs['deployment-ids']!) as Record<string, string>
    const id = ids[groupArn(sandbox, 'NoCredsGroup')]!
    const device = (await sandbox.devices()).find(d => d.thingName === 'nocreds-core')!
    const verdict = device.effectiveDeployments.find(d => d.deploymentId === id)
    expect(verdict?.coreDeviceExecutionStatus).toBe('SUCCEEDED')
    expect(rejectedCalls(await sandbox.calls())).toEqual([])
  })

  it('--net=host after the image: refused with file and line before anything is built', async () => {
    await sandbox.resetCalls()
    const recipe = template(
      'com.example.LateNet',
      'docker run --rm -e AWS_CONTAINER_AUTHORIZATION_TOKEN -e AWS_CONTAINER_CREDENTIALS_FULL_URI {IMAGE_URI} --net=host'
    )
    const run = await runAction(
      '.',
      {
        ...sandboxInputs(sandbox),
        'image-tag': 'late-net',
        recipe,
        targets: 'thinggroup/NoCredsGroup'
      },
      env
    )
    expect(run.code).not.toBe(0)
    const line =
      readFileSync(recipe, 'utf8')
        .split('\n')
        .findIndex(l => l.startsWith('      Run: docker run')) + 1
    expect(run.log).toContain(
      `${recipe}:${line}: the docker run command has --net=host after the image`
    )
    expect(await sandbox.calls()).toEqual([])
  })

  it('the CLI bundle parses scripts (WebAssembly shipped in dist/) when run from another directory', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'ggcd-e2e-elsewhere-'))
    mkdirSync(join(elsewhere, 'recipe'))
    copyFileSync(
      join(ROOT, 'test/fixtures/recipes/forms/shell-unclosed-quote.yaml'),
      join(elsewhere, 'recipe/recipe.yaml')
    )
    const image = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:${'ab'.repeat(32)}`
    const args = [
      'render-recipe',
      '--image-uri',
      image,
      '--account-id',
      '123456789012',
      '--region',
      'eu-west-1',
      '--repository',
      'app',
      '--component-version',
      '1.0.0'
    ]
    const run = spawnSync(NODE24, [CLI, ...args], {
      cwd: elsewhere,
      env: baseEnv({}),
      encoding: 'utf8'
    })
    expect(run.stderr + run.stdout).toContain(
      'recipe/recipe.yaml:15: the run script is not valid shell (line 1 of the script: reached EOF without closing quote'
    )
    expect(run.status).toBe(2)
  })
})
