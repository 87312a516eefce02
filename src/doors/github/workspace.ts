// In GitHub Actions, the files ggcd reads and writes are the checked-out repository's: every
// path input (templates, the build context and Dockerfile, the deployment file, where the
// rendered recipe goes) must resolve inside GITHUB_WORKSPACE, both as written (no `..` out,
// no absolute path elsewhere) and once symbolic links are followed (no link out). Otherwise a
// path could read a runner's credentials file into a template's error, or send a directory
// of the machine to the image build.
import { realpath } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { ConfigurationError } from '../../core/shared/errors.js'
import type { InputName, RawInputs } from '../../interface/catalogue.js'

export const PATH_INPUTS = [
  'recipe',
  'policy',
  'context',
  'dockerfile',
  'deployment',
  'output',
  'recipe-path'
] as const satisfies readonly InputName[]

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}

/** The path with every existing part's links followed (a file to be written may not exist). */
async function realpathOfExisting(path: string): Promise<string> {
  const missing: string[] = []
  let at = path
  for (;;) {
    try {
      return join(await realpath(at), ...missing.reverse())
    } catch {
      const parent = dirname(at)
      if (parent === at) return path
      missing.push(at.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)))
      at = parent
    }
  }
}

/**
 * Throws a ConfigurationError naming every path input that leads out of the workspace; does
 * nothing outside GitHub Actions or without GITHUB_WORKSPACE.
 */
export async function checkWorkspacePaths(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  cwd = process.cwd()
): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE
  if (env.GITHUB_ACTIONS !== 'true' || !workspace) return
  const root = resolve(cwd, workspace)
  const realRoot = await realpathOfExisting(root)
  const problems: string[] = []
  let subject: string | undefined
  for (const name of PATH_INPUTS) {
    if (!(name in raw)) continue
    let value = raw[name] ?? ''
    // The Dockerfile's default sits in the context, so it is checked as the build will read it.
    if (name === 'dockerfile' && !value && raw.context) value = join(raw.context, 'Dockerfile')
    if (!value) continue
    const path = resolve(cwd, value)
    let problem: string | undefined
    if (!inside(root, path)) {
      problem = `Input '${name}' is ${value}, outside the workspace ${root}`
    } else {
      const real = await realpathOfExisting(path)
      if (!inside(realRoot, real)) {
        problem = `Input '${name}' is ${value}, which a symbolic link leads out of the workspace ${root} (to ${real})`
      }
    }
    if (problem) {
      subject ??= name
      problems.push(
        `${problem}: in GitHub Actions, ggcd reads and writes files of the checked-out repository only. Use a path inside it (relative to the repository root, e.g. recipe/recipe.yaml).`
      )
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join('\n'), subject)
}
