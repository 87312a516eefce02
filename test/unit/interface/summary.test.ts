// The job summary as Markdown: free text from devices and AWS shows as written (not as markup),
// a pipe stays inside its table cell, code spans hold backticks, and ordinary values keep the
// look they always had, in GitHub and in a terminal.
import { describe, it, expect } from '@jest/globals'
import { componentConsoleUrl, deploymentConsoleUrl } from '../../../src/core/shared/console.js'
import type { BuildPushResult } from '../../../src/core/build/build-push.js'
import { ConfigurationError } from '../../../src/core/shared/errors.js'
import type { DeployResult, TargetResult } from '../../../src/core/deploy/deploy.js'
import type { PipelineResult } from '../../../src/core/pipeline/pipeline.js'
import type { PolicyResult } from '../../../src/core/policy/attach-policy.js'
import type { RenderResult } from '../../../src/core/recipe/render-recipe.js'
import type { SmokeResult } from '../../../src/core/smoke/smoke.js'
import type { PruneResult } from '../../../src/core/prune/prune.js'
import { deploymentUrl } from '../../../src/interface/results.js'
import {
  buildSummary,
  deploySummary,
  pipelineSummary,
  pruneSummary,
  smokeSummary,
  stoppedSummary
} from '../../../src/interface/summary.js'

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

