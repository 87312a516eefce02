// Each action's logic is a module that exports run() and does nothing when imported, as in
// actions/typescript-action: GitHub runs the bundle of src/entries/<step>.ts (which calls
// run()), and @github/local-action imports src/doors/github/<step>.ts and calls run() itself.
import { expect, it } from '@jest/globals'

const LOGIC = [
  'attach-policy',
  'build-push',
  'post',
  'deploy',
  'pipeline',
  'prune',
  'render-recipe',
  'smoke'
]

it.each(LOGIC)('src/doors/github/%s.ts exports run()', async logic => {
  const module = (await import(`../../../src/doors/github/${logic}.js`)) as { run?: unknown }
  expect(typeof module.run).toBe('function')
})
