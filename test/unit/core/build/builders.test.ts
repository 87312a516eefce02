// The builders' argument arrays, digest parsing, and the builder interface driven through a
// fake command runner that writes the digest files a real builder would.
import { describe, it, expect } from '@jest/globals'
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ConfigurationError, StepFailure } from '../../../../src/core/shared/errors.js'
import {
  LOGIN_ATTEMPTS,
  buildCommands,
  cleanupCommands,
  createBuilder,
  PUSH_RETRY_DELAYS_MS,
  parseBuildxMetadata,
  parseDigest
} from '../../../../src/core/build/builders.js'
import {
  checkCommand,
  localImageName,
  loginCommand,
  logoutCommand,
  newRunId,
  type BuildRequest
} from '../../../../src/core/build/argv.js'
import type { Builder } from '../../../../src/core/config.js'
import type { CommandRunner, RunOptions, RunResult } from '../../../../src/core/shared/process.js'
import { MemoryReporter } from '../../../../src/core/shared/report.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`
const REF = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:abc123'
/** The run's own local name, which buildah and podman build under and push from. */
const LOCAL = 'localhost/ggcd-run-1-abc'
const secure = { host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', insecure: false }
const insecure = { host: 'localhost:5000', insecure: true }

function request(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    context: 'container',
    dockerfile: 'container/Dockerfile',
    platforms: [],
    references: [REF],
    labels: { 'org.opencontainers.image.revision': 'abc123' },
    insecure: false,
    ...overrides
  }
}

interface Call {
  command: string
  args: string[]
  input?: string
  maskedBefore: string[]
}

type Respond = (call: Call) => Promise<Partial<RunResult>> | Partial<RunResult>

/** Writes the digest where the command asks for it, as docker/buildah/podman do. */
const writesDigest =
  (digest: string, raw?: string): Respond =>
  async ({ args }) => {
    const file = args.indexOf('--digestfile')
    if (file >= 0) await writeFile(args[file + 1]!, raw ?? digest)
    const metadata = args.indexOf('--metadata-file')
    if (metadata >= 0) {
      await writeFile(
        args[metadata + 1]!,
        raw ?? JSON.stringify({ 'containerimage.digest': digest })
      )
    }
    return {}
  }

class FakeRunner implements CommandRunner {
  readonly calls: Call[] = []
  constructor(
    private readonly reporter: MemoryReporter,
    private readonly respond: Respond = writesDigest(DIGEST)
  ) {}
  async run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
    const call = { command, args, input: options.input, maskedBefore: [...this.reporter.masked] }
    this.calls.push(call)
    options.onOutput?.(`output of ${args[0]}`)
    return { exitCode: 0, stdout: '', stderr: '', ...(await this.respond(call)) }
  }
}

function setup(kind: Builder, respond?: Respond, sourceDateEpoch = '') {
  const reporter = new MemoryReporter()
  const runner = new FakeRunner(reporter, respond)
  const builder = createBuilder(kind, runner, reporter, { sourceDateEpoch })
  return { reporter, runner, builder }
}

