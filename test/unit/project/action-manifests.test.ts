// The public interface stays one thing: every action.yml declares exactly the inputs,
// defaults and outputs of the tables in src/interface/catalogue.ts, runs on node24 from its committed
// bundle, and the README documents every input and output.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import {
  INPUTS,
  OUTPUTS,
  STEP_INPUTS,
  STEP_OUTPUTS,
  inputDefault,
  inputDescription,
  type StepName
} from '../../../src/interface/catalogue.js'

const ACTION_FILES: Record<StepName, string> = {
  pipeline: 'action.yml',
  'build-push': 'actions/build-push/action.yml',
  'render-recipe': 'actions/render-recipe/action.yml',
  'attach-policy': 'actions/attach-policy/action.yml',
  deploy: 'actions/deploy/action.yml',
  smoke: 'actions/smoke/action.yml',
  prune: 'actions/prune/action.yml'
}

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
}

const read = (file: string) => parse(readFileSync(file, 'utf8')) as ActionYml

describe.each(Object.entries(ACTION_FILES) as [StepName, string][])('%s (%s)', (step, file) => {
  const action = read(file)

  it('declares exactly the inputs of the table, with their defaults', () => {
    expect(Object.keys(action.inputs)).toEqual([...STEP_INPUTS[step]])
    for (const name of STEP_INPUTS[step]) {
      expect([name, action.inputs[name]!.default]).toEqual([name, inputDefault(step, name)])
      expect(action.inputs[name]!.description).toBe(inputDescription(step, name))
    }
  })

  it('declares exactly the outputs of the table', () => {
    expect(Object.keys(action.outputs)).toEqual([...STEP_OUTPUTS[step]])
  })

  it('runs on node24 from its committed bundle in dist/', () => {
    expect(action.runs.using).toBe('node24')
    const main = join(file, '..', action.runs.main)
    expect(main).toBe(`dist/${step}/index.js`)
    expect(existsSync(main)).toBe(true)
  })

  it('logs out of the registry in a post step when it builds, and only then', () => {
    if (step === 'build-push' || step === 'pipeline') {
      const post = join(file, '..', action.runs.post!)
      expect(post).toBe('dist/post/index.js')
      expect(existsSync(post)).toBe(true)
      expect(action.runs['post-if']).toBe('always()')
    } else expect(action.runs.post).toBeUndefined()
  })
})

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8')

  it.each(Object.keys(INPUTS))('documents the input %s', name => {
    expect(readme).toMatch(new RegExp(`\\|\\s*\`${name}\`\\s*\\|`))
  })

  it.each(Object.keys(OUTPUTS))('documents the output %s', name => {
    expect(readme).toMatch(new RegExp(`\\|\\s*\`${name}\`\\s*\\|`))
  })
})
