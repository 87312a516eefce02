// SIGINT and SIGTERM: what the step holds is undone (newest first), the summary of what was
// done is written, the exit code is 130 / 143. And a later run cleans up what a process
// killed outright left: its recorded login and its temporary build directory.
import { EventEmitter } from 'node:events'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  handleSignals,
  registerCleanup,
  runCleanups,
  setProgress
} from '../../../../src/core/shared/interrupt.js'
import { buildDirPrefix } from '../../../../src/core/build/builders.js'
import {
  cleanStale,
  forgetLogin,
  loginsDir,
  recordLogin
} from '../../../../src/core/build/logins.js'
import type { CommandRunner, RunResult } from '../../../../src/core/shared/process.js'
import { MemoryReporter } from '../../../../src/core/shared/report.js'

function door() {
  const log: string[] = []
  const summaries: string[] = []
  let resolveExit: (code: number) => void = () => undefined
  const exited = new Promise<number>(resolve => (resolveExit = resolve))
  return {
    log,
    summaries,
    exited,
    door: {
      log: (m: string) => void log.push(m),
      writeSummary: async (m: string) => void summaries.push(m),
      exit: (code: number) => resolveExit(code)
    }
  }
}

afterEach(async () => {
  setProgress(undefined)
  await runCleanups()
})

describe('handleSignals', () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130]
  ] as const) {
    it(`${signal}: cleans up newest first, writes the summary so far, exits ${code}`, async () => {
      const proc = new EventEmitter() as unknown as NodeJS.Process
      const d = door()
      const order: string[] = []
      registerCleanup(() => void order.push('logout'))
      const unregister = registerCleanup(() => void order.push('already undone'))
      registerCleanup(async () => void order.push('kill the builder'))
      unregister()
      setProgress(() => '## stopped at 1/5 Build and push the image')
      const remove = handleSignals(d.door, proc)

      proc.emit(signal)

      expect(await d.exited).toBe(code)
      expect(order).toEqual(['kill the builder', 'logout'])
      expect(d.summaries).toEqual(['## stopped at 1/5 Build and push the image'])
      expect(d.log[0]).toContain(`${signal} received`)
      remove()
      expect(proc.listenerCount('SIGTERM')).toBe(0)
    })
  }

  it('a cleanup that fails does not stop the others, nor the exit', async () => {
    const proc = new EventEmitter() as unknown as NodeJS.Process
    const d = door()
    const done: string[] = []
    registerCleanup(() => void done.push('logout'))
    registerCleanup(() => {
      throw new Error('rm failed')
    })
    handleSignals(d.door, proc)
    proc.emit('SIGTERM')
    expect(await d.exited).toBe(143)
    expect(done).toEqual(['logout'])
    expect(d.log.join('\n')).toContain('rm failed')
  })

  it('installing again replaces the handlers (one step at a time per process)', () => {
    const proc = new EventEmitter() as unknown as NodeJS.Process
    handleSignals(door().door, proc)
    handleSignals(door().door, proc)
    expect(proc.listenerCount('SIGINT')).toBe(1)
    expect(proc.listenerCount('SIGTERM')).toBe(1)
  })
})

describe('cleanStale', () => {
  let dir: string
  let env: NodeJS.ProcessEnv
  const DEAD = 2 ** 22 + 17 // above Linux's pid_max default: no such process

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggcd-stale-test-'))
    env = { GGCD_STATE_DIR: join(dir, 'state') }
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  class Logouts implements CommandRunner {
    readonly calls: string[][] = []
    async run(command: string, args: string[]): Promise<RunResult> {
      this.calls.push([command, ...args])
      return { exitCode: 0, stdout: '', stderr: '' }
    }
  }

  it('logs out what a process that is gone recorded, and removes its build directory', async () => {
    await recordLogin(
      { builder: 'buildah', registry: { host: '127.0.0.1:5000', insecure: true } },
      env
    )
    await mkdir(join(dir, `${buildDirPrefix(DEAD)}abc`))
    await mkdir(join(dir, `${buildDirPrefix()}mine`))
    await mkdir(join(dir, 'ggcd-build-unrelated'))
    const runner = new Logouts()
    const reporter = new MemoryReporter()

    // As if the recording process were gone.
    const done = await cleanStale(runner, reporter, { env, tmpDir: dir, alive: () => false })

    expect(done).toEqual({ logins: 1, dirs: 1 })
    expect(runner.calls).toEqual([['buildah', 'logout', '--', '127.0.0.1:5000']])
    expect(await readdir(loginsDir(env))).toEqual([])
    expect((await readdir(dir)).sort()).toEqual(
      [`${buildDirPrefix()}mine`, 'ggcd-build-unrelated', 'state'].sort()
    )
    expect(reporter.text()).toContain('Removed the login to http://127.0.0.1:5000')
  })

  it('leaves a login whose process still runs, and one that was forgotten', async () => {
    const mine = await recordLogin(
      { builder: 'docker', registry: { host: 'r.example', insecure: false } },
      env
    )
    const runner = new Logouts()
    expect(await cleanStale(runner, new MemoryReporter(), { env, tmpDir: dir })).toEqual({
      logins: 0,
      dirs: 0
    })
    await forgetLogin(mine)
    await cleanStale(runner, new MemoryReporter(), { env, tmpDir: dir, alive: () => false })
    expect(runner.calls).toEqual([])
  })

  it('a per-run auth file is deleted, not logged out of', async () => {
    const authFile = join(dir, 'auth.json')
    await writeFile(authFile, '{"auths":{"r.example":{"auth":"QVdTOnNlY3JldA=="}}}')
    await recordLogin(
      {
        builder: 'podman',
        registry: { host: 'r.example', insecure: false },
        authFile,
        removeAuthFile: true
      },
      env
    )
    const runner = new Logouts()
    await cleanStale(runner, new MemoryReporter(), { env, tmpDir: dir, alive: () => false })
    expect(runner.calls).toEqual([])
    expect(await readdir(dir)).not.toContain('auth.json')
  })
})