describe('argument arrays', () => {
  const opts = { workDir: '/tmp/w', localName: LOCAL }

  it('checks docker for the buildx plugin, buildah and podman for their version', () => {
    expect(checkCommand('docker')).toEqual({ command: 'docker', args: ['buildx', 'version'] })
    expect(checkCommand('podman').args).toEqual(['--version'])
  })

  it('docker: one buildx command that pushes and writes a metadata file', () => {
    expect(buildCommands('docker', request(), opts)).toEqual([
      {
        command: 'docker',
        args: [
          'buildx',
          'build',
          '--file',
          'container/Dockerfile',
          '--tag',
          REF,
          '--label',
          'org.opencontainers.image.revision=abc123',
          '--provenance=false',
          '--push',
          '--metadata-file',
          '/tmp/w/metadata.json',
          '--progress',
          'plain',
          '--',
          'container'
        ],
        digestFile: { path: '/tmp/w/metadata.json', format: 'buildx-metadata' }
      }
    ])
  })

  it('docker: platforms joined, every label and tag passed, nothing TLS-related', () => {
    const [c] = buildCommands(
      'docker',
      request({
        platforms: ['linux/arm64', 'linux/amd64'],
        labels: { a: '1', b: 'x y' },
        references: [REF, `${REF}-2`],
        insecure: true
      }),
      opts
    )
    expect(c!.args.join(' ')).toContain('--platform linux/arm64,linux/amd64')
    expect(c!.args).toEqual(expect.arrayContaining(['--label', 'a=1', 'b=x y']))
    expect(c!.args.filter(a => a === '--tag')).toHaveLength(2)
    expect(c!.args.some(a => a.includes('tls'))).toBe(false)
  })

  it('buildah, one platform: bud then push with a digest file', () => {
    const plan = buildCommands(
      'buildah',
      request({ platforms: ['linux/arm64'], insecure: true }),
      opts
    )
    expect(plan.map(c => c.args)).toEqual([
      [
        'bud',
        '--file',
        'container/Dockerfile',
        '--label',
        'org.opencontainers.image.revision=abc123',
        '--tag',
        LOCAL,
        '--platform',
        'linux/arm64',
        '--',
        'container'
      ],
      [
        'push',
        '--tls-verify=false',
        '--digestfile',
        '/tmp/w/digest-0',
        '--',
        LOCAL,
        `docker://${REF}`
      ]
    ])
    expect(plan[1]!.digestFile).toEqual({ path: '/tmp/w/digest-0', format: 'digestfile' })
  })

  it('buildah without platforms uses the default platform and TLS', () => {
    const plan = buildCommands('buildah', request(), opts)
    expect(plan[0]!.args).not.toContain('--platform')
    expect(plan[1]!.args).not.toContain('--tls-verify=false')
  })

  it('buildah, several platforms: a fresh manifest list pushed with --all', () => {
    const plan = buildCommands(
      'buildah',
      request({ platforms: ['linux/arm64', 'linux/amd64'] }),
      opts
    )
    // The list's name is the run's own: no list an earlier run left is there to remove.
    expect(plan.map(c => c.args.slice(0, 2).join(' '))).toEqual(['bud --file', 'manifest push'])
    expect(plan[0]!.args).toEqual([
      'bud',
      '--file',
      'container/Dockerfile',
      '--label',
      'org.opencontainers.image.revision=abc123',
      '--platform',
      'linux/arm64,linux/amd64',
      '--manifest',
      LOCAL,
      '--',
      'container'
    ])
    expect(plan[1]!.args).toEqual([
      'manifest',
      'push',
      '--all',
      '--digestfile',
      '/tmp/w/digest-0',
      '--',
      LOCAL,
      `docker://${REF}`
    ])
  })

  it('podman: build, push and manifest push, like buildah', () => {
    const single = buildCommands('podman', request({ insecure: true }), opts)
    expect(single.map(c => c.command)).toEqual(['podman', 'podman'])
    expect(single[0]!.args[0]).toBe('build')
    expect(single[1]!.args.slice(0, 2)).toEqual(['push', '--tls-verify=false'])
    const multi = buildCommands(
      'podman',
      request({ platforms: ['linux/arm64', 'linux/amd64'] }),
      opts
    )
    expect(multi[1]!.args.slice(0, 3)).toEqual(['manifest', 'push', '--all'])
  })

  it.each(['docker', 'buildah', 'podman'] as const)(
    '%s: every positional value comes after --, so one that starts with - is never an option',
    kind => {
      const hostile = { host: '-registry', insecure: false }
      const positional = ['-context', '-registry/repo:tag']
      const plans = [
        ...buildCommands(
          kind,
          request({ context: '-context', references: ['-registry/repo:tag'] }),
          opts
        ),
        ...buildCommands(
          kind,
          request({
            context: '-context',
            references: ['-registry/repo:tag'],
            platforms: ['linux/arm64', 'linux/amd64']
          }),
          opts
        ),
        loginCommand(kind, hostile, 'AWS'),
        logoutCommand(kind, hostile)
      ]
      for (const { args } of plans) {
        const end = args.indexOf('--')
        expect(end).toBeGreaterThan(0)
        const leading = args.slice(0, end)
        // A value may follow its own option (--tag -registry/…, a value, not an option); it
        // must never stand alone before the end of options.
        leading.forEach((arg, i) => {
          if (positional.includes(arg) || arg === '-registry') {
            expect(leading[i - 1]).toMatch(/^--(tag|manifest)$/)
          }
        })
      }
    }
  )

  it('SOURCE_DATE_EPOCH becomes --timestamp for buildah and podman only', () => {
    const o = { ...opts, sourceDateEpoch: '1700000000' }
    expect(buildCommands('buildah', request(), o)[0]!.args.join(' ')).toContain(
      '--timestamp 1700000000'
    )
    expect(buildCommands('podman', request(), o)[0]!.args.join(' ')).toContain(
      '--timestamp 1700000000'
    )
    expect(buildCommands('docker', request(), o)[0]!.args).not.toContain('--timestamp')
  })

  const stage = {
    buildArgs: { APP_VERSION: '1.2', EMPTY: '' },
    target: 'runtime',
    secrets: { npm_token: 's3cr3t-value', pip: 'other value' }
  }
  const secretFiles = { npm_token: '/tmp/w/secrets/secret-0', pip: '/tmp/w/secrets/secret-1' }

  it('docker: build args, target, secrets by file, provenance and the registry cache', () => {
    const [c] = buildCommands(
      'docker',
      request({ ...stage, provenance: 'mode=max', cache: 'host/app' }),
      { ...opts, secretFiles }
    )
    const args = c!.args
    const after = (flag: string) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []))
    expect(after('--build-arg')).toEqual(['APP_VERSION=1.2', 'EMPTY='])
    expect(after('--target')).toEqual(['runtime'])
    expect(after('--secret')).toEqual([
      'id=npm_token,src=/tmp/w/secrets/secret-0',
      'id=pip,src=/tmp/w/secrets/secret-1'
    ])
    expect(args).toContain('--provenance=mode=max')
    expect(after('--cache-from')).toEqual(['type=registry,ref=host/app:ggcd-cache-runtime'])
    expect(after('--cache-to')).toEqual([
      'type=registry,ref=host/app:ggcd-cache-runtime,mode=max,image-manifest=true,oci-mediatypes=true'
    ])
    expect(args.join(' ')).not.toMatch(/s3cr3t-value|other value/)
    // The context stays the last argument.
    expect(args.at(-1)).toBe('container')
  })

  it('docker: the cache tag without a target is ggcd-cache', () => {
    const [c] = buildCommands('docker', request({ cache: 'host/app' }), opts)
    expect(c!.args).toContain('type=registry,ref=host/app:ggcd-cache')
  })

  it('buildah and podman: the same stage arguments, and --layers with the cache repository', () => {
    for (const kind of ['buildah', 'podman'] as const) {
      for (const platforms of [[], ['linux/arm64', 'linux/amd64']]) {
        const plan = buildCommands(
          kind,
          request({ ...stage, platforms, cache: 'localhost:5000/app', insecure: true }),
          { ...opts, secretFiles }
        )
        const build = plan.find(c => c.args[0] === (kind === 'buildah' ? 'bud' : 'build'))!
        const args = build.args.join(' ')
        expect(args).toContain('--build-arg APP_VERSION=1.2 --build-arg EMPTY=')
        expect(args).toContain('--target runtime')
        expect(args).toContain('--secret id=npm_token,src=/tmp/w/secrets/secret-0')
        expect(args).toContain(
          '--layers --cache-from localhost:5000/app --cache-to localhost:5000/app --tls-verify=false'
        )
        expect(args).not.toContain('provenance')
        expect(plan.map(c => c.args.join(' ')).join('\n')).not.toMatch(/s3cr3t-value/)
      }
    }
  })

  it('refuses a secret with no file: its value would have nowhere to go but argv', () => {
    expect(() => buildCommands('buildah', request(stage), opts)).toThrow(/no file for secret/)
  })

  it('login takes the password from stdin; TLS is skipped for plain HTTP on buildah and podman', () => {
    expect(loginCommand('docker', insecure, 'AWS').args).toEqual([
      'login',
      '--username',
      'AWS',
      '--password-stdin',
      '--',
      'localhost:5000'
    ])
    expect(loginCommand('buildah', insecure, 'AWS').args).toEqual([
      'login',
      '--username',
      'AWS',
      '--password-stdin',
      '--tls-verify=false',
      '--',
      'localhost:5000'
    ])
    expect(loginCommand('podman', secure, 'AWS').args).not.toContain('--tls-verify=false')
    expect(logoutCommand('podman', secure)).toEqual({
      command: 'podman',
      args: ['logout', '--', secure.host]
    })
  })
})

