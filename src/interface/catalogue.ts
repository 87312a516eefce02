// Every input and output of every door, defined once: its name, default and meaning (the
// action.yml files, the CLI options and the README are checked against these tables). How a
// raw input becomes typed configuration is parse.ts's; the configuration itself is
// src/core/config.ts's.

export interface InputSpec {
  description: string
  /** The literal default, as action.yml declares it; absent when computed at run time. */
  default?: string
}

export const INPUTS = {
  region: { description: 'AWS region; defaults to AWS_REGION from the environment.' },
  'account-id': {
    description: 'AWS account id (12 digits); resolved with STS GetCallerIdentity when empty.'
  },
  context: { description: 'Image build context.', default: 'container' },
  dockerfile: { description: 'Dockerfile path; defaults to <context>/Dockerfile.' },
  repository: {
    description: 'ECR repository; created when missing.',
    default: 'dynamodb_access_sample'
  },
  'image-tag': { description: 'Image tag; defaults to the commit SHA.' },
  platforms: {
    description: 'Target platforms, e.g. linux/arm64,linux/amd64; the builder default when empty.'
  },
  builder: { description: 'Image builder: docker, buildah or podman.', default: 'docker' },
  'build-args': {
    description:
      'KEY=VALUE lines passed to the build as --build-arg (the Dockerfile ARGs); part of the build inputs that decide reuse.'
  },
  secrets: {
    description:
      'Build secrets as id=VALUE lines, for RUN --mount=type=secret,id=<id>: masked, handed to the builder in a private file (never on its command line), never in the image. Their ids (not their values) are build inputs.'
  },
  target: { description: 'The Dockerfile stage to build (--target); the last stage when empty.' },
  provenance: {
    description:
      "docker only: attach BuildKit's provenance attestation (true, or mode=min / mode=max). Off by default: it turns the image into an index with an unknown/unknown attestation manifest, which some registries' and runtimes' pulls mishandle.",
    default: 'false'
  },
  cache: {
    description:
      'Keep a build cache in the ECR repository (BuildKit: the mutable tag ggcd-cache, kept out of tag immutability by an exclusion filter; buildah/podman: --layers with --cache-to/--cache-from the repository).',
    default: 'false'
  },
  registry: {
    description:
      'Registry host override, which receives the ECR password: an ECR registry host (any partition), or a registry on this machine (localhost, 127.0.0.1 or [::1]: a local sandbox), where an http:// prefix marks plain HTTP. Defaults to <account>.dkr.ecr.<region>.amazonaws.com.'
  },
  recipe: { description: 'Recipe template.', default: 'recipe/recipe.yaml' },
  'component-name': { description: "Component name; defaults to the template's ComponentName." },
  'component-version': {
    description:
      'MAJOR.MINOR.PATCH, or auto: the next patch after the latest version, only when the recipe changed.',
    default: 'auto'
  },
  variables: { description: 'KEY=VALUE lines for the templates.' },
  policy: { description: 'IAM policy template.', default: 'recipe/token-exchange-policy.json' },
  'policy-name': { description: 'IAM managed policy name.', default: 'MyGreengrassV2AccessPolicy' },
  'role-name': {
    description: 'The device (token exchange) role.',
    default: 'GreengrassV2TokenExchangeRole'
  },
  'table-name': {
    description: 'DynamoDB table the devices write to.',
    default: 'SampleDynamoTable'
  },
  deployment: { description: 'Deployment defaults file.', default: 'recipe/deployment.yaml' },
  targets: {
    description:
      "Comma or newline list: a thing name, thing/<name>, thinggroup/<name>, or an ARN; defaults to the deployment file's targets."
  },
  canary: {
    description:
      'Targets deployed (and smoke-checked) first, in the same syntax as targets; the other targets are deployed only when every canary succeeded.'
  },
  wait: { description: "Wait for the devices' result.", default: 'true' },
  'wait-timeout': { description: 'Seconds to wait for the devices.', default: '900' },
  'failure-threshold': {
    description:
      "Percent of a thing group's devices that may fail before its rollout counts as failed.",
    default: '0'
  },
  rollback: {
    description:
      "On a failed target (devices past failure-threshold, or the smoke check), redeploy the target's previous deployment.",
    default: 'false'
  },
  smoke: { description: 'Run the DynamoDB check after a successful deployment.', default: 'true' },
  'smoke-timeout': { description: 'Seconds the smoke check polls.', default: '300' },
  'smoke-concurrency': {
    description: 'DynamoDB queries the smoke check runs at once (1 to 100).',
    default: '32'
  },
  'scan-threshold': {
    description:
      "After the push, wait (up to 5 minutes) for ECR's scan of the pushed digest and refuse to deploy when a finding is at or above this severity: none, low, medium, high or critical.",
    default: 'none'
  },
  'dry-run': {
    description: 'Render and plan; read-only calls at most, no mutating call.',
    default: 'false'
  },
  'image-uri': { description: 'Image to deploy: <registry>/<repository>@sha256:<digest>.' },
  output: {
    description: 'Where to write the rendered recipe.',
    default: 'build/recipe.yaml'
  },
  'recipe-path': { description: 'The rendered recipe to deploy.', default: 'build/recipe.yaml' },
  since: { description: 'ISO 8601 UTC time; items written before it do not count.' },
  timeout: { description: 'Seconds the smoke check polls.', default: '300' },
  concurrency: { description: 'DynamoDB queries run at once (1 to 100).', default: '32' },
  'unchanged-targets': {
    description:
      "Targets whose deployment this run left unchanged (deploy's output): their devices write no new item, so an item of the deployed version from any time counts."
  },
  prune: {
    description:
      'After a successful deployment and smoke check, delete the component versions and images no deployment uses, beyond the newest keep (the prune step).',
    default: 'false'
  },
  keep: {
    description:
      "Component versions (and images) kept besides those in use: the newest, in version order. Whatever a target's latest deployment, an ACTIVE deployment or a rollback's destination uses is always kept.",
    default: '5'
  }
} as const satisfies Record<string, InputSpec>

