// What a crash leaves: a registry login (the ECR credential, valid for 12 hours, in an auth
// file), the builder's temporary directory and, with buildah or podman, the run's local image
// (localImageName) in the builder's storage. A process killed outright (SIGKILL, the
// machine's OOM killer) runs no cleanup and no post step, so the next run cleans up after
// it, but only what it can tell is ggcd's: a login or a local image ggcd recorded here before
// making it and whose process is gone, a `ggcd-build-<pid>-` directory whose process is
// gone. A login the user made themselves (same registry, same auth file), an image of a run
// still running or any image ggcd did not name is never touched.
//
// The record names the auth file of the login. With a per-run auth file the cleanup deletes
// that file (removeAuthFile); with the builder's shared one it logs the builder out.
import { randomBytes } from 'node:crypto'
import { hostname, homedir, tmpdir } from 'node:os'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { errorMessage } from '../shared/errors.js'
import { cleanupCommands, outputTail, registryLogout } from './builders.js'
import { IMAGE_GONE } from './buildah.js'
import { parseRegistry } from '../registry.js'
import type { Builder, Registry } from '../config.js'
import { spawnRunner, type CommandRunner } from '../shared/process.js'
import type { Reporter } from '../shared/report.js'

export interface LoginRecord {
  builder: Builder
  /** As the registry input writes it: http:// for a plain-HTTP registry. */
  registry: string
  /** The auth file the login was written to, when not the builder's default. */
  authFile?: string
  /** The auth file is this run's alone: deleting it undoes the login. */
  removeAuthFile?: boolean
  pid: number
  host: string
  at: string
}

/** Where the records live: not a job's temporary directory, which a crash may outlive. */
export function loginsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GGCD_STATE_DIR) return join(env.GGCD_STATE_DIR, 'logins')
  const state = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state')
  return join(state, 'ggcd', 'logins')
}

export interface ImageRecord {
  builder: 'buildah' | 'podman'
  /** The run's local name (localImageName). */
  image: string
  /** The build's platforms: with more than one, the name is a manifest list's. */
  platforms: string[]
  pid: number
  host: string
  at: string
}

/** Where the records of local images live, beside the logins'. */
export function imagesDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dirname(loginsDir(env)), 'images')
}

/** The only names the sweep removes: localImageName's. */
const LOCAL_NAME = /^localhost\/ggcd-run-\d+-[0-9a-f]+$/

async function writeRecord(dir: string, record: object): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const stamp = { pid: process.pid, host: hostname(), at: new Date().toISOString() }
  // Two records of one process in one millisecond (a login and an image) are two files.
  const file = join(dir, `${process.pid}-${Date.now()}-${randomBytes(4).toString('hex')}.json`)
  await writeFile(file, JSON.stringify({ ...record, ...stamp }), { mode: 0o600 })
  return file
}

/** Records a login made by this process; the path returned is for forgetLogin. */
export async function recordLogin(
  login: { builder: Builder; registry: Registry; authFile?: string; removeAuthFile?: boolean },
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  return writeRecord(loginsDir(env), {
    builder: login.builder,
    registry: `${login.registry.insecure ? 'http://' : ''}${login.registry.host}`,
    ...(login.authFile ? { authFile: login.authFile } : {}),
    ...(login.removeAuthFile ? { removeAuthFile: true } : {})
  } satisfies Omit<LoginRecord, 'pid' | 'host' | 'at'>)
}

/**
 * Records the local name this process is about to build under, before the build; the path
 * returned is for forgetLogin, once the name is removed.
 */
export async function recordImage(
  image: Omit<ImageRecord, 'pid' | 'host' | 'at'>,
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  return writeRecord(imagesDir(env), image)
}

/** The login (or local image) is undone: its record goes. */
export async function forgetLogin(file: string): Promise<void> {
  await rm(file, { force: true })
}

/** Whether a process of this machine is still running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, as another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface StaleOptions {
  env?: NodeJS.ProcessEnv
  /** Where the builder's temporary directories are made; the system's by default. */
  tmpDir?: string
  alive?: (pid: number) => boolean
}

