// The job summary as Markdown: free text from devices and AWS shows as written (not as markup),
// a pipe stays inside its table cell, code spans hold backticks, and ordinary values keep the
// look they always had, in GitHub and in a terminal.
import { describe, it, expect } from '@jest/globals'
import type { DeployResult, TargetResult } from '../../actions/toolkit/greengrass.js'
import type { SmokeResult } from '../../actions/toolkit/smoke.js'
import { deploySummary, smokeSummary } from '../../actions/toolkit/summary.js'

function target(over: Partial<TargetResult> = {}): TargetResult {
  return {
    target: { kind: 'thing', name: 'core-1' },
    targetArn: 'arn:aws:iot:eu-west-1:123456789012:thing/core-1',
    deploymentId: 'dep-1',
    unchanged: false,
    alreadyRunning: [],
    devices: [],
    status: 'succeeded',
    ...over
  }
}

function deployResult(over: Partial<DeployResult> = {}): DeployResult {
  return {
    componentName: 'com.example.AccessDynamoDb',
    componentVersion: '1.0.3',
    componentArn: 'arn:aws:greengrass:eu-west-1:123456789012:components:x:versions:1.0.3',
    componentCreated: true,
    startedAt: '2026-11-29T03:00:00.000Z',
    targets: [target()],
    failures: [],
    ...over
  }
}

/** Device core-1, failed with this reason, as ListEffectiveDeployments gave it. */
const failed = (reason: string) => ({ thingName: 'core-1', status: 'FAILED', ok: false, reason })

const failedWith = (reason: string): DeployResult =>
  deployResult({ targets: [target({ status: 'failed', devices: [failed(reason)] })] })

/** The table's body rows, each split into its cells at the pipes that are not escaped. */
function cells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter(line => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map(line => line.slice(2, -2).split(/(?<!\\) \| /))
}

describe('deploySummary', () => {
  it('keeps the look of ordinary values: names with underscores, statuses, messages', () => {
    const result = deployResult({
      targets: [
        target({
          target: { kind: 'thinggroup', name: 'line_a' },
          status: 'failed',
          devices: [
            {
              thingName: 'core_1',
              status: 'FAILED',
              ok: false,
              reason:
                'FAILED_ROLLBACK_COMPLETE: com.example.dynamodb_access_sample exited 1 & stopped'
            }
          ],
          rollback: {
            status: 'succeeded',
            deploymentId: 'dep-2',
            message: 'rolled back to deployment dep-0 (com.example.AccessDynamoDb 1.0.2)'
          }
        })
      ],
      failures: ['thing core_1 (thinggroup/line_a): FAILED — exited 1 (see its log)']
    })
    expect(deploySummary(result)).toBe(
      [
        '### Deployment',
        '`com.example.AccessDynamoDb` `1.0.3` (new version)',
        '',
        '| target | deployment | change | status | devices |',
        '| --- | --- | --- | --- | --- |',
        '| `thinggroup/line_a` | `dep-1` | deployed | ❌ failed, ↩️ rolled back | core_1: FAILED (FAILED_ROLLBACK_COMPLETE: com.example.dynamodb_access_sample exited 1 & stopped) |',
        '',
        '**Rollback**',
        '- `thinggroup/line_a`: rolled back to deployment dep-0 (com.example.AccessDynamoDb 1.0.2) (deployment `dep-2`)',
        '',
        '**Failures**',
        '- thing core_1 (thinggroup/line_a): FAILED — exited 1 (see its log)',
        ''
      ].join('\n')
    )
  })

  it("shows a device's reason as text, not as HTML, emphasis or a link", () => {
    const summary = deploySummary(
      failedWith('<img src=x> *not bold* _not italic_ [docs](http://e.x) `cmd` ~~kept~~ &lt;')
    )
    expect(summary).toContain(
      'core-1: FAILED (\\<img src=x\\> \\*not bold\\* \\_not italic\\_ \\[docs\\](http://e.x) \\`cmd\\` \\~\\~kept\\~\\~ \\&lt;)'
    )
    expect(summary).not.toMatch(/(?<!\\)</)
  })

  it('keeps a backslash in a reason as one backslash', () => {
    // Unescaped, \* would show as * and a trailing \ would escape the ) after it.
    expect(deploySummary(failedWith('C:\\data\\* is read-only\\'))).toContain(
      '(C:\\\\data\\\\\\* is read-only\\\\)'
    )
  })

  it('keeps a pipe in a value inside its cell, escaped once', () => {
    const summary = deploySummary(
      deployResult({
        targets: [target({ deploymentId: 'dep|1', devices: [failed('exit|code 1')] })]
      })
    )
    const [row] = cells(summary)
    expect(row).toHaveLength(5)
    // GitHub shows \\| in a code span as \|: the backslash would be part of the id.
    expect(row![1]).toBe('`dep\\|1`')
    expect(row![4]).toBe('core-1: FAILED (exit\\|code 1)')
    expect(summary).not.toContain('\\\\|')
  })

  it('escapes a pipe inside a code span once, and fences a backtick with a longer run', () => {
    const summary = deploySummary(
      deployResult({ targets: [target({ deploymentId: 'dep|`1`' })], componentVersion: '1.0.3`' })
    )
    expect(cells(summary)[0]![1]).toBe('`` dep\\|`1` ``')
    expect(summary).toContain('`` 1.0.3` `` (new version)')
  })

  it('keeps each failure line one list item of text', () => {
    const summary = deploySummary(
      deployResult({
        failures: [
          '# not a heading',
          '- not a nested list',
          '1. not a numbered list',
          'two\n| --- |\nlines'
        ]
      })
    )
    expect(summary).toContain(
      '**Failures**\n- \\# not a heading\n- \\- not a nested list\n- 1\\. not a numbered list\n- two | --- | lines\n'
    )
  })

  it("shows the canary's stop and a rollback message as text", () => {
    const summary = deploySummary(
      deployResult({
        stopped: 'Not deployed to thinggroup/fleet: the canary said <stop>',
        targets: [
          target({ status: 'failed', rollback: { status: 'failed', message: 'rollback *failed*' } })
        ]
      })
    )
    expect(summary).toContain(
      '**Canary**: Not deployed to thinggroup/fleet: the canary said \\<stop\\>'
    )
    expect(summary).toContain('- `thing/core-1`: rollback \\*failed\\*')
  })
})