export type InputName = keyof typeof INPUTS
export type RawInputs = Partial<Record<InputName, string>>

const common = ['region', 'account-id'] as const satisfies readonly InputName[]

/** Which inputs each door takes; the action.yml files are checked against this. */
export const STEP_INPUTS = {
  'build-push': [
    ...common,
    'context',
    'dockerfile',
    'repository',
    'image-tag',
    'platforms',
    'builder',
    'registry',
    'build-args',
    'secrets',
    'target',
    'provenance',
    'cache'
  ],
  'render-recipe': [
    ...common,
    'recipe',
    'component-name',
    'component-version',
    'image-uri',
    'variables',
    'table-name',
    'repository',
    'role-name',
    'output'
  ],
  'attach-policy': [
    ...common,
    'policy',
    'policy-name',
    'role-name',
    'table-name',
    'repository',
    'variables',
    'dry-run'
  ],
  deploy: [
    ...common,
    'recipe-path',
    'deployment',
    'targets',
    'canary',
    'wait',
    'wait-timeout',
    'failure-threshold',
    'rollback',
    'dry-run'
  ],
  smoke: [
    'region',
    'table-name',
    'targets',
    'since',
    'timeout',
    'concurrency',
    'component-version',
    'unchanged-targets'
  ],
  pipeline: [
    ...common,
    'context',
    'dockerfile',
    'repository',
    'image-tag',
    'platforms',
    'builder',
    'registry',
    'build-args',
    'secrets',
    'target',
    'provenance',
    'cache',
    'recipe',
    'component-name',
    'component-version',
    'variables',
    'policy',
    'policy-name',
    'role-name',
    'table-name',
    'deployment',
    'targets',
    'canary',
    'wait',
    'wait-timeout',
    'failure-threshold',
    'rollback',
    'smoke',
    'smoke-timeout',
    'smoke-concurrency',
    'scan-threshold',
    'dry-run',
    'prune',
    'keep'
  ],
  prune: [...common, 'recipe', 'component-name', 'variables', 'repository', 'keep', 'dry-run']
} as const satisfies Record<string, readonly InputName[]>