/**
 * Undoes the logins and removes the local images and temporary directories of ggcd processes
 * of this machine that are gone. Never throws: a cleanup that fails is said, and the run goes on.
 */
export async function cleanStale(
  runner: CommandRunner | undefined,
  reporter: Reporter,
  options: StaleOptions = {}
): Promise<{ logins: number; images: number; dirs: number }> {
  const alive = options.alive ?? isAlive
  const done = { logins: 0, images: 0, dirs: 0 }
  const dir = loginsDir(options.env)
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names.filter(n => n.endsWith('.json'))) {
    const file = join(dir, name)
    try {
      const record = JSON.parse(await readFile(file, 'utf8')) as LoginRecord
      if (record.host !== hostname() || alive(record.pid)) continue
      const registry = parseRegistry(record.registry)
      if (record.removeAuthFile && record.authFile) {
        await rm(record.authFile, { recursive: true, force: true })
      } else if (registry.ok) {
        // A logout that finds no login (the user logged out meanwhile) is no failure here.
        const quiet: Reporter = {
          info: m => reporter.info(m),
          warning: m => reporter.debug(m),
          debug: m => reporter.debug(m),
          mask: secret => reporter.mask(secret),
          group: (title, fn) => reporter.group(title, fn)
        }
        await registryLogout(record.builder, registry.value, runner, quiet)
      }
      await rm(file, { force: true })
      done.logins++
      reporter.info(
        `Removed the login to ${record.registry} that ggcd process ${record.pid} left at ${record.at} (it ended without logging out).`
      )
    } catch (error) {
      reporter.warning(
        `Could not clean up the stale login recorded in ${file}: ${errorMessage(error)}`
      )
    }
  }
  const images = imagesDir(options.env)
  for (const name of (await readdir(images).catch(() => [] as string[])).filter(n =>
    n.endsWith('.json')
  )) {
    const file = join(images, name)
    try {
      const record = JSON.parse(await readFile(file, 'utf8')) as ImageRecord
      if (record.host !== hostname() || alive(record.pid)) continue
      if (!LOCAL_NAME.test(record.image) || !['buildah', 'podman'].includes(record.builder)) {
        throw new Error(`'${record.image}' (${record.builder}) is no local name ggcd gives`)
      }
      let removed = true
      // The name is one argument of the builder's own command, never through a shell.
      for (const c of cleanupCommands(record.builder, record, { localName: record.image })) {
        const result = await (runner ?? spawnRunner).run(c.command, c.args, {
          onOutput: line => reporter.debug(line)
        })
        if (result.exitCode === 0) continue
        if (!IMAGE_GONE.test(`${result.stderr}\n${result.stdout}`)) {
          throw new Error(`${c.command} ${c.args.join(' ')} failed: ${outputTail(result, 3)}`)
        }
        removed = false
      }
      await rm(file, { force: true })
      const what = `local image ${record.image} of ggcd process ${record.pid} (${record.at})`
      if (!removed) reporter.debug(`No ${what} to remove: it is gone already.`)
      else {
        done.images++
        reporter.info(`Removed the ${what}: it ended without removing it.`)
      }
    } catch (error) {
      reporter.warning(
        `Could not clean up the stale local image recorded in ${file}: ${errorMessage(error)}`
      )
    }
  }
  const temp = options.tmpDir ?? tmpdir()
  const entries = await readdir(temp).catch(() => [] as string[])
  for (const name of entries) {
    const m = /^ggcd-build-(\d+)-/.exec(name)
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue
    await rm(join(temp, name), { recursive: true, force: true }).then(
      () => void done.dirs++,
      (error: unknown) =>
        reporter.warning(`Could not remove ${join(temp, name)}: ${errorMessage(error)}`)
    )
  }
  if (done.dirs) reporter.info(`Removed ${done.dirs} temporary build directories of ended runs.`)
  return done
}