describe('digests', () => {
  it('accepts sha256:<64 hex>, trimming the newline', () => {
    expect(parseDigest(`${DIGEST}\n`, 'f')).toBe(DIGEST)
  })

  it.each(['', 'sha256:abc', `sha512:${'a'.repeat(64)}`, `${DIGEST}x`, DIGEST.toUpperCase()])(
    'rejects %j',
    bad => {
      expect(() => parseDigest(bad, 'the digest file')).toThrow(StepFailure)
    }
  )

  it('reads containerimage.digest from buildx metadata', () => {
    const json = JSON.stringify({ 'containerimage.digest': DIGEST, 'image.name': REF })
    expect(parseBuildxMetadata(json, 'm')).toBe(DIGEST)
  })

  it('rejects metadata that is not JSON, lacks the digest, or has a bad one', () => {
    expect(() => parseBuildxMetadata('{', 'm')).toThrow(/not JSON/)
    expect(() => parseBuildxMetadata('{}', 'm')).toThrow(/no containerimage.digest/)
    expect(() => parseBuildxMetadata('{"containerimage.digest":"latest"}', 'm')).toThrow(
      StepFailure
    )
  })
})

describe('createBuilder', () => {
  it('masks the password before login and sends it on stdin only', async () => {
    const { builder, runner, reporter } = setup('buildah')
    await builder.login(insecure, 'AWS', 'pa55word')
    const [call] = runner.calls
    expect(call!.maskedBefore).toContain('pa55word')
    expect(call!.input).toBe('pa55word')
    expect(call!.args.join(' ')).not.toContain('pa55word')
    expect(call!.args).toContain('--tls-verify=false')
    expect(reporter.text()).toContain('Logged in to localhost:5000')
  })

  it('fails login with the builder’s message', async () => {
    const { builder } = setup('docker', () => ({ exitCode: 1, stderr: 'unauthorized: bad token' }))
    await expect(builder.login(secure, 'AWS', 'p')).rejects.toThrow(/unauthorized: bad token/)
  })

  it('retries a failed login with backoff, then succeeds', async () => {
    let n = 0
    const reporter = new MemoryReporter()
    const runner = new FakeRunner(reporter, () =>
      ++n < 3 ? { exitCode: 1, stderr: 'net/http: TLS handshake timeout' } : {}
    )
    const slept: number[] = []
    const clock = { now: () => new Date(0), sleep: async (ms: number) => void slept.push(ms) }
    const builder = createBuilder('docker', runner, reporter, { clock, random: () => 1 })
    await builder.login(secure, 'AWS', 'pa55word')
    expect(runner.calls).toHaveLength(3)
    expect(slept).toEqual([1000, 2000])
    expect(runner.calls.every(c => c.input === 'pa55word')).toBe(true)
  })

  it("logs in with the builder's environment: the per-run auth file the push reads", async () => {
    const reporter = new MemoryReporter()
    const envs: Array<NodeJS.ProcessEnv | undefined> = []
    const runner: CommandRunner = {
      run: async (_command, _args, options = {}) => {
        envs.push(options.env)
        return { exitCode: 0, stdout: '', stderr: '' }
      }
    }
    const env = { REGISTRY_AUTH_FILE: '/tmp/ggcd-auth-x/auth.json' }
    await createBuilder('buildah', runner, reporter, { env }).login(secure, 'AWS', 'p')
    expect(envs).toEqual([env])
  })

  it('gives up after a few attempts, and at once when the credentials are refused', async () => {
    const clock = { now: () => new Date(0), sleep: async () => {} }
    const reporter = new MemoryReporter()
    const flaky = new FakeRunner(reporter, () => ({ exitCode: 1, stderr: 'i/o timeout' }))
    await expect(
      createBuilder('buildah', flaky, reporter, { clock }).login(secure, 'AWS', 'p')
    ).rejects.toThrow(/i\/o timeout/)
    expect(flaky.calls).toHaveLength(LOGIN_ATTEMPTS)

    const refused = new FakeRunner(reporter, () => ({
      exitCode: 1,
      stderr: 'Error response from daemon: login attempt failed with status: 401 Unauthorized'
    }))
    await expect(
      createBuilder('docker', refused, reporter, { clock }).login(secure, 'AWS', 'p')
    ).rejects.toThrow(/401 Unauthorized/)
    expect(refused.calls).toHaveLength(1)
  })

  it('secrets: masked, written 0600 to a private directory, named by path, removed after', async () => {
    const reporter = new MemoryReporter()
    const seen: Array<{ path: string; text: string; mode: number; dirMode: number }> = []
    const runner = new FakeRunner(reporter, async call => {
      for (const [i, a] of call.args.entries()) {
        if (call.args[i - 1] !== '--secret') continue
        const path = /src=(.*)$/.exec(a)![1]!
        const { stat } = await import('node:fs/promises')
        seen.push({
          path,
          text: await readFile(path, 'utf8'),
          mode: (await stat(path)).mode & 0o777,
          dirMode: (await stat(dirname(path))).mode & 0o777
        })
      }
      return writesDigest(DIGEST)(call)
    })
    const builder = createBuilder('buildah', runner, reporter)
    await builder.buildAndPush(request({ secrets: { tok: ' s3cr3t ' } }))
    expect(runner.calls[0]!.maskedBefore).toContain(' s3cr3t ')
    expect(seen).toEqual([
      { path: expect.any(String), text: ' s3cr3t ', mode: 0o600, dirMode: 0o700 }
    ])
    expect(runner.calls.map(c => c.args.join(' ')).join('\n')).not.toContain('s3cr3t')
    await expect(readFile(seen[0]!.path)).rejects.toThrow()
  })

  it('docker: reads the digest from the metadata file and streams the build log', async () => {
    const { builder, runner, reporter } = setup('docker')
    await expect(builder.buildAndPush(request())).resolves.toEqual({ digest: DIGEST })
    expect(runner.calls.map(c => c.args.slice(0, 2))).toEqual([['buildx', 'build']])
    expect(reporter.lines).toContain('output of buildx')
    expect(reporter.text()).toContain(
      `$ docker buildx build --file container/Dockerfile --tag ${REF}`
    )
  })

  it('buildah: builds, pushes and reads the digest file; the temporary files are removed', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ggcd-image-test-'))
    const reporter = new MemoryReporter()
    const runner = new FakeRunner(reporter)
    const builder = createBuilder('buildah', runner, reporter, {
      tmpDir: parent,
      sourceDateEpoch: ''
    })
    await expect(builder.buildAndPush(request())).resolves.toEqual({ digest: DIGEST })
    // The run's local name is removed once pushed.
    expect(runner.calls.map(c => c.args[0])).toEqual(['bud', 'push', 'rmi'])
    expect(await readdir(parent)).toEqual([])
  })

  it('podman, several platforms: tolerates a manifest list already gone when it is removed', async () => {
    const { builder, runner, reporter } = setup('podman', async call =>
      call.args[1] === 'rm'
        ? { exitCode: 1, stderr: 'no such manifest' }
        : writesDigest(DIGEST)(call)
    )
    const r = await builder.buildAndPush(request({ platforms: ['linux/arm64', 'linux/amd64'] }))
    expect(r.digest).toBe(DIGEST)
    expect(runner.calls.map(c => c.args.slice(0, 2).join(' '))).toEqual([
      'build --file',
      'manifest push',
      'manifest rm'
    ])
    expect(reporter.lines).toContain('debug: output of manifest')
  })

  it('a failed build stops before the push and quotes the end of stderr', async () => {
    const stderr = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n')
    const { builder, runner } = setup('buildah', () => ({ exitCode: 2, stderr }))
    const error = await builder.buildAndPush(request()).catch(e => e)
    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('exited with 2')
    expect(error.message).toContain('line 39')
    expect(error.message).not.toContain('line 5\n')
    expect(runner.calls).toHaveLength(1)
  })

  it('rejects a digest file that holds no digest', async () => {
    const { builder } = setup('podman', writesDigest(DIGEST, 'not-a-digest'))
    await expect(builder.buildAndPush(request())).rejects.toThrow(
      /not-a-digest.*not an image digest/
    )
  })

  it('fails when the builder wrote no digest at all', async () => {
    const { builder } = setup('docker', () => ({}))
    await expect(builder.buildAndPush(request())).rejects.toThrow(/wrote no digest/)
  })

  it('passes SOURCE_DATE_EPOCH to buildah and refuses one that is not a number', async () => {
    const { builder, runner } = setup('buildah', writesDigest(DIGEST), '1700000000')
    await builder.buildAndPush(request())
    expect(runner.calls[0]!.args.join(' ')).toContain('--timestamp 1700000000')
    expect(() =>
      createBuilder('buildah', runner, new MemoryReporter(), { sourceDateEpoch: 'yesterday' })
    ).toThrow(ConfigurationError)
  })

  it('check: a docker without buildx is a ConfigurationError about the builder input', async () => {
    const { builder } = setup('docker', () => ({
      exitCode: 1,
      stderr: 'unknown command: docker buildx'
    }))
    const error = await builder.check().catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.subject).toBe('builder')
    expect(error.message).toContain('buildx plugin is missing')
  })

  it('check passes when the builder answers', async () => {
    const { builder, runner } = setup('podman', () => ({ stdout: 'podman version 4.3.1\n' }))
    await expect(builder.check()).resolves.toBeUndefined()
    expect(runner.calls[0]!.args).toEqual(['--version'])
  })

  it('logout runs <builder> logout <host>', async () => {
    const { builder, runner } = setup('docker')
    await builder.logout(secure)
    expect(runner.calls[0]).toMatchObject({
      command: 'docker',
      args: ['logout', '--', secure.host]
    })
  })
})