export type StepName = keyof typeof STEP_INPUTS

/** The inputs that are true or false: flags in the CLI (--dry-run, --no-wait). */
export const BOOLEAN_INPUTS = [
  'wait',
  'smoke',
  'rollback',
  'dry-run',
  'cache',
  'prune'
] as const satisfies readonly InputName[]

/** The defaults a step's door shows; smoke's component-version has none. */
export function inputDefault(step: StepName, name: InputName): string | undefined {
  if (step === 'smoke' && name === 'component-version') return undefined
  return (INPUTS[name] as InputSpec).default
}

/** Inputs that mean something else in one step than in the others. */
const STEP_DESCRIPTIONS: Partial<Record<StepName, Partial<Record<InputName, string>>>> = {
  prune: {
    repository: 'ECR repository whose images the component versions pin.',
    'dry-run': 'List what would be deleted; read-only calls only.'
  },
  smoke: {
    targets:
      "Comma or newline list of the things and thing groups to check (deploy's deployment-ids keys, or the same syntax as deploy's targets).",
    'component-version':
      "MAJOR.MINOR.PATCH the items must carry (deploy's component-version output); required with unchanged-targets."
  }
}

/** What an input means in this step, for its action.yml and the CLI's help. */
export function inputDescription(step: StepName, name: InputName): string {
  return STEP_DESCRIPTIONS[step]?.[name] ?? INPUTS[name].description
}

// ---------------------------------------------------------------------------------------
// Outputs, declared once like the inputs.

export const OUTPUTS = {
  'image-uri': '<registry>/<repository>@sha256:<digest>',
  'image-digest': 'sha256:… of the pushed image',
  registry: 'Registry host the image was pushed to',
  'recipe-path': 'Path of the rendered recipe',
  'component-name': 'Component name',
  'component-version': 'Component version deployed',
  'component-arn': 'ARN of the component version',
  'policy-arn': 'ARN of the device policy',
  'policy-version': 'Default version id of the device policy',
  changed: 'true when the policy document was created or changed',
  'deployment-ids': 'JSON object: target ARN → deployment id',
  'deployment-url':
    "Console page of the first target's deployment (a single URL, for a workflow's environment url); '' when none was made",
  'started-at': 'ISO 8601 UTC time the deployments started; the smoke check counts items from it',
  'unchanged-targets':
    'Targets whose latest deployment already had this component set (no new deployment)',
  'smoke-result':
    'JSON object: thing name → found or missing; above 1,000 devices, the missing ones only (at most 1,000)',
  'smoke-counts': 'JSON object: {"found": N, "missing": M}',
  'smoke-report': 'Path of a JSON file with every device: its verdict, item and reason',
  'pruned-versions': 'JSON array: the component versions deleted (with dry-run: that would be)',
  'pruned-images': 'JSON array: the image digests deleted (with dry-run: that would be)'
} as const satisfies Record<string, string>

export type OutputName = keyof typeof OUTPUTS

export const STEP_OUTPUTS = {
  'build-push': ['image-uri', 'image-digest', 'registry'],
  'render-recipe': ['recipe-path', 'component-name', 'component-version'],
  'attach-policy': ['policy-arn', 'policy-version', 'changed'],
  deploy: [
    'component-arn',
    'component-name',
    'component-version',
    'deployment-ids',
    'deployment-url',
    'started-at',
    'unchanged-targets'
  ],
  smoke: ['smoke-result', 'smoke-counts', 'smoke-report'],
  pipeline: [
    'image-uri',
    'image-digest',
    'component-name',
    'component-version',
    'component-arn',
    'policy-arn',
    'deployment-ids',
    'deployment-url',
    'smoke-result',
    'smoke-counts',
    'smoke-report'
  ],
  prune: ['pruned-versions', 'pruned-images']
} as const satisfies Record<StepName, readonly OutputName[]>

export type Outputs = Partial<Record<OutputName, string>>
