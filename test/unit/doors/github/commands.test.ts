// Text from outside never becomes a workflow command. A device writes its own item, and the
// smoke step prints what it found there; the runner reads every line of a step's output for
// `::command::` (after leading blanks) and `##[command]` (anywhere). The smoke step runs here
// through the GitHub door, its DynamoDB mocked with hostile items, and the captured log is read
// the way the runner reads it: the only commands in it must be the toolkit's own.
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
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mockClient } from 'aws-sdk-client-mock'
import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb'
import { ActionsReporter, runAction } from '../../../../src/doors/github/run-action.js'
import { commandFree, readsAsCommand } from '../../../../src/core/shared/report.js'
import { runSmoke } from '../../../../src/interface/run/smoke.js'

let printed: string[]
let dir: string
const saved = { ...process.env }
const ddb = mockClient(DynamoDBClient)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ggcd-commands-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  ddb.restore()
})
beforeEach(() => {
  printed = []
  ddb.reset()
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    printed.push(String(chunk))
    return true
  })
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    process.env[name] = join(dir, name)
    writeFileSync(join(dir, name), '')
  }
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_REGION: 'eu-west-1'
  })
  process.exitCode = undefined
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
})

/**
 * The workflow commands a GitHub runner would act on in this log: lines that start with `::`
 * after leading blanks, `##[` anywhere (the older form), nothing between `::stop-commands::T`
 * and `::T::`. Lines end at \n, \r\n and a lone \r, as the runner's line reader ends them.
 */
function commandsIn(log: string): string[] {
  const found: string[] = []
  let stopToken: string | undefined
  for (const line of log.split(/\r\n|\r|\n/)) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const text = line.trimStart()
    if (line.includes('##[')) found.push(line)
    if (!text.startsWith('::')) continue
    const stop = /^::stop-commands::(.+)$/.exec(text)
    if (stop) stopToken = stop[1]
    else found.push(text)
  }
  return found
}

const HOSTILE_TIMESTAMP = '2026-11-29T03:16:14.123Z\n::error title=Deployed::all devices are fine'
const HOSTILE_VERSION = '1.0.3\r::add-mask::core-1\n  ##[set-output name=smoke-result;]ok'

describe('device text in the GitHub log', () => {
  it('prints a device item whose text holds command lines as data, never as commands', async () => {
    const items: Record<string, Record<string, { S: string }>> = {
      'core-1': { timestamp: { S: HOSTILE_TIMESTAMP } },
      'core-2': {
        timestamp: { S: '2026-11-29T03:16:14.123Z' },
        component_version: { S: HOSTILE_VERSION }
      }
    }
    ddb
      .on(QueryCommand)
      .callsFake((input: { ExpressionAttributeValues?: Record<string, { S?: string }> }) => {
        const device = input.ExpressionAttributeValues?.[':d']?.S ?? ''
        const item = items[device]
        return { Items: item ? [{ device_name: { S: device }, ...item }] : [] }
      })
    Object.assign(process.env, {
      INPUT_TARGETS: 'core-1,core-2',
      'INPUT_TABLE-NAME': 'SampleDynamoTable',
      INPUT_SINCE: '2026-11-29T03:00:00.000Z',
      INPUT_TIMEOUT: '1',
      'INPUT_COMPONENT-VERSION': '1.0.3'
    })
    await runAction('smoke', runSmoke)
    const log = printed.join('')
    // The device's text did reach the log (as data), so the check below means something.
    expect(log).toContain('::error title=Deployed::all devices are fine')
    expect(log).toContain('::add-mask::core-1')
    const commands = commandsIn(log)
    const names = new Set(commands.map(c => /^::([a-z-]+)/.exec(c)?.[1] ?? c))
    expect(
      [...names].filter(n => !['group', 'endgroup', 'warning', 'error', 'debug'].includes(n))
    ).toEqual([])
    expect(
      commands.filter(c => /Deployed|add-mask|set-output/.test(c.split('%0A')[0]!.split('%0D')[0]!))
    ).toEqual([])
    expect(process.exitCode).toBe(1)
  }, 20_000)

  it('leaves ordinary lines alone and pauses commands only around text that needs it', async () => {
    const reporter = new ActionsReporter()
    await reporter.ready()
    reporter.info('Found core-1: item at 2026-11-29T03:16:14.123Z.')
    reporter.info('line one\n::warning::from a builder log')
    const log = printed.join('')
    expect(log.startsWith('Found core-1: item at 2026-11-29T03:16:14.123Z.\n')).toBe(true)
    expect(commandsIn(log)).toEqual([])
    expect(log).toMatch(
      /::stop-commands::[0-9a-f]{32}\nline one\n::warning::from a builder log\n::[0-9a-f]{32}::/
    )
  })
})

describe('commandFree', () => {
  it.each([
    ['::error::x', true],
    ['  ::add-mask::x', true],
    ['a\r::set-env name=A::b', true],
    ['text ##[error]x', true],
    ['a :: b', false],
    ['2026-11-29T03:16:14.123Z', false]
  ])('%j reads as a command: %s', (text, expected) => {
    expect(readsAsCommand(text)).toBe(expected)
    expect(commandFree(text, 'T') === text).toBe(!expected)
  })
})
