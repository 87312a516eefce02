// Bundles every action and the CLI with ncc. Each bundle is a whole dist/ folder (ESM
// output with numbered chunks for the SDK's lazily loaded modules), committed, and checked
// against a fresh build in CI (scripts/check-dist.sh).
//
// The bundles must come out byte for byte the same in any checkout: ncc (webpack) numbers
// modules by a hash of their path relative to the working directory. So the build always
// runs from the repository root, and refuses a node_modules that is a symbolic link (its
// modules would be named by where the link points, another path on every machine).
//
//   node scripts/build.mjs [entry…]   build all bundles, or only those named
//   node scripts/build.mjs --list     print every bundle folder, one a line
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Every bundle, by name; the one list the build and the dist check read. */
export const ENTRIES = [
  'build-push',
  'render-recipe',
  'attach-policy',
  'deploy',
  'smoke',
  'pipeline',
  'prune',
  'cli',
  // The post step of build-push and of the root action: registry logout.
  'post'
]

/** Where an entry's bundle goes, relative to the repository root (as actions/cache does). */
export function bundleDir(entry) {
  return `dist/${entry}`
}

function sourceOf(entry) {
  return `src/entries/${entry}.ts`
}

// The CLI's bundle folder is also its npm package (@ggcd/greengrass-container-deploy): its
// manifest and README are copied in beside the bundle.
const CLI_PACKAGE = 'src/doors/cli/package'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

function ncc(source, out) {
  execFileSync(
    join(ROOT, 'node_modules/.bin/ncc'),
    [
      'build',
      source,
      '--out',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
      // Its cache (~/.cache/ncc, one per checkout path) saves no time here, grows with every
      // checkout, and is one more input a fresh build should not have.
      '--no-cache'
    ],
    { stdio: 'inherit', cwd: ROOT }
  )
}

function refuseLinkedModules() {
  const modules = join(ROOT, 'node_modules')
  if (!existsSync(modules)) {
    throw new Error(`${modules} is missing: run 'npm ci' first`)
  }
  if (lstatSync(modules).isSymbolicLink()) {
    throw new Error(
      `${modules} is a symbolic link to ${realpathSync(modules)}: ncc names each module by its real path, so these bundles would differ from any other checkout's. Run 'npm ci' in this checkout instead.`
    )
  }
}

function build(only) {
  const unknown = only.filter(e => !ENTRIES.includes(e))
  if (unknown.length > 0) {
    throw new Error(`no such bundle: ${unknown.join(', ')}; the bundles are ${ENTRIES.join(', ')}`)
  }
  refuseLinkedModules()
  for (const entry of ENTRIES.filter(e => only.length === 0 || only.includes(e))) {
    const out = bundleDir(entry)
    rmSync(join(ROOT, out), { recursive: true, force: true })
    ncc(sourceOf(entry), out)
    if (entry === 'cli') {
      for (const file of ['package.json', 'README.md']) {
        copyFileSync(join(ROOT, CLI_PACKAGE, file), join(ROOT, out, file))
      }
      const index = join(ROOT, out, 'index.js')
      const code = readFileSync(index, 'utf8')
      if (!code.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${code}`)
      chmodSync(index, 0o755)
    }
    process.stdout.write(`built ${out}\n`)
  }
}

// Importing this file (for ENTRIES) builds nothing.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  try {
    if (args.includes('--list')) {
      for (const entry of ENTRIES) process.stdout.write(`${bundleDir(entry)}\n`)
    } else build(args)
  } catch (error) {
    process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
