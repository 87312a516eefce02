// What a crash leaves: a registry login (the ECR credential, valid for 12 hours, in an auth
// file) and the builder's temporary directory. A process killed outright (SIGKILL, the
// machine's OOM killer) runs no cleanup and no post step, so the next run cleans up after
// it, but only what it can tell is ggcd's: a login ggcd recorded here when it logged in and
// whose process is gone, a `ggcd-build-<pid>-` directory whose process is gone. A login the
// user made themselves (same registry, same auth file) is never touched.
//
// The record names the auth file of the login. With a per-run auth file the cleanup deletes
// that file (removeAuthFile); with the builder's shared one it logs the builder out.
import { hostname, homedir, tmpdir } from 'node:os'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errorMessage } from '../shared/errors.js'
import { registryLogout } from './builders.js'
import { parseRegistry } from '../registry.js'
import type { Builder, Registry } from '../config.js'
import type { CommandRunner } from '../shared/process.js'
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

/** Records a login made by this process; the path returned is for forgetLogin. */
export async function recordLogin(
  login: { builder: Builder; registry: Registry; authFile?: string; removeAuthFile?: boolean },
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  const dir = loginsDir(env)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const record: LoginRecord = {
    builder: login.builder,
    registry: `${login.registry.insecure ? 'http://' : ''}${login.registry.host}`,
    ...(login.authFile ? { authFile: login.authFile } : {}),
    ...(login.removeAuthFile ? { removeAuthFile: true } : {}),
    pid: process.pid,
    host: hostname(),
    at: new Date().toISOString()
  }
  const file = join(dir, `${process.pid}-${Date.now()}.json`)
  await writeFile(file, JSON.stringify(record), { mode: 0o600 })
  return file
}

/** The login is undone: its record goes. */
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
 * Undoes the logins and removes the temporary directories of ggcd processes of this machine
 * that are gone. Never throws: a cleanup that fails is said, and the run goes on.
 */
export async function cleanStale(
  runner: CommandRunner | undefined,
  reporter: Reporter,
  options: StaleOptions = {}
): Promise<{ logins: number; dirs: number }> {
  const alive = options.alive ?? isAlive
  const done = { logins: 0, dirs: 0 }
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
