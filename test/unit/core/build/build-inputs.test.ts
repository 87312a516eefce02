// The build inputs digest (what a build can see) and the .dockerignore matcher behind it.
import { afterEach, describe, it, expect } from '@jest/globals'
import { chmod, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  IgnoreMatcher,
  buildInputsDigest,
  hostPlatform,
  inputsTag,
  type BuildInputs
} from '../../../../src/core/build/build-inputs.js'

describe('build inputs', () => {
  const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))
  // The repository's own allow-list: the tests run against exactly what ships.
  const DOCKERIGNORE = join(ROOT, 'container/.dockerignore')
  let dir = ''

  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
    dir = ''
  })

  async function put(path: string, text: string): Promise<void> {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }

  /** A copy of container/'s layout: what the allow-list lets through, and what it does not. */
  async function context(): Promise<void> {
    dir = await mkdtemp(join(tmpdir(), 'ggcd-inputs-test-'))
    await put('container/.dockerignore', await readFile(DOCKERIGNORE, 'utf8'))
    await put('container/Dockerfile', 'FROM scratch\nCOPY app/ /app/\n')
    await put('container/requirements.txt', 'boto3==1.40.0\n')
    await put('container/app/dynamodb_access_sample.py', 'print("hello")\n')
    await put('container/app/__pycache__/dynamodb_access_sample.cpython-312.pyc', 'bytecode')
    await put('container/README.md', '# The app\n')
    await put('container/pytest.ini', '[pytest]\n')
    await put('container/tests/test_app_unit.py', 'def test(): pass\n')
    await put('container/tests/__pycache__/x.pyc', 'bytecode')
    await put('container/.pytest_cache/v/cache/lastfailed', '{}')
  }

  function inputs(overrides: Partial<BuildInputs> = {}): BuildInputs {
    return {
      context: join(dir, 'container'),
      dockerfile: join(dir, 'container/Dockerfile'),
      platforms: [],
      builder: 'buildah',
      ...overrides
    }
  }

  const digest = async (overrides: Partial<BuildInputs> = {}) =>
    (await buildInputsDigest(inputs(overrides))).digest

  it('sees exactly what container/.dockerignore lets through', async () => {
    await context()
    const result = await buildInputsDigest(inputs())
    expect(result.entries).toEqual(['app/', 'app/dynamodb_access_sample.py', 'requirements.txt'])
    expect(result.ignoreFile).toBe(join(dir, 'container/.dockerignore'))
    expect(result.digest).toMatch(/^[a-f0-9]{64}$/)
    expect(inputsTag(result.digest)).toBe(`ggcd-inputs-${result.digest.slice(0, 32)}`)
  })

  it("the repository's container/ as the sandbox's Dockerfile builds it", async () => {
    const result = await buildInputsDigest({
      context: join(ROOT, 'container'),
      dockerfile: join(ROOT, 'sandbox/Dockerfile'),
      platforms: [],
      builder: 'buildah'
    })
    expect(result.entries).toEqual(['app/', 'app/dynamodb_access_sample.py', 'requirements.txt'])
  })

  it('does not change when a file the build cannot see changes, or a timestamp', async () => {
    await context()
    const before = await digest()
    await put('container/README.md', '# The app, documented at last\n')
    await put('container/tests/test_app_unit.py', 'def test(): assert True\n')
    await put('container/app/__pycache__/dynamodb_access_sample.cpython-312.pyc', 'other')
    await put('container/app/__pycache__/new.cpython-312.pyc', 'new')
    await put('container/NOTES.md', 'new file, not in the allow-list')
    await put('container/tests/fixtures/data.json', '{}')
    await put('README.md', 'outside the context')
    const old = new Date('2001-01-01T00:00:00Z')
    await utimes(join(dir, 'container/app/dynamodb_access_sample.py'), old, old)
    await utimes(join(dir, 'container/Dockerfile'), old, old)
    expect(await digest()).toBe(before)
  })

  it('changes with the app, the requirements, a new app file, a mode, or the Dockerfile', async () => {
    await context()
    const seen = new Set([await digest()])
    const changes: Array<() => Promise<void>> = [
      () => put('container/app/dynamodb_access_sample.py', 'print("hello, world")\n'),
      () => put('container/requirements.txt', 'boto3==1.40.1\n'),
      () => put('container/app/helper.py', ''),
      () => mkdir(join(dir, 'container/app/empty')),
      () => chmod(join(dir, 'container/app/dynamodb_access_sample.py'), 0o755),
      () => put('container/Dockerfile', 'FROM scratch\nCOPY app/ /srv/\n'),
      () => rm(join(dir, 'container/app/helper.py'))
    ]
    for (const change of changes) {
      await change()
      const now = await digest()
      expect(seen.has(now)).toBe(false)
      seen.add(now)
    }
  })

  it('counts build args, target, secret ids and provenance, never secret values', async () => {
    await context()
    const plain = await digest()
    // Absent or empty: the digest of a build without them, as before they existed.
    expect(await digest({ buildArgs: {}, secretIds: [], target: undefined })).toBe(plain)
    const seen = new Set([plain])
    const extras: Array<Partial<BuildInputs>> = [
      { buildArgs: { A: '1' } },
      { buildArgs: { A: '2' } },
      { buildArgs: { A: '1', B: '1' } },
      { target: 'runtime' },
      { secretIds: ['tok'] },
      { provenance: 'mode=min' }
    ]
    for (const extra of extras) {
      const d = await digest(extra)
      expect(seen.has(d)).toBe(false)
      seen.add(d)
    }
    expect(await digest({ buildArgs: { B: '1', A: '1' } })).toBe(
      await digest({ buildArgs: { A: '1', B: '1' } })
    )
    expect(await digest({ secretIds: ['b', 'a'] })).toBe(await digest({ secretIds: ['a', 'b'] }))
  })

  it('changes when the ignore file lets more through', async () => {
    await context()
    const before = await digest()
    await put('container/.dockerignore', `${await readFile(DOCKERIGNORE, 'utf8')}\n!README.md\n`)
    const after = await buildInputsDigest(inputs())
    expect(after.entries).toContain('README.md')
    expect(after.digest).not.toBe(before)
  })

  it('platforms matter as a set, the default one as this machine’s; the builder does not', async () => {
    await context()
    const none = await digest()
    const own = await digest({ platforms: [hostPlatform()] })
    const arm = await digest({ platforms: ['linux/arm64'] })
    const amd = await digest({ platforms: ['linux/amd64'] })
    const both = await digest({ platforms: ['linux/arm64', 'linux/amd64'] })
    expect(new Set([none, arm, amd, both]).size).toBe(4)
    // The default is this machine's platform: a runner of another kind builds another.
    expect(own).not.toBe(none)
    const arch = process.arch
    Object.defineProperty(process, 'arch', { value: arch === 'arm64' ? 'x64' : 'arm64' })
    try {
      expect(await digest()).not.toBe(none)
    } finally {
      Object.defineProperty(process, 'arch', { value: arch })
    }
    expect(await digest({ platforms: ['linux/amd64', 'linux/arm64', 'linux/amd64'] })).toBe(both)
    // Same context seen, same Dockerfile, same platforms: the same inputs, whoever builds.
    expect(await digest({ builder: 'docker' })).toBe(none)
    expect(await digest({ builder: 'podman', platforms: ['linux/arm64'] })).toBe(arm)
  })

  it('names this machine’s platform as OCI does', () => {
    expect(hostPlatform('x64')).toBe('linux/amd64')
    expect(hostPlatform('arm64')).toBe('linux/arm64')
    expect(hostPlatform('s390x')).toBe('linux/s390x')
  })

  it('the Dockerfile counts by its bytes, wherever it is', async () => {
    await context()
    const before = await digest()
    await put('elsewhere/Containerfile', await readFile(join(dir, 'container/Dockerfile'), 'utf8'))
    expect(await digest({ dockerfile: join(dir, 'elsewhere/Containerfile') })).toBe(before)
  })

  it('without an ignore file the whole context counts', async () => {
    await context()
    await rm(join(dir, 'container/.dockerignore'))
    const result = await buildInputsDigest(inputs())
    expect(result.ignoreFile).toBeUndefined()
    expect(result.entries).toEqual(
      expect.arrayContaining(['Dockerfile', 'README.md', 'tests/test_app_unit.py'])
    )
  })

  it('reads the ignore file the builder reads', async () => {
    await context()
    await put('container/Dockerfile.dockerignore', '*\n!app/\n**/__pycache__\n')
    await put('container/.containerignore', '*\n!requirements.txt\n')
    const docker = await buildInputsDigest(inputs({ builder: 'docker' }))
    expect(docker.ignoreFile).toBe(join(dir, 'container/Dockerfile.dockerignore'))
    expect(docker.entries).toEqual(['app/', 'app/dynamodb_access_sample.py'])
    const podman = await buildInputsDigest(inputs({ builder: 'podman' }))
    expect(podman.ignoreFile).toBe(join(dir, 'container/.containerignore'))
    expect(podman.entries).toEqual(['requirements.txt'])
  })
})

