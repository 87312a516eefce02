// The registry login lives in an auth file of the run's own, never the user's: every builder
// command is pointed at it, it is private, it starts with the user's other logins (a private
// base image still pulls) but not the one for our registry, and it is gone when the step ends,
// whether the push worked or not, or when the post step runs after a process that died.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  ImageNotFoundException
} from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { buildPush } from '../../../../src/core/build/build-push.js'
import { createRegistryAuth, removeRegistryAuth } from '../../../../src/core/build/auth-file.js'
import type { Builder } from '../../../../src/core/config.js'
import type { CommandRunner, RunOptions, RunResult } from '../../../../src/core/shared/process.js'
import { MemoryReporter } from '../../../../src/core/shared/report.js'

const HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const PASSWORD = 'per-run-password'
const DIGEST = `sha256:${'ab'.repeat(32)}`
const ecrMock = mockClient(ECRClient)
const ecr = new ECRClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
})

let dir: string

beforeEach(async () => {
  ecrMock.reset()
  dir = await mkdtemp(join(tmpdir(), 'ggcd-auth-test-'))
  await mkdir(join(dir, 'container'))
  await writeFile(join(dir, 'container', 'Dockerfile'), 'FROM scratch\n')
  await mkdir(join(dir, 'runner-temp'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

interface Seen {
  args: string[]
  env?: NodeJS.ProcessEnv
  /** The auth directory's and file's modes and content when the command ran. */
  authDirMode?: number
  authFileMode?: number
  authFile?: string
}

/** A builder that records what it was run with, writes digests, and fails where told. */
class RecordingRunner implements CommandRunner {
  readonly seen: Seen[] = []
  constructor(
    private readonly kind: Builder,
    private readonly failOn?: string
  ) {}
  async run(_command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
    const seen: Seen = { args, env: options.env }
    const file =
      this.kind === 'docker'
        ? options.env?.DOCKER_CONFIG && join(options.env.DOCKER_CONFIG, 'config.json')
        : options.env?.REGISTRY_AUTH_FILE
    if (file) {
      seen.authDirMode = (await stat(join(file, '..'))).mode & 0o777
      seen.authFileMode = (await stat(file)).mode & 0o777
      seen.authFile = await readFile(file, 'utf8')
    }
    this.seen.push(seen)
    if (this.failOn && (args[0] === this.failOn || args[1] === this.failOn)) {
      return { exitCode: 1, stdout: '', stderr: 'refused' }
    }
    const digestFile = args.indexOf('--digestfile')
    if (digestFile >= 0) await writeFile(args[digestFile + 1]!, DIGEST)
    const metadata = args.indexOf('--metadata-file')
    if (metadata >= 0) {
      await writeFile(args[metadata + 1]!, JSON.stringify({ 'containerimage.digest': DIGEST }))
    }
    return { exitCode: 0, stdout: '', stderr: '' }
  }
}

function ecrAnswers(): void {
  ecrMock.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryName: 'app' }] })
  ecrMock
    .on(DescribeImagesCommand)
    .rejects(new ImageNotFoundException({ message: 'none', $metadata: {} }))
  ecrMock.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [{ authorizationToken: Buffer.from(`AWS:${PASSWORD}`).toString('base64') }]
  })
}

async function build(kind: Builder, runner: CommandRunner, state: Record<string, string> = {}) {
  process.env.RUNNER_TEMP = join(dir, 'runner-temp')
  try {
    return await buildPush(
      {
        region: 'eu-west-1',
        accountId: '123456789012',
        context: join(dir, 'container'),
        dockerfile: join(dir, 'container', 'Dockerfile'),
        repository: 'app',
        imageTag: 'abc123',
        platforms: [],
        builder: kind
      },
      { ecr },
      {
        reporter: new MemoryReporter(),
        clock: { now: () => new Date(), sleep: async () => undefined },
        saveState: (k, v) => (state[k] = v)
      },
      { runner }
    )
  } finally {
    delete process.env.RUNNER_TEMP
  }
}

