// Resource growth, measured: ten runs of the root action, each for a commit that changed the
// app (a new image, a new component version, a new deployment), with prune on and keep 3,
// leave the account with the three newest versions and their images, whatever ran before
// (GGCD_PRUNE_RUNS sets another count; the fourth run is the first that prunes).
// Then `ggcd prune --dry-run --keep 1` lists only what no deployment uses (the group's
// latest deployment and the one before it, where a rollback goes, both stay) and changes
// nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFile, cp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr'
import { GreengrassV2Client, ListComponentVersionsCommand } from '@aws-sdk/client-greengrassv2'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { ROOT, runAction, runCli } from './harness.js'
import { rejectedCalls, sandboxInputs, workspaceTemp } from './helpers.js'

const KEEP = 3
const RUNS = Number(process.env.GGCD_PRUNE_RUNS ?? 10)
/** What run n made: its component version. */
const made = (run: number) => `1.0.${run - 1}`
const COMPONENT = 'com.example.AccessDynamoDb'
const REPOSITORY = 'dynamodb_access_sample'

let sandbox: Sandbox
let work: string
let greengrass: GreengrassV2Client
let ecr: ECRClient

beforeAll(async () => {
  sandbox = await startSandbox()
  work = workspaceTemp('ggcd-prune-')
  await cp(join(ROOT, 'container'), join(work, 'container'), { recursive: true })
  const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' }
  greengrass = new GreengrassV2Client({
    region: sandbox.region,
    endpoint: sandbox.env.AWS_ENDPOINT_URL_GREENGRASSV2,
    credentials
  })
  ecr = new ECRClient({
    region: sandbox.region,
    endpoint: sandbox.env.AWS_ENDPOINT_URL,
    credentials
  })
})

afterAll(async () => {
  await sandbox?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

async function versions(): Promise<string[]> {
  const arn = `arn:aws:greengrass:${sandbox.region}:${sandbox.accountId}:components:${COMPONENT}`
  const page = await greengrass.send(new ListComponentVersionsCommand({ arn }))
  return (page.componentVersions ?? []).map(v => v.componentVersion!).sort()
}

async function images(): Promise<string[]> {
  const page = await ecr.send(new DescribeImagesCommand({ repositoryName: REPOSITORY }))
  return (page.imageDetails ?? []).map(d => d.imageDigest!).sort()
}

describe(`prune over ${RUNS} changed runs`, () => {
  it(
    `leaves at most ${KEEP} versions and images`,
    async () => {
      const growth: string[] = []
      for (let run = 1; run <= RUNS; run++) {
        // A change the build sees: the app's own file.
        await appendFile(join(work, 'container/app/dynamodb_access_sample.py'), `# run ${run}\n`)
        const result = await runAction(
          '.',
          {
            ...sandboxInputs(sandbox),
            context: join(work, 'container'),
            'image-tag': `commit-${run}`,
            prune: 'true',
            keep: String(KEEP)
          },
          sandbox.env
        )
        expect([run, result.code, result.code === 0 ? '' : result.log.slice(-3000)]).toEqual([
          run,
          0,
          ''
        ])
        const [v, i] = [await versions(), await images()]
        growth.push(`run ${run}: ${v.length} versions, ${i.length} images`)
        process.stderr.write(`${growth.at(-1)}\n`)
        expect(v.length).toBeLessThanOrEqual(KEEP)
        expect(i.length).toBeLessThanOrEqual(KEEP)
      }
      // The figures, for the log: growth stops at keep.
      process.stdout.write(`${growth.join('\n')}\n`)
      expect(await versions()).toEqual([made(RUNS - 2), made(RUNS - 1), made(RUNS)])
      expect(await images()).toHaveLength(KEEP)
      expect(rejectedCalls(await sandbox.calls())).toEqual([])
    },
    RUNS * 180_000
  )

  it('lists, in a dry run, only what no deployment uses, and changes nothing', async () => {
    await sandbox.resetCalls()
    const before = await images()
    const run = await runCli(
      ['prune', '--keep', '1', '--dry-run', '--region', sandbox.region],
      sandbox.env
    )
    expect(run.code).toBe(0)
    // The last run's version is the group's latest deployment, the one before it a rollback's
    // destination: both stay.
    expect(JSON.parse(run.outputs['pruned-versions']!)).toEqual([made(RUNS - 2)])
    expect(JSON.parse(run.outputs['pruned-images']!)).toHaveLength(1)
    expect(run.log).toContain(`Keeps com.example.AccessDynamoDb ${made(RUNS - 1)}: deployment`)
    expect(await versions()).toEqual([made(RUNS - 2), made(RUNS - 1), made(RUNS)])
    expect(await images()).toEqual(before)
    expect((await sandbox.calls()).filter(c => c.mutating)).toEqual([])
  })
})
