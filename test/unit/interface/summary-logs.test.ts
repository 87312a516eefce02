// The failed devices' component logs in the job summary: after the failures, each device's last
// lines in a code block, every line data: nothing in it is markup, none of it starts a workflow
// command or closes the block, and the CLI prints it command-free inside a GitHub job.
import { describe, expect, it } from '@jest/globals'
import type { DeployResult } from '../../../src/core/deploy/deploy.js'
import type { DeviceLogs, LogTail } from '../../../src/core/deploy/logs.js'
import { readsAsCommand } from '../../../src/core/shared/report.js'
import { terminalDoor } from '../../../src/doors/cli/terminal.js'
import { deploySummary, LOG_LINE_CHARS } from '../../../src/interface/summary.js'

const GROUP = '/aws/greengrass/UserComponent/eu-west-1/com.example.AccessDynamoDb'
const STREAM = '/2026/11/29/thing/core-1'

function tail(texts: string[], over: Partial<LogTail> = {}): LogTail {
  return {
    thingName: 'core-1',
    target: 'thinggroup/Fleet',
    logGroup: GROUP,
    logStream: STREAM,
    lines: texts.map((text, i) => ({ time: `2026-11-29T03:00:0${i}.000Z`, text })),
    ...over
  }
}

function failedRun(logs: DeviceLogs): DeployResult {
  return {
    componentName: 'com.example.AccessDynamoDb',
    componentVersion: '1.0.3',
    componentArn: 'arn:aws:greengrass:eu-west-1:123456789012:components:x:versions:1.0.3',
    componentCreated: true,
    startedAt: '2026-11-29T03:00:00.000Z',
    targets: [
      {
        target: { kind: 'thinggroup', name: 'Fleet' },
        targetArn: 'arn:aws:iot:eu-west-1:123456789012:thinggroup/Fleet',
        deploymentId: 'dep-1',
        unchanged: false,
        alreadyRunning: [],
        devices: [{ thingName: 'core-1', status: 'FAILED', ok: false, reason: 'broken' }],
        status: 'failed'
      }
    ],
    failures: ['thing core-1 (thinggroup/Fleet): FAILED — broken'],
    logs
  }
}

describe('deploySummary with device logs', () => {
  it("shows each failed device's last lines after the failures, in a code block", () => {
    const summary = deploySummary(
      failedRun({ tails: [tail(['starting', 'Traceback: boom'])], notes: [] })
    )
    expect(summary).toContain(
      [
        '**Failures**',
        '- thing core-1 (thinggroup/Fleet): FAILED — broken',
        '',
        "**Device logs** (CloudWatch Logs, each failed device's component log)",
        '',
        `\`core-1\` (\`thinggroup/Fleet\`), the last 2 lines of \`${GROUP}\` \`${STREAM}\` (UTC):`,
        '',
        '```text',
        '03:00:00 starting',
        '03:00:01 Traceback: boom',
        '```',
        ''
      ].join('\n')
    )
  })

  it('every line is data: no workflow command, no markup, no way out of the block', () => {
    const hostile = [
      '::error title=Deployed::all good',
      '::add-mask::secret',
      '```',
      '````` and more',
      '# heading [link](http://evil) <img src=x> *bold*',
      'bell\u0007 escape\u001b[31m red',
      'right-to-left \u202e override',
      'x'.repeat(LOG_LINE_CHARS + 50)
    ]
    const summary = deploySummary(failedRun({ tails: [tail(hostile)], notes: [] }))
    const lines = summary.split('\n')
    // No line of the summary starts a workflow command.
    expect(lines.filter(l => /^\s*::/.test(l))).toEqual([])
    // The block is fenced by a longer run of backticks than any in it, and ends after the lines.
    const open = lines.indexOf('``````text')
    expect(open).toBeGreaterThan(0)
    const close = lines.indexOf('``````', open + 1)
    expect(close).toBe(open + hostile.length + 1)
    // The lines as written, behind their time: nothing escaped (a code block shows it as is).
    expect(lines.slice(open + 1, close)).toEqual([
      '03:00:00 ::error title=Deployed::all good',
      '03:00:01 ::add-mask::secret',
      '03:00:02 ```',
      '03:00:03 ````` and more',
      '03:00:04 # heading [link](http://evil) <img src=x> *bold*',
      '03:00:05 bell\ufffd escape\ufffd[31m red',
      '03:00:06 right-to-left \ufffd override',
      `03:00:07 ${'x'.repeat(LOG_LINE_CHARS)}…`
    ])
  })

  it('a device without lines shows the note, as text; the notes list what was not read', () => {
    const summary = deploySummary(
      failedRun({
        tails: [tail([], { note: 'no log group /aws/greengrass/x_ yet: `*` <b>' })],
        notes: ['thinggroup/Other does not run aws.greengrass.LogManager: add *it*']
      })
    )
    expect(summary).toContain(
      '`core-1` (`thinggroup/Fleet`): ⚠️ no log group /aws/greengrass/x\\_ yet: \\`\\*\\` \\<b\\>'
    )
    expect(summary).toContain(
      '- thinggroup/Other does not run aws.greengrass.LogManager: add \\*it\\*'
    )
    expect(summary).not.toContain('```text')
  })

  it('without logs, the section is absent', () => {
    const run = failedRun({ tails: [], notes: [] })
    delete run.logs
    expect(deploySummary(run)).not.toContain('Device logs')
  })

  it('the CLI prints a summary with a device’s ##[command] command-free inside GitHub Actions', () => {
    const summary = deploySummary(failedRun({ tails: [tail(['##[warning]owned'])], notes: [] }))
    expect(readsAsCommand(summary)).toBe(true)
    const printed: string[] = []
    const door = terminalDoor({ out: l => printed.push(l), err: l => printed.push(l) }, false, {
      GITHUB_ACTIONS: 'true'
    })
    door.term.err(summary)
    expect(printed[0]).toMatch(/^::stop-commands::[0-9a-f]{32}\n/)
    expect(printed[0]!.endsWith('::')).toBe(true)
  })
})
