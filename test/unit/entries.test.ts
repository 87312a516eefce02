// Each action's logic is a module that exports run() and does nothing when imported, as in
// actions/typescript-action: GitHub runs the bundle of index.ts (which calls run()), and
// @github/local-action imports main.ts and calls run() itself.
import { expect, it } from '@jest/globals'

const LOGIC = [
  'attach-policy/main',
  'build-push/main',
  'build-push/post',
  'deploy/main',
  'pipeline/main',
  'prune/main',
  'render-recipe/main',
  'smoke/main'
]

it.each(LOGIC)('actions/%s.ts exports run()', async logic => {
  const module = (await import(`../../actions/${logic}.js`)) as { run?: unknown }
  expect(typeof module.run).toBe('function')
})
