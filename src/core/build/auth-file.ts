// The per-run auth file
//
// A builder's login lands in the user's own auth file (buildah and podman:
// ${XDG_RUNTIME_DIR}/containers/auth.json; docker: ~/.docker/config.json), where every later
// step of the job, and anything the image build runs, could read it. So each run logs in to
// an auth file of its own: REGISTRY_AUTH_FILE (buildah, podman) or a DOCKER_CONFIG directory
// (docker), in a private directory (0700, the file 0600) under RUNNER_TEMP or the system's
// temporary directory, passed to every builder command, and removed once the push is over
// (and by the post step, if the process dies first). It starts with the logins the user
// already had for other registries, so a private base image still pulls; never with one
// for the registry it is about to log in to.
import { chmod, lstat, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Builder, Registry } from '../config.js'

/** The name every per-run auth directory starts with; the post step removes only those. */
export const AUTH_DIR_PREFIX = 'ggcd-auth-'

export interface RegistryAuth {
  /** The private directory holding the login. */
  dir: string
  /** What every builder command needs in its environment to use it. */
  env: Record<string, string>
}

/** Where the user's own logins are, in the order the builder reads them. */
function userAuthFiles(kind: Builder, env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir()
  const dockerConfig = join(env.DOCKER_CONFIG || join(home, '.docker'), 'config.json')
  if (kind === 'docker') return [dockerConfig]
  const uid = process.getuid?.() ?? 0
  return [
    ...(env.REGISTRY_AUTH_FILE ? [env.REGISTRY_AUTH_FILE] : []),
    join(env.XDG_RUNTIME_DIR || `/run/containers/${uid}`, 'containers', 'auth.json'),
    join(`/run/containers/${uid}`, 'auth.json'),
    join(home, '.config', 'containers', 'auth.json'),
    dockerConfig
  ]
}

async function readJsonObject(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

export async function createRegistryAuth(
  kind: Builder,
  registry: Registry,
  options: { parent?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<RegistryAuth> {
  const env = options.env ?? process.env
  const dir = await mkdtemp(join(options.parent ?? (env.RUNNER_TEMP || tmpdir()), AUTH_DIR_PREFIX))
  try {
    await chmod(dir, 0o700)
    const auths: Record<string, unknown> = {}
    let dockerConfig: Record<string, unknown> = {}
    for (const file of userAuthFiles(kind, env).reverse()) {
      const config = await readJsonObject(file)
      if (!config) continue
      if (kind === 'docker') dockerConfig = config
      const found = config.auths
      if (typeof found === 'object' && found !== null) Object.assign(auths, found)
    }
    for (const host of [registry.host, `https://${registry.host}`, `http://${registry.host}`]) {
      delete auths[host]
    }
    const write = (file: string, value: unknown) =>
      writeFile(join(dir, file), `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
    if (kind !== 'docker') {
      await write('auth.json', { auths })
      return { dir, env: { REGISTRY_AUTH_FILE: join(dir, 'auth.json') } }
    }
    // Docker keeps its plugins (buildx) and builder instances beside config.json: linked in,
    // so that the builder docker/setup-buildx-action made is still the one in use. A
    // credential store would put the login outside this directory, so there is none.
    const userDir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker')
    for (const name of ['cli-plugins', 'buildx', 'contexts']) {
      if (
        await lstat(join(userDir, name)).then(
          () => true,
          () => false
        )
      ) {
        await symlink(join(userDir, name), join(dir, name))
      }
    }
    const credHelpers = { ...(dockerConfig.credHelpers as Record<string, unknown> | undefined) }
    delete credHelpers[registry.host]
    const config: Record<string, unknown> = { ...dockerConfig, auths, credHelpers }
    delete config.credsStore
    await write('config.json', config)
    return { dir, env: { DOCKER_CONFIG: dir } }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

/** Removes a per-run auth directory (only one of ours, by its name); never throws. */
export async function removeRegistryAuth(dir: string): Promise<boolean> {
  if (!dir || !basename(dir).startsWith(AUTH_DIR_PREFIX)) return false
  try {
    await rm(dir, { recursive: true, force: true })
    return true
  } catch {
    return false
  }
}
