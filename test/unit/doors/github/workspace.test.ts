// In the action door, path inputs stay in the workspace: not by `..`, not by an absolute
// path, not through a symbolic link; a file still to be written counts by its existing
// parents. Outside GitHub Actions (the CLI) paths are the user's own business.
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../../../../src/doors/github/run-action.js'
import { checkWorkspacePaths } from '../../../../src/doors/github/workspace.js'
import type { StepRunner } from '../../../../src/interface/run/index.js'

// Made at load time: the it.each tables below name paths in it.
const dir = mkdtempSync(join(tmpdir(), 'ggcd-workspace-'))
const ws = join(dir, 'repo')
const outside = join(dir, 'outside')
const actions = (workspace: string) => ({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace })

beforeAll(() => {
  for (const d of [ws, outside, join(ws, 'recipe'), join(ws, 'container')]) mkdirSync(d)
  writeFileSync(join(outside, 'credentials'), '[default]\naws_secret_access_key = x\n')
  writeFileSync(join(ws, 'recipe', 'recipe.yaml'), 'a: 1\n')
  writeFileSync(join(ws, 'container', 'Dockerfile'), 'FROM scratch\n')
  symlinkSync(join(outside, 'credentials'), join(ws, 'recipe', 'policy.json'))
  symlinkSync(outside, join(ws, 'elsewhere'))
  symlinkSync(join(ws, 'recipe'), join(ws, 'recipes'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

const check = (raw: Record<string, string>, env = actions(ws)) => checkWorkspacePaths(raw, env, ws)

describe('checkWorkspacePaths', () => {
  it('accepts paths in the workspace, links that stay in it, and files still to be written', async () => {
    await expect(
      check({
        recipe: 'recipe/recipe.yaml',
        policy: join(ws, 'recipes', 'recipe.yaml'),
        context: 'container',
        dockerfile: '',
        output: 'build/new/recipe.yaml',
        deployment: './recipe/../recipe/recipe.yaml'
      })
    ).resolves.toBeUndefined()
  })

  it.each([
    ['recipe', '../outside/credentials', 'outside the workspace'],
    ['policy', join(outside, 'credentials'), 'outside the workspace'],
    ['policy', 'recipe/policy.json', 'a symbolic link leads out of the workspace'],
    ['context', 'elsewhere', 'a symbolic link leads out of the workspace'],
    ['output', 'elsewhere/new/recipe.yaml', 'a symbolic link leads out of the workspace'],
    ['deployment', '/etc/passwd', 'outside the workspace'],
    ['recipe-path', '..', 'outside the workspace']
  ])('refuses %s %j: %s', async (name, value, why) => {
    await expect(check({ [name]: value })).rejects.toThrow(
      expect.objectContaining({
        name: 'ConfigurationError',
        subject: name,
        message: expect.stringContaining(`Input '${name}' is ${value}, `)
      })
    )
    await expect(check({ [name]: value })).rejects.toThrow(why)
  })

  it("checks the Dockerfile's default, in the context, as the build reads it", async () => {
    await expect(check({ context: 'elsewhere', dockerfile: '' })).rejects.toThrow(
      /Input 'context'.*\n.*Input 'dockerfile' is elsewhere\/Dockerfile/
    )
  })

  it('leaves paths alone outside GitHub Actions', async () => {
    await expect(
      check({ recipe: '../outside/credentials' }, { GITHUB_ACTIONS: '', GITHUB_WORKSPACE: ws })
    ).resolves.toBeUndefined()
  })
})

describe('the action door', () => {
  let printed: string[]
  const saved = { ...process.env }
  beforeEach(() => {
    printed = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      printed.push(String(chunk))
      return true
    })
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
      process.env[name] = join(dir, name)
      writeFileSync(join(dir, name), '')
    }
    Object.assign(process.env, actions(ws))
    process.exitCode = undefined
  })
  afterEach(() => {
    jest.restoreAllMocks()
    process.env = { ...saved }
    process.exitCode = undefined
  })

  it('refuses a path out of the workspace before the step runs, naming the input', async () => {
    const cwd = process.cwd()
    process.chdir(ws)
    let ran = false
    const runner: StepRunner = async () => {
      ran = true
      return { outputs: {}, summary: '', failures: [] }
    }
    try {
      process.env.INPUT_POLICY = 'recipe/policy.json'
      await runAction('attach-policy', runner)
    } finally {
      process.chdir(cwd)
    }
    expect(ran).toBe(false)
    expect(printed.join('')).toMatch(
      /::error title=attach-policy%3A fix the configuration::Input 'policy' is recipe\/policy.json, which a symbolic link leads out/
    )
    expect(printed.join('')).not.toContain('aws_secret_access_key')
    expect(process.exitCode).toBe(1)
  })
})