describe('IgnoreMatcher', () => {
  it('reads patterns as Docker does: comments, cleaning, parents, the last match wins', () => {
    const m = new IgnoreMatcher(
      [
        '# comment',
        '',
        '  /build/  ',
        '*.log',
        '!keep.log',
        'docs/**/*.md',
        '!docs/**/README.md',
        '**/node_modules',
        'cache?',
        'v[0-9]'
      ].join('\n')
    )
    expect(m.excludes('build')).toBe(true)
    expect(m.excludes('build/out/a.js')).toBe(true)
    expect(m.excludes('src/build')).toBe(false)
    expect(m.excludes('a.log')).toBe(true)
    expect(m.excludes('keep.log')).toBe(false)
    expect(m.excludes('src/a.log')).toBe(false)
    expect(m.excludes('docs/a.md')).toBe(true)
    expect(m.excludes('docs/x/y/a.md')).toBe(true)
    expect(m.excludes('docs/x/README.md')).toBe(false)
    expect(m.excludes('node_modules/a/index.js')).toBe(true)
    expect(m.excludes('web/node_modules')).toBe(true)
    expect(m.excludes('cache1')).toBe(true)
    expect(m.excludes('cache12')).toBe(false)
    expect(m.excludes('v1/a')).toBe(true)
    expect(m.excludes('vx')).toBe(false)
    expect(m.excludes('# comment')).toBe(false)
  })

  it('an allow-list: * then !exceptions, with parents let back in', () => {
    const m = new IgnoreMatcher('*\n!app/\n!requirements.txt\n**/__pycache__/\n')
    expect(m.excludes('Dockerfile')).toBe(true)
    expect(m.excludes('app')).toBe(false)
    expect(m.excludes('app/sub/x.py')).toBe(false)
    expect(m.excludes('app/__pycache__/x.pyc')).toBe(true)
    expect(m.excludes('requirements.txt')).toBe(false)
    expect(m.mayLetBackIn('tests')).toBe(false)
    expect(m.mayLetBackIn('app')).toBe(true)
    expect(new IgnoreMatcher('*\n!**/keep').mayLetBackIn('anything')).toBe(true)
  })
})
