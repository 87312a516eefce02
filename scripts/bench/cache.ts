// The cached rebuild: what `cache: true` saves when only the app changed. Two builds by the
// build-push action (buildah) against the sandbox, each on fresh, empty image storage (as a
// new CI runner has): a cold one with the registry cache still empty, then, after a change
// to the app alone, one that can take its dependency layer from the cache the first pushed
// to the repository. The dependency layer is slow on purpose (a RUN that sleeps, as a real
// `pip install` takes its time); the app layer is a small COPY after it.
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../../test/e2e/harness.js'
import { startSandbox } from '../../sandbox/sandbox.js'

const BUSYBOX = '/bin/busybox'
/** Seconds the dependency layer's RUN takes: a stand-in for a dependency install. */
export const SLOW_LAYER_SECONDS = 15

const DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
COPY requirements.txt /deps/requirements.txt
RUN ["/bin/busybox", "sh", "-c", "/bin/busybox sleep ${SLOW_LAYER_SECONDS} && /bin/busybox cp /deps/requirements.txt /deps/installed"]
COPY app/ /app/
`

export interface CacheFigures {
  coldMs: number
  rebuildMs: number
  /** rebuildMs / coldMs. */
  ratio: number
  /** The rebuild's builder log said it used a cached step. */
  cacheHits: number
}

/** Storage nobody has used: nothing of an earlier build can be found in it. */
async function freshStorage(root: string, name: string): Promise<string> {
  const dir = join(root, name)
  await mkdir(dir, { recursive: true })
  const conf = join(dir, 'storage.conf')
  await writeFile(
    conf,
    `[storage]\ndriver = "vfs"\nrunroot = "${join(dir, 'run')}"\ngraphroot = "${join(dir, 'graph')}"\n`
  )
  return conf
}

export async function cachedRebuild(): Promise<CacheFigures | string> {
  if (!existsSync(BUSYBOX)) return `${BUSYBOX} is missing (apt-get install busybox-static)`
  let sandbox
  try {
    sandbox = await startSandbox()
  } catch (error) {
    return `the sandbox did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
  }
  const work = await mkdtemp(join(tmpdir(), 'ggcd-bench-cache-'))
  try {
    const context = join(work, 'context')
    await mkdir(join(context, 'app'), { recursive: true })
    await cp(BUSYBOX, join(context, 'busybox'))
    await writeFile(join(context, 'Dockerfile'), DOCKERFILE)
    await writeFile(join(context, 'requirements.txt'), 'boto3==1.40.0\n')
    await writeFile(join(context, 'app', 'main.py'), 'print("v1")\n')

    const build = async (name: string, tag: string): Promise<{ run: ActionRun; ms: number }> => {
      const storage = await freshStorage(work, name)
      const started = process.hrtime.bigint()
      const run = await runAction(
        'actions/build-push',
        {
          builder: 'buildah',
          registry: `http://${sandbox.registry}`,
          repository: 'bench_cache',
          context,
          'image-tag': tag,
          cache: 'true'
        },
        { ...sandbox.env, CONTAINERS_STORAGE_CONF: storage }
      )
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      if (run.code !== 0) throw new Error(`the ${name} build failed:\n${run.log.slice(-1500)}`)
      return { run, ms }
    }

    const cold = await build('cold', 'bench-cache-1')
    await writeFile(join(context, 'app', 'main.py'), 'print("v2")\n')
    const rebuild = await build('rebuild', 'bench-cache-2')
    return {
      coldMs: cold.ms,
      rebuildMs: rebuild.ms,
      ratio: rebuild.ms / cold.ms,
      cacheHits: (rebuild.run.log.match(/Using cache|--> Using cache/g) ?? []).length
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await sandbox.stop()
    await rm(work, { recursive: true, force: true })
  }
}
