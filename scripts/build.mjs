// Bundles every action and the CLI with ncc. Each bundle is a whole dist/ folder (ESM
// output with numbered chunks for the SDK's lazily loaded modules), committed, and checked
// against a fresh build in CI.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync, readFileSync, chmodSync } from 'node:fs'

export const ENTRIES = [
  'build-push',
  'render-recipe',
  'attach-policy',
  'deploy',
  'smoke',
  'pipeline',
  'prune',
  'cli'
]

// Bundles built into another's dist/, after it: build-push's post step (registry logout),
// which the root action's post step runs too.
const EXTRA = { 'build-push': [{ source: 'actions/build-push/post-index.ts', out: 'post' }] }

function ncc(source, out) {
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      source,
      '--out',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022'
    ],
    { stdio: 'inherit' }
  )
}

const only = process.argv.slice(2)
for (const entry of ENTRIES.filter(e => only.length === 0 || only.includes(e))) {
  const source = `actions/${entry}/index.ts`
  const out = `actions/${entry}/dist`
  rmSync(out, { recursive: true, force: true })
  ncc(source, out)
  for (const extra of EXTRA[entry] ?? []) ncc(extra.source, `${out}/${extra.out}`)
  if (entry === 'cli') {
    const index = `${out}/index.js`
    const code = readFileSync(index, 'utf8')
    if (!code.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${code}`)
    chmodSync(index, 0o755)
  }
  process.stdout.write(`built ${out}\n`)
}
