// The CLI outside this repository: dist/cli is the package published as
// @ggcd/greengrass-container-deploy. Packed with `npm pack`, installed offline into a scratch
// "user repository" in a temp folder (with an empty npm cache, so nothing could come from
// anywhere but the tarball, and this repository's node_modules out of reach), `ggcd` runs
// there: its help, and a real step on the user's own recipe template.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './harness.js'

const PACKAGE = join(ROOT, 'dist/cli')
const DIGEST = `sha256:${'cd'.repeat(32)}`
const IMAGE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/dynamodb_access_sample@${DIGEST}`

let work: string
let userRepo: string
let tarball: string
let packed: { files: Array<{ path: string }> }

const manifest = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { version: string }

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH, HOME: work, npm_config_cache: join(work, 'npm-cache'), ...env }
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ggcd-cli-package-'))
  const pack = run('npm', ['pack', PACKAGE, '--json', '--pack-destination', work], work)
  expect(pack.err).not.toMatch(/ERR!/)
  packed = (JSON.parse(pack.out) as Array<typeof packed & { filename: string }>)[0]!
  tarball = join(work, (packed as unknown as { filename: string }).filename)

  userRepo = join(work, 'user-repo')
  mkdirSync(join(userRepo, 'recipe'), { recursive: true })
  writeFileSync(join(userRepo, 'package.json'), '{ "name": "user-repo", "private": true }\n')
  copyFileSync(join(ROOT, 'recipe/recipe.yaml'), join(userRepo, 'recipe/recipe.yaml'))
  const installed = run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball],
    userRepo
  )
  expect(installed.err).not.toMatch(/ERR!/)
  expect(installed.code).toBe(0)
}, 180_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

it('is a scoped package of the bundle alone, with no dependencies, versioned as the project', () => {
  const cli = manifest(join(PACKAGE, 'package.json'))
  expect(cli.name).toBe('@ggcd/greengrass-container-deploy')
  expect(cli.version).toBe(manifest(join(ROOT, 'package.json')).version)
  expect(cli.bin).toEqual({ ggcd: 'index.js' })
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
    expect(cli[field]).toBeUndefined()
  }
  const files = packed.files.map(f => f.path)
  expect(files).toContain('index.js')
  // Besides the manifest and README, only the bundle: its chunks, WebAssembly and licenses.
  expect(files.filter(f => !/\.(js|wasm|txt)$/.test(f)).sort()).toEqual([
    'README.md',
    'package.json'
  ])
})

it('runs as `npx ggcd --help` in the user repository', () => {
  const help = run('npx', ['--no-install', 'ggcd', '--help'], userRepo)
  expect(help.code).toBe(0)
  expect(help.out).toMatch(/^Usage: ggcd /m)
  expect(help.out).toContain('render-recipe')
  const stepHelp = run(join(userRepo, 'node_modules/.bin/ggcd'), ['deploy', '--help'], userRepo)
  expect(stepHelp.code).toBe(0)
  expect(stepHelp.out).toContain('--targets')
})

it('says its version, the project version, as `ggcd --version`', () => {
  const version = run(join(userRepo, 'node_modules/.bin/ggcd'), ['--version'], userRepo)
  expect(version.code).toBe(0)
  expect(version.out.trim()).toBe(manifest(join(ROOT, 'package.json')).version)
})

it('runs a step there on the user repository own template', () => {
  const rendered = run(
    'npx',
    [
      '--no-install',
      'ggcd',
      'render-recipe',
      '--region',
      'eu-west-1',
      '--account-id',
      '123456789012',
      '--image-uri',
      IMAGE,
      '--component-version',
      '1.0.0'
    ],
    userRepo,
    // No AWS call is needed with an account and a version; one would fail fast.
    {
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9'
    }
  )
  expect(rendered.err).not.toMatch(/^error:/m)
  expect(rendered.code).toBe(0)
  expect(rendered.out).toContain('component-version=1.0.0')
  expect(readFileSync(join(userRepo, 'build/recipe.yaml'), 'utf8')).toContain(`docker:${IMAGE}`)
})
