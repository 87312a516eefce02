// ggcd's help pages carry what a user needs without the README: examples, the options a
// command cannot do without, the environment it reads, and the exit codes. The examples and
// the required options are checked against the commands' real options and behaviour.
import { describe, expect, it } from '@jest/globals'
import { main } from '../../../../src/doors/cli/program.js'
import { REQUIRED } from '../../../../src/doors/cli/help.js'

const COMMANDS = Object.keys(REQUIRED) as Array<keyof typeof REQUIRED>

async function ggcd(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, env, { out: l => out.push(l), err: l => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** The --options of a command, as its help page lists them. */
const optionsOf = (help: string) =>
  new Set(
    [
      ...help
        .split('Options:')[1]!
        .split('\n\n')[0]!
        .matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)
    ].map(m => m[1])
  )

describe('ggcd --help', () => {
  it('gives examples, the environment read and the exit codes', async () => {
    const { code, out } = await ggcd(['--help'])
    expect(code).toBe(0)
    expect(out).toMatch(/^Examples:\n {2}ggcd pipeline /m)
    for (const name of [
      'AWS_REGION',
      'AWS_PROFILE',
      'AWS_ENDPOINT_URL_<SERVICE>',
      'SOURCE_DATE_EPOCH'
    ]) {
      expect(out).toContain(name)
    }
    expect(out).toMatch(/^Exit status:\n {2}0 .*\n {2}1 .*\n {2}2 +bad input/m)
  })
})

describe.each(COMMANDS)('ggcd %s --help', command => {
  it('lists its required options and examples, all of them options it has', async () => {
    const { code, out } = await ggcd([command, '--help'])
    expect(code).toBe(0)
    const options = optionsOf(out)
    const required = [
      ...out
        .split('Required:\n')[1]!
        .split('\n\n')[0]!
        .matchAll(/^ {2}(--[\w-]+)/gm)
    ]
    expect(required.map(m => m[1])).toEqual(REQUIRED[command].map(([option]) => option))
    for (const [, option] of required) expect(options).toContain(option)
    const examples = out.split('Examples:\n')[1]!.split('\n\n')[0]!.split('\n')
    expect(examples.length).toBeGreaterThan(0)
    for (const example of examples) {
      expect(example).toMatch(new RegExp(`^ {2}ggcd ${command} `))
      for (const [option] of example.matchAll(/--[\w-]+/g)) expect(options).toContain(option)
    }
    expect(out).toContain('Environment:')
    expect(out).toContain('Exit status:')
  })

  it('exits 2 naming each option it says is required, when none is given', async () => {
    // No region, no commit, no credentials: nothing may reach AWS (and nothing could).
    const { code, err } = await ggcd([command], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' })
    expect(code).toBe(2)
    for (const [option, when] of REQUIRED[command]) {
      if (/^(unless|with) /.test(when)) continue // conditional: needs its condition set up
      expect(err).toContain(`'${option.slice(2)}'`)
    }
  })
})
