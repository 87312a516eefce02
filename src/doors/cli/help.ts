// What `ggcd --help` and `ggcd <command> --help` say after the options: examples, which
// options a command cannot do without, the environment it reads, and the exit codes. Kept
// apart from main.ts, which only attaches it (commander's addHelpText).
import type { StepName } from '../../interface/catalogue.js'

const EXIT_CODES = `Exit status:
  0  success
  1  the work failed (a device failed, an item is missing, an AWS call failed)
  2  bad input: a malformed or missing option, a template placeholder nobody fills, a
     target that does not exist; nothing was changed`

const ENVIRONMENT = `Environment:
  AWS_REGION, AWS_DEFAULT_REGION   the region when --region is not given
  AWS_PROFILE, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, …
                                   credentials: the AWS SDK's standard chain
  AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>   (e.g. _GREENGRASSV2, _ECR, _IAM, _STS,
                                   _IOT, _DYNAMODB) point ggcd at another endpoint, such
                                   as a local emulator
  GITHUB_SHA                       in GitHub Actions, the default --image-tag (build-push,
                                   pipeline, plan); elsewhere it is the work tree's
                                   git rev-parse HEAD
  SOURCE_DATE_EPOCH                build-push, pipeline: timestamps of a reproducible image
                                   (whole seconds, e.g. $(git log -1 --format=%ct))
  The image builder (docker, buildah, podman) runs with this environment, so its own
  variables (DOCKER_CONFIG, CONTAINERS_REGISTRIES_CONF, …) apply.`

const OUTPUT = `Logs and the summary go to stderr; outputs to stdout as name=value lines.`

const REGION = ['--region', 'or AWS_REGION / AWS_DEFAULT_REGION'] as const
const TARGETS = ['--targets', 'unless the deployment file (--deployment) lists targets'] as const

/** Options a command fails without (exit 2), beyond those with a default, and when. */
export const REQUIRED: Record<StepName | 'plan', ReadonlyArray<readonly [string, string]>> = {
  'build-push': [REGION],
  'render-recipe': [REGION, ['--image-uri', "build-push's image-uri output"]],
  'attach-policy': [REGION],
  deploy: [REGION, TARGETS],
  smoke: [
    REGION,
    ['--targets', "the things and thing groups to check (deploy's deployment-ids keys)"],
    ['--since', "deploy's started-at output"],
    ['--component-version', 'with --unchanged-targets']
  ],
  pipeline: [REGION, TARGETS],
  prune: [REGION],
  plan: [REGION, TARGETS]
}

const EXAMPLES: Record<StepName | 'plan', string[]> = {
  'build-push': ['ggcd build-push --region eu-west-1 --builder buildah'],
  'render-recipe': [
    'ggcd render-recipe --region eu-west-1 --image-uri 123456789012.dkr.ecr.eu-west-1.amazonaws.com/dynamodb_access_sample@sha256:…'
  ],
  'attach-policy': [
    'ggcd attach-policy --region eu-west-1 --role-name GreengrassV2TokenExchangeRole'
  ],
  deploy: [
    'ggcd deploy --region eu-west-1 --recipe-path build/recipe.yaml --targets thinggroup/MyGreengrassCoreGroup',
    'ggcd deploy --region eu-west-1 --targets thinggroup/Fleet --canary thing/lab-1 --failure-threshold 5'
  ],
  smoke: [
    'ggcd smoke --region eu-west-1 --targets thinggroup/MyGreengrassCoreGroup --since 2026-12-01T10:00:00Z'
  ],
  pipeline: ['ggcd pipeline --region eu-west-1 --targets thinggroup/MyGreengrassCoreGroup'],
  prune: [
    'ggcd prune --region eu-west-1 --keep 5 --dry-run   # lists what would go',
    'ggcd prune --region eu-west-1 --keep 5'
  ],
  plan: ['ggcd plan --region eu-west-1']
}

export function programHelp(): string {
  return `
Examples:
  ggcd pipeline --region eu-west-1 --targets thinggroup/MyGreengrassCoreGroup
  ggcd plan --region eu-west-1                                       # the same as a dry run
  ggcd deploy --help                                                 # one step's options

${OUTPUT}

${ENVIRONMENT}

${EXIT_CODES}`
}

export function commandHelp(command: StepName | 'plan'): string {
  return `
Required:
${REQUIRED[command].map(([option, when]) => `  ${option.padEnd(20)} ${when}`).join('\n')}

Examples:
${EXAMPLES[command].map(e => `  ${e}`).join('\n')}

${OUTPUT}

${ENVIRONMENT}

${EXIT_CODES}`
}
