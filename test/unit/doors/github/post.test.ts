// The post step: it undoes the login of a main step that could not (a process that died),
// from the state that main step saved, and touches nothing that is not ours.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRegistryAuth, removeRegistryAuth } from '../../../../src/core/build/auth-file.js'
import { MemoryReporter } from '../../../../src/core/shared/report.js'
import { logoutAfterBuild } from '../../../../src/doors/github/post.js'
import { PostStateWriter } from '../../../../src/doors/github/state.js'

const HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const ctx = (reporter: MemoryReporter) => ({
  reporter,
  clock: { now: () => new Date(), sleep: async () => undefined }
})

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ggcd-post-test-'))
  await mkdir(join(dir, 'runner-temp'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('logoutAfterBuild', () => {
  it('the post step removes what a process that died left, and nothing that is not ours', async () => {
    const auth = await createRegistryAuth(
      'buildah',
      { host: HOST, insecure: false },
      { env: { RUNNER_TEMP: join(dir, 'runner-temp'), HOME: join(dir, 'none') } }
    )
    const reporter = new MemoryReporter()
    // The state as the main step left it when it died: logged in, in its own auth directory.
    const state = new PostStateWriter(() => undefined)
    state.set('registry-auth-dir', auth.dir)
    state.set('logout-builder', 'buildah')
    state.set('logout-registry', HOST)
    await logoutAfterBuild(state.state(), ctx(reporter))
    expect(await readdir(join(dir, 'runner-temp'))).toEqual([])
    expect(reporter.text()).toContain('Removed the registry login')
    // A state naming another directory is not followed.
    await mkdir(join(dir, 'precious'))
    expect(await removeRegistryAuth(join(dir, 'precious'))).toBe(false)
    expect(await readdir(dir)).toContain('precious')
  })

  it('with no state, does nothing and says nothing', async () => {
    const reporter = new MemoryReporter()
    await logoutAfterBuild({}, ctx(reporter))
    expect(reporter.text()).toBe('')
  })
})