describe('the per-run auth file', () => {
  it.each([
    ['buildah', 'REGISTRY_AUTH_FILE'],
    ['podman', 'REGISTRY_AUTH_FILE'],
    ['docker', 'DOCKER_CONFIG']
  ] as const)(
    '%s: login, build, push and logout all use %s in a private directory under RUNNER_TEMP, gone afterwards',
    async (kind, variable) => {
      ecrAnswers()
      const runner = new RecordingRunner(kind)
      const state: Record<string, string> = {}
      await build(kind, runner, state)
      const authed = runner.seen.filter(s => s.args[0] !== '--version' && s.args[1] !== 'version')
      expect(authed.map(s => s.args[0])).toEqual(
        kind === 'docker'
          ? ['login', 'buildx', 'logout']
          : ['login', kind === 'buildah' ? 'bud' : 'build', 'push', 'push', 'rmi', 'logout']
      )
      const where = authed[0]!.env?.[variable]
      expect(where).toContain(join(dir, 'runner-temp', 'ggcd-auth-'))
      for (const s of authed) {
        expect(s.env?.[variable]).toBe(where)
        expect(s.authDirMode).toBe(0o700)
        expect(s.authFileMode).toBe(0o600)
      }
      // Nothing is left in RUNNER_TEMP, and the post step has nothing to remove.
      expect(await readdir(join(dir, 'runner-temp'))).toEqual([])
      expect(state['registry-auth-dir']).toBe('')
    }
  )

  it('is removed when the login fails too, and when the build fails', async () => {
    for (const failOn of ['login', 'bud']) {
      ecrAnswers()
      const state: Record<string, string> = {}
      await expect(build('buildah', new RecordingRunner('buildah', failOn), state)).rejects.toThrow(
        /failed/
      )
      expect(await readdir(join(dir, 'runner-temp'))).toEqual([])
      expect(state['registry-auth-dir']).toBe('')
    }
  })

  it("starts with the user's logins for other registries, never one for ours", async () => {
    const home = join(dir, 'home')
    await mkdir(join(home, '.docker', 'cli-plugins'), { recursive: true })
    const user = {
      auths: { 'ghcr.io': { auth: 'b3RoZXI=' }, [HOST]: { auth: 'c3RhbGU=' } },
      credsStore: 'desktop',
      credHelpers: { [HOST]: 'ecr-login', 'gcr.io': 'gcloud' }
    }
    await writeFile(join(home, '.docker', 'config.json'), JSON.stringify(user))
    const registry = { host: HOST, insecure: false }
    const env = { HOME: home, RUNNER_TEMP: join(dir, 'runner-temp') }

    const docker = await createRegistryAuth('docker', registry, { env })
    const config = JSON.parse(await readFile(join(docker.dir, 'config.json'), 'utf8'))
    expect(config).toEqual({
      auths: { 'ghcr.io': { auth: 'b3RoZXI=' } },
      credHelpers: { 'gcr.io': 'gcloud' }
    })
    // buildx, as docker/setup-buildx-action installed it, is still found.
    expect(await readdir(docker.dir)).toEqual(
      expect.arrayContaining(['cli-plugins', 'config.json'])
    )

    const userAuth = join(dir, 'user-auth.json')
    await writeFile(
      userAuth,
      JSON.stringify({ auths: { 'quay.io': { auth: 'cXVheQ==' }, [HOST]: {} } })
    )
    const buildah = await createRegistryAuth('buildah', registry, {
      env: { ...env, REGISTRY_AUTH_FILE: userAuth, XDG_RUNTIME_DIR: join(dir, 'none') }
    })
    const auth = JSON.parse(await readFile(buildah.env.REGISTRY_AUTH_FILE!, 'utf8'))
    expect(Object.keys(auth.auths).sort()).toEqual(['ghcr.io', 'quay.io'])
    // The user's own files are as they were.
    expect(JSON.parse(await readFile(join(home, '.docker', 'config.json'), 'utf8'))).toEqual(user)
    for (const d of [docker.dir, buildah.dir]) expect(await removeRegistryAuth(d)).toBe(true)
    expect(await readdir(join(dir, 'runner-temp'))).toEqual([])
  })
})