describe('push retries', () => {
  const failOnce =
    (times: number, stderr: string): Respond =>
    async call => {
      if (call.args[0] === 'push' && times-- > 0) return { exitCode: 125, stderr }
      return writesDigest(DIGEST)(call)
    }

  it('a registry 5xx on an upload is retried with backoff, and the push succeeds', async () => {
    const reporter = new MemoryReporter()
    const runner = new FakeRunner(
      reporter,
      failOnce(2, 'writing blob: received unexpected HTTP status: 500 Internal Server Error')
    )
    const slept: number[] = []
    const builder = createBuilder('buildah', runner, reporter, {
      sourceDateEpoch: '',
      sleep: async ms => void slept.push(ms)
    })
    await expect(builder.buildAndPush(request())).resolves.toEqual({ digest: DIGEST })
    expect(runner.calls.map(c => c.args[0])).toEqual(['bud', 'push', 'push', 'push', 'rmi'])
    expect(slept).toEqual(PUSH_RETRY_DELAYS_MS)
    expect(reporter.text()).toContain('attempt 1 failed; retrying in 2 s')
  })

  it('gives up after its attempts with the registry’s message', async () => {
    const reporter = new MemoryReporter()
    const runner = new FakeRunner(reporter, failOnce(9, 'unexpected HTTP status: 503'))
    const builder = createBuilder('buildah', runner, reporter, {
      sourceDateEpoch: '',
      sleep: async () => {}
    })
    await expect(builder.buildAndPush(request())).rejects.toThrow(/503/)
    expect(runner.calls.filter(c => c.args[0] === 'push')).toHaveLength(3)
  })

  it('never retries a refusal or a failed build', async () => {
    for (const stderr of ['unauthorized: authentication required', 'tag invalid: immutable']) {
      const reporter = new MemoryReporter()
      const runner = new FakeRunner(reporter, failOnce(1, stderr))
      const builder = createBuilder('buildah', runner, reporter, {
        sourceDateEpoch: '',
        sleep: async () => {}
      })
      await expect(builder.buildAndPush(request())).rejects.toThrow(stderr)
      expect(runner.calls.filter(c => c.args[0] === 'push')).toHaveLength(1)
    }
    const reporter = new MemoryReporter()
    const runner = new FakeRunner(reporter, async () => ({ exitCode: 1, stderr: 'RUN failed' }))
    const builder = createBuilder('buildah', runner, reporter, { sleep: async () => {} })
    await expect(builder.buildAndPush(request())).rejects.toThrow(/RUN failed/)
    expect(runner.calls.map(c => c.args[0])).toEqual(['bud'])
  })
})