const CONSOLE = 'https://eu-west-1.console.aws.amazon.com/iot/home?region=eu-west-1#/greengrass/v2'

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
        `\`com.example.AccessDynamoDb\` \`1.0.3\`: created in this run ([console](${CONSOLE}/components/private/com.example.AccessDynamoDb/versions/1.0.3))`,
        '',
        '| target | deployment | change | status | devices |',
        '| --- | --- | --- | --- | --- |',
        `| \`thinggroup/line_a\` | \`dep-1\` ([console](${CONSOLE}/deployments/dep-1)) | deployed | ❌ failed, ↩️ rolled back | core_1: FAILED (FAILED_ROLLBACK_COMPLETE: com.example.dynamodb_access_sample exited 1 & stopped) ([device](${CONSOLE}/cores/core_1)) |`,
        '',
        '**Rollback**',
        `- \`thinggroup/line_a\`: rolled back to deployment dep-0 (com.example.AccessDynamoDb 1.0.2) (deployment \`dep-2\` ([console](${CONSOLE}/deployments/dep-2)))`,
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
    expect(row![1]).toBe(`\`dep\\|1\` ([console](${CONSOLE}/deployments/dep%7C1))`)
    expect(row![4]).toBe(`core-1: FAILED (exit\\|code 1) ([device](${CONSOLE}/cores/core-1))`)
    expect(summary).not.toContain('\\\\|')
  })

  it('escapes a pipe inside a code span once, and fences a backtick with a longer run', () => {
    const summary = deploySummary(
      deployResult({ targets: [target({ deploymentId: 'dep|`1`' })], componentVersion: '1.0.3`' })
    )
    expect(cells(summary)[0]![1]).toBe(
      `\`\` dep\\|\`1\` \`\` ([console](${CONSOLE}/deployments/dep%7C%601%60))`
    )
    expect(summary).toContain('`` 1.0.3` ``: created in this run')
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

// The whole summary of the runs a user meets most: each line says what this run did (or, in a
// plan, would do). The image lines belong to the build step's own tests: here they are
// whatever buildSummary says.
describe('pipelineSummary and stoppedSummary, whole', () => {
  const NAME = 'com.example.AccessDynamoDb'
  const build: BuildPushResult = {
    imageUri: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:${'a'.repeat(64)}`,
    imageDigest: `sha256:${'a'.repeat(64)}`,
    registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    repository: 'app',
    imageTag: 'c0ffee',
    tag: 'c0ffee',
    repositoryCreated: true,
    reused: false,
    buildInputs: 'b'.repeat(64),
    inputsTag: `ggcd-inputs-${'b'.repeat(32)}`
  }
  const render = (over: Partial<RenderResult> = {}): RenderResult => ({
    recipePath: 'build/recipe.yaml',
    componentName: NAME,
    componentVersion: '1.0.1',
    recipe: '',
    warnings: [],
    versionReused: false,
    explicit: false,
    ...over
  })
  const policy = (over: Partial<PolicyResult> = {}): PolicyResult => ({
    policyArn: 'arn:aws:iam::123456789012:policy/MyGreengrassV2AccessPolicy',
    policyName: 'MyGreengrassV2AccessPolicy',
    roleName: 'GreengrassV2TokenExchangeRole',
    policyVersion: 'v1',
    changed: true,
    created: true,
    attached: true,
    document: '{}',
    ...over
  })
  const group = (over: Partial<TargetResult> = {}): TargetResult =>
    target({
      target: { kind: 'thinggroup', name: 'fleet' },
      targetArn: 'arn:aws:iot:eu-west-1:123456789012:thinggroup/fleet',
      deploymentId: 'dep-1',
      devices: [{ thingName: 'core-1', status: 'SUCCEEDED', ok: true }],
      ...over
    })
  const deployed = (over: Partial<DeployResult> = {}): DeployResult =>
    deployResult({
      componentVersion: '1.0.1',
      componentArn: `arn:aws:greengrass:eu-west-1:123456789012:components:${NAME}:versions:1.0.1`,
      targets: [group()],
      ...over
    })
  const smoked: SmokeResult = {
    devices: { 'core-1': 'found' },
    missing: [],
    items: { 'core-1': { timestamp: '2026-12-01T10:00:01.000Z', component_version: '1.0.1' } },
    tableName: 'SampleDynamoTable',
    since: '2026-12-01T10:00:00.000Z',
    emptyGroups: []
  }
  const result = (over: Partial<PipelineResult> = {}): PipelineResult => ({
    dryRun: false,
    accountId: '123456789012',
    region: 'eu-west-1',
    build,
    render: render(),
    policy: policy(),
    deploy: deployed(),
    smoke: smoked,
    ...over
  })
  const componentLink = `([console](${componentConsoleUrl('eu-west-1', NAME, '1.0.1')}))`
  const dep1 = `\`dep-1\` ([console](${deploymentConsoleUrl('eu-west-1', 'dep-1')}))`
  const smokeLines = [
    '### Smoke check (`SampleDynamoTable`, since 2026-12-01T10:00:00.000Z)',
    '1 of 1 device found.',
    '',
    '| device | item | written at |',
    '| --- | --- | --- |',
    '| `core-1` | ✅ found | 2026-12-01T10:00:01.000Z (v1.0.1) |',
    ''
  ]

  it('a first deploy: every line says it was created in this run', () => {
    expect(pipelineSummary(result())).toBe(
      [
        '## Greengrass deployment',
        'Account `123456789012`, region `eu-west-1`',
        '',
        buildSummary(build),
        '### Recipe',
        '`com.example.AccessDynamoDb` `1.0.1`: first version: the component has no versions yet; rendered to `build/recipe.yaml`',
        '',
        '### Device policy',
        '`MyGreengrassV2AccessPolicy`: created (v1); attached to `GreengrassV2TokenExchangeRole`',
        '',
        '### Deployment',
        `\`com.example.AccessDynamoDb\` \`1.0.1\`: created in this run ${componentLink}`,
        '',
        '| target | deployment | change | status | devices |',
        '| --- | --- | --- | --- | --- |',
        `| \`thinggroup/fleet\` | ${dep1} | deployed | ✅ succeeded | core-1: SUCCEEDED |`,
        '',
        ...smokeLines
      ].join('\n')
    )
  })

  it('a rerun: the version and the deployment are reused, the policy unchanged', () => {
    const summary = pipelineSummary(
      result({
        render: render({ versionReused: true, latestVersion: '1.0.1' }),
        policy: policy({ created: false, changed: false, attached: false }),
        deploy: deployed({
          componentCreated: false,
          targets: [group({ unchanged: true, previousDeploymentId: 'dep-1' })]
        })
      })
    )
    expect(summary).toBe(
      [
        '## Greengrass deployment',
        'Account `123456789012`, region `eu-west-1`',
        '',
        buildSummary(build),
        '### Recipe',
        '`com.example.AccessDynamoDb` `1.0.1`: the rendered recipe equals version 1.0.1, the latest, which is reused; rendered to `build/recipe.yaml`',
        '',
        '### Device policy',
        '`MyGreengrassV2AccessPolicy`: unchanged (v1); already attached to `GreengrassV2TokenExchangeRole`',
        '',
        '### Deployment',
        `\`com.example.AccessDynamoDb\` \`1.0.1\`: existed already with the same recipe; reused ${componentLink}`,
        '',
        '| target | deployment | change | status | devices |',
        '| --- | --- | --- | --- | --- |',
        `| \`thinggroup/fleet\` | ${dep1} | unchanged: already deployed | ✅ succeeded | core-1: SUCCEEDED |`,
        '',
        ...smokeLines
      ].join('\n')
    )
  })

  it('an explicit version does not claim to be the first one', () => {
    const summary = pipelineSummary(
      result({ render: render({ explicit: true }), deploy: deployed({ componentCreated: false }) })
    )
    expect(summary).toContain(
      '`com.example.AccessDynamoDb` `1.0.1`: the version set in component-version; rendered'
    )
    expect(summary).not.toContain('first version')
    expect(summary).toContain('`1.0.1`: existed already with the same recipe; reused')
  })

  it('a plan: what would be created and attached, with no link to what does not exist', () => {
    const summary = pipelineSummary(
      result({
        dryRun: true,
        policy: policy({ policyVersion: 'none' }),
        deploy: deployed({
          targets: [group({ deploymentId: undefined, devices: [], status: 'planned' })]
        }),
        smoke: undefined,
        smokeSkipped: 'dry run'
      })
    )
    expect(summary).toBe(
      [
        '## Greengrass deployment plan (dry run: nothing was changed)',
        'Account `123456789012`, region `eu-west-1`',
        '',
        buildSummary(build),
        '### Recipe',
        '`com.example.AccessDynamoDb` `1.0.1`: first version: the component has no versions yet; rendered to `build/recipe.yaml`',
        '',
        '### Device policy',
        '`MyGreengrassV2AccessPolicy`: would be created; would be attached to `GreengrassV2TokenExchangeRole`',
        '',
        '### Deployment',
        '`com.example.AccessDynamoDb` `1.0.1`: would be created (no such version yet)',
        '',
        '| target | deployment | change | status | devices |',
        '| --- | --- | --- | --- | --- |',
        '| `thinggroup/fleet` | — | would deploy | 📝 planned | — |',
        '',
        '### Smoke check',
        'skipped: dry run',
        ''
      ].join('\n')
    )
  })

  it('a plan of a new policy version says would, and which version it would delete', () => {
    const summary = pipelineSummary(
      result({
        dryRun: true,
        policy: policy({
          created: false,
          policyVersion: 'v5',
          deletedVersion: 'v1',
          attached: false
        })
      })
    )
    expect(summary).toContain(
      '`MyGreengrassV2AccessPolicy`: would get a new default version (the current one is v5) (deleting v1, the oldest); already attached to `GreengrassV2TokenExchangeRole`'
    )
  })

  it('a stopped run: what was done, then the error itself, as text', () => {
    const error = new Error(
      'CreateDeployment for thinggroup/fleet failed: AccessDeniedException: User <ci> is not *authorized*.\nThe CI role needs this Greengrass permission.'
    )
    const summary = stoppedSummary(
      {
        dryRun: false,
        accountId: '123456789012',
        region: 'eu-west-1',
        build,
        render: render(),
        policy: policy()
      },
      '4/5 Deploy',
      error
    )
    expect(summary).toBe(
      [
        '## Greengrass deployment: stopped at 4/5 Deploy',
        'Account `123456789012`, region `eu-west-1`',
        '',
        buildSummary(build),
        '### Recipe',
        '`com.example.AccessDynamoDb` `1.0.1`: first version: the component has no versions yet; rendered to `build/recipe.yaml`',
        '',
        '### Device policy',
        '`MyGreengrassV2AccessPolicy`: created (v1); attached to `GreengrassV2TokenExchangeRole`',
        '',
        '### Stopped',
        '4/5 Deploy failed:',
        '- CreateDeployment for thinggroup/fleet failed: AccessDeniedException: User \\<ci\\> is not \\*authorized\\*.',
        '- The CI role needs this Greengrass permission.',
        '',
        'What is listed above was done; a rerun of this commit reuses it and carries on from there.',
        ''
      ].join('\n')
    )
  })

  it('a run stopped by the checks says nothing was changed', () => {
    const summary = stoppedSummary(
      { dryRun: false, accountId: '123456789012', region: 'eu-west-1' },
      'the checks before any change',
      new ConfigurationError("Target thing/nope (input 'targets') does not exist.")
    )
    expect(summary).toBe(
      [
        '## Greengrass deployment: stopped at the checks before any change',
        'Account `123456789012`, region `eu-west-1`',
        '',
        '### Stopped',
        'the checks before any change failed:',
        "- Target thing/nope (input 'targets') does not exist.",
        '',
        'Nothing was changed.',
        ''
      ].join('\n')
    )
  })
})

describe('console links', () => {
  it('point at the console of the partition', () => {
    expect(deploymentConsoleUrl('eu-west-1', 'd-1')).toBe(
      'https://eu-west-1.console.aws.amazon.com/iot/home?region=eu-west-1#/greengrass/v2/deployments/d-1'
    )
    expect(componentConsoleUrl('cn-north-1', 'com.example.A', '1.0.0')).toBe(
      'https://cn-north-1.console.amazonaws.cn/iot/home?region=cn-north-1#/greengrass/v2/components/private/com.example.A/versions/1.0.0'
    )
    expect(deploymentConsoleUrl('us-gov-west-1', 'd-1')).toBe(
      'https://us-gov-west-1.console.amazonaws-us-gov.com/iot/home?region=us-gov-west-1#/greengrass/v2/deployments/d-1'
    )
  })
})

describe('deployment-url', () => {
  it("is the first target's deployment console page, or '' when none was made", () => {
    const arn = 'arn:aws:greengrass:eu-west-1:123456789012:components:c:versions:1.0.0'
    const target = (deploymentId?: string) =>
      ({ ...(deploymentId ? { deploymentId } : {}) }) as DeployResult['targets'][number]
    expect(
      deploymentUrl({ componentArn: arn, targets: [target(), target('d-1'), target('d-2')] })
    ).toBe(`${CONSOLE}/deployments/d-1`)
    expect(deploymentUrl({ componentArn: arn, targets: [target()] })).toBe('')
  })
})

describe('pruneSummary', () => {
  const result: PruneResult = {
    componentName: 'com.example.App',
    repository: 'app',
    keep: 5,
    dryRun: false,
    kept: [{ version: '1.0.9', reasons: ['in use', 'among the newest 5'] }],
    versions: ['1.0.1', '1.0.2'],
    images: ['sha256:aa'],
    failures: ['DeleteComponent 1.0.0: throttled']
  }

  it('says what was deleted, what was kept and why, and what failed', () => {
    expect(pruneSummary(result)).toBe(
      [
        '### Prune',
        '',
        'Deleted 2 version(s) of `com.example.App` and 1 image(s) of `app`; kept 1 version(s) (in use, or among the newest 5).',
        '',
        'Versions: `1.0.1`, `1.0.2`',
        '',
        '- kept `1.0.9`: in use; among the newest 5',
        '',
        '- DeleteComponent 1.0.0: throttled'
      ].join('\n')
    )
  })

  it('a dry run says what would be deleted, and lists nothing it has not', () => {
    expect(
      pruneSummary({ ...result, dryRun: true, kept: [], versions: [], images: [], failures: [] })
    ).toBe(
      '### Prune (dry run)\n\nWould delete 0 version(s) of `com.example.App` and 0 image(s) of `app`; kept 0 version(s) (in use, or among the newest 5).'
    )
  })
})
