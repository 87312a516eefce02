// SIGINT and SIGTERM: what the step holds is undone (newest first), the summary of what was
// done is written, the exit code is 130 / 143. And a later run cleans up what a process
// killed outright left: its recorded login, its recorded local image and its temporary build
// directory.
import { EventEmitter } from 'node:events'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
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
  imagesDir,
  loginsDir,
  recordImage,
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

  it('an interruption while the ordinary path is undoing waits for it before the exit', async () => {
    const proc = new EventEmitter() as unknown as NodeJS.Process
    const d = door()
    const order: string[] = []
    let finish: () => void = () => undefined
    const slow = new Promise<void>(resolve => (finish = resolve))
    let runs = 0
    const login = registerCleanup(async () => {
      runs++
      order.push('logout started')
      await slow
      order.push('auth dir removed')
    })
    // The push is over: the step undoes its login itself, and is interrupted meanwhile.
    const undone = login.undo()
    handleSignals(d.door, proc)
    proc.emit('SIGTERM')
    let exited = false
    void d.exited.then(() => (exited = true))
    await new Promise(resolve => setTimeout(resolve, 20))
    expect(exited).toBe(false)
    finish()
    expect(await d.exited).toBe(143)
    await undone
    expect(order).toEqual(['logout started', 'auth dir removed'])
    expect(runs).toBe(1)
  })

  it('undo after an interruption started the cleanup runs it no second time', async () => {
    const proc = new EventEmitter() as unknown as NodeJS.Process
    const d = door()
    let runs = 0
    const login = registerCleanup(async () => void runs++)
    handleSignals(d.door, proc)
    proc.emit('SIGINT')
    await login.undo()
    expect(await d.exited).toBe(130)
    expect(runs).toBe(1)
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

    expect(done).toEqual({ logins: 1, images: 0, dirs: 1 })
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
      images: 0,
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

  describe('local images', () => {
    /** Answers each command with the result `answer` gives (success by default). */
    class Builder implements CommandRunner {
      readonly calls: string[][] = []
      constructor(private readonly answer: (args: string[]) => Partial<RunResult> = () => ({})) {}
      async run(command: string, args: string[]): Promise<RunResult> {
        this.calls.push([command, ...args])
        return { exitCode: 0, stdout: '', stderr: '', ...this.answer(args) }
      }
    }
    const NAME = 'localhost/ggcd-run-4194321-0123456789ab'
    const records = async () => readdir(imagesDir(env)).catch(() => [])
    const warnings = (r: MemoryReporter) =>
      r
        .text()
        .split('\n')
        .filter(line => line.startsWith('warning: '))

    it("removes a gone run's image with its builder, the name one argument, and its record", async () => {
      await recordImage({ builder: 'buildah', image: NAME, platforms: [] }, env)
      await recordImage(
        { builder: 'podman', image: `${NAME}1`, platforms: ['linux/amd64', 'linux/arm64'] },
        env
      )
      const runner = new Builder()
      const reporter = new MemoryReporter()
      const done = await cleanStale(runner, reporter, { env, tmpDir: dir, alive: () => false })
      expect(done).toEqual({ logins: 0, images: 2, dirs: 0 })
      expect(runner.calls.sort()).toEqual(
        [
          ['buildah', 'rmi', '--', NAME],
          ['podman', 'manifest', 'rm', '--', `${NAME}1`]
        ].sort()
      )
      expect(await records()).toEqual([])
      expect(reporter.text()).toContain(`Removed the local image ${NAME} of ggcd process`)
      expect(warnings(reporter)).toEqual([])
    })

    it("leaves the image of a run that still runs (this one), or of another machine's", async () => {
      await recordImage({ builder: 'buildah', image: NAME, platforms: [] }, env)
      const runner = new Builder()
      expect(await cleanStale(runner, new MemoryReporter(), { env, tmpDir: dir })).toEqual({
        logins: 0,
        images: 0,
        dirs: 0
      })
      const [mine] = await records()
      const file = join(imagesDir(env), mine!)
      const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
      expect(record).toMatchObject({ builder: 'buildah', image: NAME, pid: process.pid })
      await writeFile(file, JSON.stringify({ ...record, host: 'another-machine', pid: DEAD }))
      await cleanStale(runner, new MemoryReporter(), { env, tmpDir: dir, alive: () => false })
      expect(runner.calls).toEqual([])
      expect(await records()).toEqual([mine])
    })

    it('an image that is not there is no failure: the record goes', async () => {
      await recordImage({ builder: 'buildah', image: NAME, platforms: [] }, env)
      const runner = new Builder(() => ({
        exitCode: 125,
        stderr: `Error: 1 error occurred:\n\t* ${NAME}: image not known\n`
      }))
      const reporter = new MemoryReporter()
      const done = await cleanStale(runner, reporter, { env, tmpDir: dir, alive: () => false })
      expect(done.images).toBe(0)
      expect(runner.calls).toEqual([['buildah', 'rmi', '--', NAME]])
      expect(warnings(reporter)).toEqual([])
      expect(await records()).toEqual([])
    })

    it('a removal that fails otherwise is said, and the record stays for the next run', async () => {
      await recordImage({ builder: 'podman', image: NAME, platforms: [] }, env)
      const runner = new Builder(() => ({ exitCode: 2, stderr: 'image is in use by a container' }))
      const reporter = new MemoryReporter()
      await cleanStale(runner, reporter, { env, tmpDir: dir, alive: () => false })
      expect(warnings(reporter).join('\n')).toMatch(/in use by a container/)
      expect(await records()).toHaveLength(1)
    })

    it('never removes a name ggcd does not give, nor runs a builder it does not know', async () => {
      for (const [builder, image] of [
        ['buildah', 'docker.io/library/alpine:latest'],
        ['buildah', `${NAME} --all`],
        ['docker', NAME],
        ['sh', NAME]
      ]) {
        await recordImage({ builder: builder as 'buildah', image, platforms: [] }, env)
      }
      const runner = new Builder()
      const reporter = new MemoryReporter()
      await cleanStale(runner, reporter, { env, tmpDir: dir, alive: () => false })
      expect(runner.calls).toEqual([])
      expect(warnings(reporter)).toHaveLength(4)
    })
  })
})