describe("a local name of the run's own (two runs on one machine)", () => {
  const refs = [`${REF}-inputs`, REF]
  const pushed = (args: string[][]) =>
    args.filter(a => a[0] === 'push' || a[1] === 'push').map(a => a.at(-1))
  const local = (args: string[][]) =>
    args.flatMap(a => a.flatMap((x, i) => (x === '--tag' || x === '--manifest' ? [a[i + 1]] : [])))

  it.each(['buildah', 'podman'] as const)(
    '%s: two runs build under two local names and push the same tags',
    kind => {
      for (const platforms of [['linux/arm64'], ['linux/arm64', 'linux/amd64']]) {
        const plan = (localName: string) =>
          buildCommands(kind, request({ references: refs, platforms }), {
            workDir: '/tmp/w',
            localName
          }).map(c => c.args)
        const one = plan(localImageName('100-aaaa'))
        const two = plan(localImageName('200-bbbb'))
        expect(local(one)).toEqual(['localhost/ggcd-run-100-aaaa'])
        expect(local(two)).toEqual(['localhost/ggcd-run-200-bbbb'])
        // The registry's tags are the contract: the same for both runs, as before.
        expect(pushed(one)).toEqual(refs.map(r => `docker://${r}`))
        expect(pushed(two)).toEqual(pushed(one))
        // No pushed reference is ever a local name.
        expect(one.flat().filter(a => refs.includes(a))).toEqual([])
      }
    }
  )

  it('removes the local name after the push: the image for one platform, the list for several', () => {
    const o = { localName: LOCAL }
    expect(cleanupCommands('buildah', request(), o)).toEqual([
      { command: 'buildah', args: ['rmi', '--', LOCAL], optional: true }
    ])
    expect(
      cleanupCommands('podman', request({ platforms: ['linux/arm64', 'linux/amd64'] }), o)
    ).toEqual([{ command: 'podman', args: ['manifest', 'rm', '--', LOCAL], optional: true }])
    // docker pushes straight from the build: no local name of ours to remove.
    expect(cleanupCommands('docker', request(), o)).toEqual([])
  })

  it('a run id is this process and a random part, new each time', () => {
    const a = newRunId(4242)
    expect(a).toMatch(/^4242-[0-9a-f]{12}$/)
    expect(newRunId(4242)).not.toBe(a)
  })

  it('two builders on one machine: different local names, the same pushed tags, each name removed', async () => {
    const runs = [setup('buildah'), setup('buildah')]
    for (const { builder } of runs) {
      await builder.buildAndPush(request({ references: refs }))
    }
    const [one, two] = runs.map(r => r.runner.calls.map(c => c.args))
    const [a, b] = [local(one!)[0]!, local(two!)[0]!]
    expect(a).toMatch(new RegExp(`^localhost/ggcd-run-${process.pid}-[0-9a-f]{12}$`))
    expect(b).not.toBe(a)
    expect(pushed(one!)).toEqual(refs.map(r => `docker://${r}`))
    expect(pushed(two!)).toEqual(pushed(one!))
    expect(one!.at(-1)).toEqual(['rmi', '--', a])
    expect(two!.at(-1)).toEqual(['rmi', '--', b])
  })

  it('a failed push still removes the local name; a failed build has none to remove', async () => {
    const failedPush = setup('buildah', ({ args }) =>
      args[0] === 'push' ? { exitCode: 1, stderr: 'denied: not authorized' } : {}
    )
    const runId = { runId: '1-abc' }
    const builder = createBuilder('buildah', failedPush.runner, failedPush.reporter, runId)
    await expect(builder.buildAndPush(request())).rejects.toThrow(/denied/)
    expect(failedPush.runner.calls.map(c => c.args.slice(0, 3))).toEqual([
      ['bud', '--file', 'container/Dockerfile'],
      ['push', '--digestfile', expect.any(String)],
      ['rmi', '--', LOCAL]
    ])
  })
})
