// The GitHub Actions door: it reads inputs as the runner passes them, prints through
// @actions/core (loaded on first use) without ever letting a line overtake a mask, and turns
// a step's outcome or error into outputs, state, annotations and the exit code.
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
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ActionsReporter,
  getInput,
  readInputs,
  runAction
} from '../../../../src/doors/github/run-action.js'
import { ConfigurationError, StepFailure, withSummary } from '../../../../src/core/shared/errors.js'
import type { StepRunner } from '../../../../src/interface/run/index.js'

let printed: string[]
let dir: string
const saved = { ...process.env }

// One folder for the whole file: @actions/core keeps the summary file's path once it has
// seen it, as a process of one step would.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ggcd-door-'))
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

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
  process.exitCode = undefined
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
})

const file = (name: string) => readFileSync(join(dir, name), 'utf8')

describe('inputs', () => {
  it('reads INPUT_<NAME> as the runner sets it: upper case, trimmed, empty when unset', () => {
    const env = { INPUT_THING_GROUPS: '  lab \n', 'INPUT_ACCOUNT-ID': '123456789012' }
    expect(getInput('thing-groups', env)).toBe('')
    expect(getInput('account-id', env)).toBe('123456789012')
    expect(getInput('thing groups', env)).toBe('lab')
    expect(
      readInputs('smoke', { INPUT_TABLE_NAME: 'items', 'INPUT_TABLE-NAME': 'x' })
    ).toMatchObject({
      'table-name': 'x',
      region: ''
    })
  })
})

describe('ActionsReporter', () => {
  it('replays what was said before @actions/core loaded, in order, the mask first', async () => {
    const reporter = new ActionsReporter()
    reporter.mask('s3cret-token')
    reporter.info('logged in with s3cret-token')
    reporter.warning('careful')
    await reporter.ready()
    reporter.info('after')
    const text = printed.join('')
    expect(text.indexOf('::add-mask::s3cret-token')).toBeGreaterThanOrEqual(0)
    expect(text.indexOf('::add-mask::s3cret-token')).toBeLessThan(text.indexOf('logged in with'))
    expect(text.indexOf('logged in with')).toBeLessThan(text.indexOf('::warning::careful'))
    expect(text.indexOf('::warning::careful')).toBeLessThan(text.indexOf('after'))
  })

  it('groups a step as a log group, its lines inside', async () => {
    const reporter = new ActionsReporter()
    const value = reporter.group('Deploy', async () => {
      reporter.info('inside')
      return 7
    })
    await expect(value).resolves.toBe(7)
    await reporter.ready()
    expect(printed.join('')).toMatch(/::group::Deploy\n(?:.*\n)*inside\n(?:.*\n)*::endgroup::/)
  })
})

describe('runAction', () => {
  it('writes outputs, state and the summary, and fails the step on reported failures', async () => {
    const runner: StepRunner = async (raw, _env, ctx) => {
      ctx.reporter.info(`table ${raw['table-name']}`)
      ctx.saveState?.('logout-builder', 'docker')
      ctx.saveState?.('logout-registry', 'localhost:5000')
      return {
        outputs: { 'smoke-result': 'failed', changed: 'true' },
        summary: '<h2>smoke</h2>',
        failures: ['b wrote no item']
      }
    }
    process.env['INPUT_TABLE-NAME'] = 'items'
    await runAction('smoke', runner)
    expect(printed.join('')).toContain('table items')
    expect(file('GITHUB_OUTPUT')).toMatch(/smoke-result<<.*\nfailed\n/)
    expect(file('GITHUB_OUTPUT')).toMatch(/changed<<.*\ntrue\n/)
    // The post step's state, whole, under its one key (src/doors/github/state.ts).
    expect(file('GITHUB_STATE')).toMatch(
      /ggcd-post<<.*\n\{"version":1,"logout":\{"builder":"docker","registry":\{"host":"localhost:5000","insecure":false\}\}\}\n/
    )
    expect(file('GITHUB_STEP_SUMMARY')).toContain('<h2>smoke</h2>')
    expect(printed.join('')).toContain('::error::b wrote no item')
    expect(process.exitCode).toBe(1)
  })

  it('succeeds without GITHUB_STEP_SUMMARY (local-action, a shell), writing no summary', async () => {
    const runner: StepRunner = async () => ({
      outputs: { 'smoke-result': 'passed' },
      summary: '<h2>smoke</h2>',
      failures: []
    })
    delete process.env.GITHUB_STEP_SUMMARY
    await runAction('smoke', runner)
    expect(file('GITHUB_OUTPUT')).toMatch(/smoke-result<<.*\npassed\n/)
    // Not even into the file @actions/core remembers from an earlier step of this process.
    expect(file('GITHUB_STEP_SUMMARY')).toBe('')
    expect(printed.join('')).toContain('GITHUB_STEP_SUMMARY is not set')
    expect(process.exitCode).toBeUndefined()
  })

  it('annotates bad input with what to fix and sets no output', async () => {
    const runner: StepRunner = async () => {
      throw new ConfigurationError(
        "'table-name' is required: name the DynamoDB table.",
        'table-name'
      )
    }
    await runAction('smoke', runner)
    const errors = printed
      .join('')
      .split('\n')
      .filter(l => l.startsWith('::error'))
    expect(errors).toEqual([
      "::error title=smoke%3A fix the configuration::'table-name' is required: name the DynamoDB table."
    ])
    expect(file('GITHUB_OUTPUT')).toBe('')
    expect(process.exitCode).toBe(1)
  })

  it('writes the summary of what was done when a step stops halfway', async () => {
    await runAction('pipeline', async () => {
      throw withSummary(new StepFailure('CreateDeployment: throttled'), '### Image\nbuilt')
    })
    expect(file('GITHUB_STEP_SUMMARY')).toContain('### Image\nbuilt')
    expect(printed.join('')).toContain('::error::CreateDeployment: throttled')
    expect(process.exitCode).toBe(1)
  })

  it('annotates at most 50 failures, then their count', async () => {
    const failures = Array.from({ length: 2000 }, (_, i) => `thing core-${i}: TIMED_OUT`)
    await runAction('deploy', async () => ({ outputs: {}, summary: '', failures }))
    const errors = printed
      .join('')
      .split('\n')
      .filter(l => l.startsWith('::error'))
    // 50 failures, their count, and the step's own failed line.
    expect(errors).toHaveLength(52)
    expect(errors[49]).toBe('::error::thing core-49: TIMED_OUT')
    expect(errors[50]).toBe('::error::1,950 more failures, not shown one by one.')
    expect(errors[51]).toMatch(/^::error::deploy: 2000 failure/)
    expect(process.exitCode).toBe(1)
  })

  it('succeeds quietly when the step does', async () => {
    await runAction('smoke', async () => ({
      outputs: { 'smoke-result': 'passed' },
      summary: '',
      failures: []
    }))
    expect(file('GITHUB_OUTPUT')).toMatch(/smoke-result<<.*\npassed\n/)
    expect(process.exitCode).toBeUndefined()
  })
})
