// A rerun after a real failure tells the story: the group's current deployment runs the log
// manager, configured to upload the component's log; a device fails the release, and the job
// summary shows, after its status details, the last lines its component printed, read back
// from CloudWatch Logs (the sandbox's device uploads them where the real log manager does).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CreateDeploymentCommand, GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction } from './harness.js'
import { groupArn, sandboxInputs } from './helpers.js'

const COMPONENT = 'com.example.AccessDynamoDb'

let sandbox: Sandbox
let env: Record<string, string>

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
})

afterAll(async () => {
  await sandbox?.stop()
})

describe('a failed device’s component log in the summary', () => {
  it('with the log manager in the deployment: the tail of the component’s log, as data', async () => {
    await sandbox.addDevice({ thingName: 'logging-core', groups: ['LoggingGroup'], failApp: true })
    const greengrass = new GreengrassV2Client({
      region: sandbox.region,
      endpoint: sandbox.env.AWS_ENDPOINT_URL_GREENGRASSV2,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
    })
    // The fleet as its owner set it up: the log manager uploads this component's log. The
    // toolkit keeps it in the new deployment, as any component the target already runs.
    await greengrass.send(
      new CreateDeploymentCommand({
        targetArn: groupArn(sandbox, 'LoggingGroup'),
        deploymentName: 'fleet baseline',
        components: {
          'aws.greengrass.LogManager': {
            componentVersion: '2.3.7',
            configurationUpdate: {
              merge: JSON.stringify({
                logsUploaderConfiguration: {
                  componentLogsConfigurationMap: { [COMPONENT]: { minimumLogLevel: 'INFO' } }
                },
                periodicUploadIntervalSec: 10
              })
            }
          }
        }
      })
    )

    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'logs', targets: 'thinggroup/LoggingGroup' },
      env
    )
    expect(run.code).not.toBe(0)
    // The status details first, then the log.
    expect(run.summary).toContain('logging-core: FAILED (')
    const section = run.summary.indexOf('**Device logs**')
    expect(section).toBeGreaterThan(run.summary.indexOf('**Failures**'))
    const logs = run.summary.slice(section)
    const day = new Date().toISOString().slice(0, 10).replace(/-/g, '/')
    expect(logs).toMatch(
      new RegExp(
        `\`logging-core\` \\(\`thinggroup/LoggingGroup\`\\), the last \\d+ lines? of \`/aws/greengrass/UserComponent/${sandbox.region}/${COMPONENT.replace(/\./g, '\\.')}\` \`/${day}/thing/logging-core\` \\(UTC\\):`
      )
    )
    // The block: each line behind its time, what the app printed on stderr, then its exit.
    const block = /\n(`{3,})text\n([\s\S]*?)\n\1\n/.exec(logs)
    expect(block).not.toBeNull()
    const lines = block![2]!.split('\n')
    expect(lines.every(l => /^\d\d:\d\d:\d\d /.test(l))).toBe(true)
    expect(lines.some(l => l.includes(`${COMPONENT}: stderr. `))).toBe(true)
    expect(lines.some(l => l.includes('could not write to DynamoDB'))).toBe(true)
    expect(lines[lines.length - 1]).toContain(`{exitCode=1, serviceName=${COMPONENT}`)
    expect(lines.length).toBeLessThanOrEqual(20)
    // Nothing a device printed became a workflow command in the log.
    expect(run.log.split('\n').filter(l => /^\s*::/.test(l) && l.includes('stderr.'))).toEqual([])
  })
})