describe('deploySummary of many failures', () => {
  it('lists 50 failures, then their count, whatever their number', () => {
    const failures = Array.from({ length: 10_000 }, (_, i) => `thing core-${i}: TIMED_OUT`)
    const summary = deploySummary({
      componentName: 'com.example.AccessDynamoDb',
      componentVersion: '1.0.3',
      componentArn: 'arn',
      componentCreated: false,
      startedAt: '2026-11-29T03:00:00.000Z',
      targets: [],
      failures
    })
    expect(summary).toContain('- thing core-49: TIMED_OUT')
    expect(summary).not.toContain('core-50:')
    expect(summary).toContain('- … and 9,950 more')
    expect(Buffer.byteLength(summary)).toBeLessThan(64 * 1024)
  })
})

describe('smokeSummary', () => {
  const smoke = (over: Partial<SmokeResult> = {}): SmokeResult => ({
    devices: { 'core-1': 'found', 'core-2': 'missing' },
    missing: ['core-2'],
    items: {
      'core-1': {
        device_name: 'core-1',
        timestamp: '2026-11-29T03:16:14.123Z',
        component_version: '1.0.3'
      }
    },
    tableName: 'SampleDynamoTable',
    since: '2026-11-29T03:00:00.000Z',
    emptyGroups: [],
    ...over
  })

  it('says why a device is missing, next to the verdict', () => {
    const summary = smokeSummary(
      smoke({ reasons: { 'core-2': 'wrote no item at all into SampleDynamoTable' } })
    )
    expect(cells(summary)).toEqual([
      ['`core-1`', '✅ found', '2026-11-29T03:16:14.123Z (v1.0.3)'],
      ['`core-2`', '❌ missing: wrote no item at all into SampleDynamoTable', '—']
    ])
  })

  it('shows what a device wrote into its item as text', () => {
    const summary = smokeSummary(
      smoke({
        items: { 'core-1': { timestamp: '<b>now</b>', component_version: '1.0|3' } },
        devices: { 'core-1': 'found' },
        missing: []
      })
    )
    expect(cells(summary)).toEqual([['`core-1`', '✅ found', '\\<b\\>now\\</b\\> (v1.0\\|3)']])
  })
})
