// The lifecycle Greengrass runs and what its scripts do with the image. A manifest's own
// Lifecycle replaces the recipe's global one; in the global one, keys named by the manifest's
// Selections (default `all`) may stand at any level, and keys are matched without regard to
// case. Run or Startup starts the container; Install and Shutdown do not.
import { dockerCommand, assign, sameImage, type DockerRun, type Variables } from './docker.js'
import { readScript, type Script } from './shell.js'

const STEPS = ['setenv', 'bootstrap', 'install', 'startup', 'run', 'shutdown', 'recover']
const CREDENTIALS = ['AWS_CONTAINER_AUTHORIZATION_TOKEN', 'AWS_CONTAINER_CREDENTIALS_FULL_URI']
// What Greengrass sets for every component's scripts; their values are the device's.
const GREENGRASS_ENV = [
  ...CREDENTIALS,
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_IOT_THING_NAME',
  'SVCUID',
  'AWS_GG_NUCLEUS_DOMAIN_SOCKET_FILEPATH_FOR_COMPONENT',
  'GG_ROOT_CA_PATH'
]
const SCRIPT_RUNNERS = /^(?:sh|bash|dash|zsh|ksh|python[0-9.]*|node|perl|ruby)$|\.(?:sh|py|bash)$/

/** One finding: needles locate its line in the template, best first; the message ends it. */
export interface Finding {
  at: (string | RegExp)[]
  message: string
}

export interface LifecycleFindings {
  errors: Finding[]
  warnings: Finding[]
}

type Mapping = Record<string, unknown>

const isMapping = (v: unknown): v is Mapping =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function get(value: unknown, key: string): unknown {
  if (!isMapping(value)) return undefined
  const found = Object.keys(value).find(k => k.toLowerCase() === key.toLowerCase())
  return found === undefined ? undefined : value[found]
}

/** The node with its selection keys resolved: the first of `selections` present wins. */
export function select(node: unknown, selections: string[]): unknown {
  if (!isMapping(node)) return node
  const keys = Object.keys(node)
  for (const s of selections) {
    const k = keys.find(key => key.toLowerCase() === s.toLowerCase())
    if (k !== undefined) return select(node[k], selections)
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, select(v, selections)]))
}

interface Step {
  name: string
  script: string
  setenv: Mapping
  privileged: boolean
}

function steps(lifecycle: unknown): Step[] {
  if (!isMapping(lifecycle)) return []
  const out: Step[] = []
  for (const [key, value] of Object.entries(lifecycle)) {
    const name = key.toLowerCase()
    if (!STEPS.includes(name) || name === 'setenv') continue
    const script = typeof value === 'string' ? value : get(value, 'Script')
    if (typeof script !== 'string') continue
    const priv = get(value, 'RequiresPrivilege')
    out.push({
      name,
      script,
      setenv: isMapping(get(value, 'Setenv')) ? (get(value, 'Setenv') as Mapping) : {},
      privileged: priv === true || (typeof priv === 'string' && priv.toLowerCase() !== 'false')
    })
  }
  return out
}

/** `{configuration:/a/b}` replaced by DefaultConfiguration's scalar there, as Greengrass does. */
function interpolate(script: string, configuration: unknown): string {
  return script.replace(/\{configuration:(\/[^}]*)\}/g, (whole, path: string) => {
    let node: unknown = configuration
    for (const part of path.split('/').slice(1)) node = get(node, part)
    return ['string', 'number', 'boolean'].includes(typeof node) ? String(node) : whole
  })
}

export interface LifecycleContext {
  manifest: unknown
  global: unknown
  configuration: unknown
  /** The component's own image (the first docker artifact of the manifest). */
  image: string
  /** Whether that image is pinned by digest (else its error is reported already). */
  pinned: boolean
}

export async function lifecycleFindings(c: LifecycleContext): Promise<LifecycleFindings> {
  const errors: Finding[] = []
  const warnings: Finding[] = []
  const own = get(c.manifest, 'Lifecycle')
  const selections = Array.isArray(get(c.manifest, 'Selections'))
    ? (get(c.manifest, 'Selections') as unknown[]).map(String)
    : ['all']
  const lifecycle = select(own !== undefined ? own : c.global, selections)
  const vars: Variables = new Map(GREENGRASS_ENV.map(v => [v, undefined]))
  const setenv = (m: unknown) => {
    if (isMapping(m)) for (const [k, v] of Object.entries(m)) vars.set(k, String(v))
  }
  setenv(get(lifecycle, 'Setenv'))

  const runs: { run: DockerRun; script: Script }[] = []
  let compose = false
  let handedOver: string | undefined
  let broken = false
  let privileged = false
  for (const step of steps(lifecycle)) {
    const text = interpolate(step.script, c.configuration)
    const script = await readScript(text)
    if ('error' in script) {
      const line = text.split('\n')[script.line - 1]?.trim() ?? ''
      errors.push({
        at: [line, 'Lifecycle'],
        message: `the ${step.name} script is not valid shell (line ${script.line} of the script: ${script.error}); the device's shell would refuse it. Fix the quoting or syntax there.`
      })
      broken ||= step.name === 'run' || step.name === 'startup'
      continue
    }
    privileged ||= step.privileged
    if (step.name !== 'run' && step.name !== 'startup') continue
    const stepVars: Variables = new Map(vars)
    for (const [k, v] of Object.entries(step.setenv)) stepVars.set(k, String(v))
    for (const command of script.commands) {
      assign(command, stepVars)
      const docker = dockerCommand(command, stepVars)
      if (docker?.kind === 'run') runs.push({ run: docker, script })
      else if (docker?.kind === 'compose') compose = true
      else if (
        docker?.kind === 'other' &&
        SCRIPT_RUNNERS.test(program(command.words[0]!.raw)) &&
        docker.words.some(w => w.includes(c.image))
      ) {
        handedOver ??= `${command.words[0]!.raw} `
      }
    }
  }
  if (privileged) {
    warnings.push({
      at: [/requiresprivilege/i],
      message:
        'a lifecycle step has RequiresPrivilege, so it runs as root on the device; the toolkit cannot check what the script does with that. Drop it unless the script needs root (docker needs only the docker group).'
    })
  }

  for (const { run } of runs) checkRun(run, errors, warnings)
  const imageless = runs.filter(r => r.run.imageWord === undefined)
  for (const { run } of imageless) {
    errors.push({
      at: [RUN],
      message: `the docker run command on line ${run.line} of the script names no image, so docker refuses it; a comment or a blank line inside a command continued with \\ ends the command there. Put the options and the image on lines that continue it.`
    })
  }
  runs.splice(0, runs.length, ...runs.filter(r => !imageless.includes(r)))
  const mine = runs.filter(r => r.run.image !== undefined && sameImage(r.run.image, c.image))
  const unknown = runs.filter(r => r.run.image === undefined)

  // An image not pinned has its error already; which script runs it is moot until it is.
  // What is already reported (an image not pinned, a script that does not parse, a docker
  // run without an image) makes the question of which command runs the image moot.
  if (mine.length === 0 && (!c.pinned || broken || imageless.length > 0)) {
    return { errors, warnings }
  }
  if (mine.length === 0) {
    if (compose) {
      warnings.push({
        at: [/docker[ -]compose/],
        message: `the container is started by docker compose, whose file the toolkit cannot read: check yourself that it runs ${c.image} and, if the container calls AWS, gives it network_mode: host and the ${CREDENTIALS.join(' and ')} variables.`
      })
    } else if (handedOver || unknown.length > 0) {
      warnings.push({
        at: [unknown[0]?.run.imageWord?.raw ?? handedOver ?? c.image, RUN],
        message: `the container is started by a script or an image the toolkit cannot resolve, so it cannot check the docker run options: check yourself that it runs ${c.image} with its options before the image.`
      })
    } else if (runs.length > 0) {
      errors.push({
        at: [/docker\s+(?:container\s+)?run/],
        message: `the docker run command does not run the artifact's image (${c.image}); use {IMAGE_URI} in both the artifact URI and the docker run command.`
      })
    } else {
      const globalRuns =
        own !== undefined && JSON.stringify(c.global ?? '').match(/docker\s+(?:container\s+)?run/)
      errors.push({
        at: ['Lifecycle', 'Manifests'],
        message: globalRuns
          ? "no Run or Startup script of the manifest's Lifecycle runs the container: the manifest has a Lifecycle of its own, which replaces the recipe's top-level Lifecycle (where the docker run is), so the device never runs that one. Move the docker run into the manifest's Lifecycle, or remove the manifest's."
          : 'no Run or Startup lifecycle script runs the container; add to the manifest Lifecycle: { Run: docker run --rm --net=host --env AWS_CONTAINER_AUTHORIZATION_TOKEN --env AWS_CONTAINER_CREDENTIALS_FULL_URI … {IMAGE_URI} }.'
      })
    }
    return { errors, warnings }
  }

  for (const { run, script } of mine) {
    if (givesCredentials(run)) continue
    const inComment = script.comments.find(k =>
      /AWS_CONTAINER_|--net(?:work)?[= ]+["']?host/.test(k.text)
    )
    const other = runs.find(r => r.run !== run && givesCredentials(r.run))
    if (inComment) {
      errors.push({
        at: [`#${inComment.text}`.trim(), /docker\s+(?:container\s+)?run/],
        message: `the docker run of ${c.image} gets no AWS credentials: --net=host and the ${CREDENTIALS.join(' and ')} variables appear only in a shell comment, which the shell ignores. Write them as options of the docker run, before the image.`
      })
    } else if (other) {
      errors.push({
        at: [/docker\s+(?:container\s+)?run/],
        message: `the docker run of ${c.image} gets no AWS credentials, while another docker run (of ${other.run.image ?? 'another image'}) in the same script gets them: give --net=host and --env ${CREDENTIALS.join(' --env ')} to the component's own container, before its image.`
      })
    } else {
      warnings.push({
        at: [/docker\s+(?:container\s+)?run/],
        message: `the container of ${c.image} is given no AWS credentials (no --net=host and no ${CREDENTIALS.join(' or ')}): fine for a container that calls no AWS API; if it does, add --net=host --env ${CREDENTIALS.join(' --env ')} before the image.`
      })
    }
  }
  return { errors, warnings }
}

/** The value of NAME=value as the author wrote it, without the quotes around the word. */
function written(raw: string, name: string): string {
  const value = raw.slice(raw.indexOf(`${name}=`) + name.length + 1)
  return /^["']/.test(raw) || /^--env=["']/.test(raw) ? value.replace(/["']$/, '') : value
}

function program(raw: string): string {
  return raw.replace(/["']/g, '').split('/').pop() ?? ''
}

function givesCredentials(run: DockerRun): boolean {
  return run.envFiles.length > 0 || run.env.some(e => CREDENTIALS.includes(e.name))
}

const RUN = /docker\s+(?:container\s+)?run/

function checkRun(run: DockerRun, errors: Finding[], warnings: Finding[]): void {
  const where = (w?: { raw: string }) => (w ? [w.raw, RUN] : [RUN])
  if (run.late.length > 0) {
    const words = run.late.map(w => w.text).join(' ')
    errors.push({
      at: where(run.late[0]!.word),
      message: `the docker run command has ${words} after the image ${run.imageWord?.raw ?? ''}: docker passes everything after the image to the container's command, so docker itself never sees it. Move it before the image.`
    })
  }
  const names = new Set(run.env.map(e => e.name))
  const passes = CREDENTIALS.filter(v => names.has(v))
  if (passes.length > 0 || run.envFiles.length > 0) {
    if (run.network !== 'host' && passes.length > 0) {
      errors.push({
        at: where(),
        message:
          'the docker run command lacks --net=host; the container reaches the token exchange service on the host loopback only, so add --net=host.'
      })
    }
    // The token alone serves stream manager; the credentials URL is useless without it.
    if (names.has(CREDENTIALS[1]!) && !names.has(CREDENTIALS[0]!)) {
      errors.push({
        at: where(),
        message: `the docker run command does not pass ${CREDENTIALS[0]}, so the container gets no credentials; add --env ${CREDENTIALS[0]}.`
      })
    }
    if (run.envFiles.length > 0) {
      warnings.push({
        at: [/--env-file/, RUN],
        message: `the docker run command reads variables from ${run.envFiles.join(', ')}, which the toolkit cannot read: check that it names ${CREDENTIALS.join(' and ')} without values, and that the docker run has --net=host.`
      })
    }
  }
  const byValue = run.env.filter(e => e.value !== undefined && CREDENTIALS.includes(e.name))
  const token = byValue.find(e => e.name === CREDENTIALS[0])
  const url = byValue.find(e => e.name === CREDENTIALS[1])
  // `--env NAME=$NAME` works, but the shell expands it into docker's arguments, which any
  // user on the device can read (ps, /proc): the token would let them act as the device.
  if (token) {
    const both = url ? ` and ${CREDENTIALS[1]}` : ''
    errors.push({
      at: [new RegExp(`${CREDENTIALS[0]}=`), RUN],
      message: `the docker run command passes ${CREDENTIALS[0]}${both} with a value (${CREDENTIALS[0]}=…), which puts the device's credentials on docker's command line, where any user on the device can read them with ps; pass them by name instead: --env ${CREDENTIALS[0]}${url ? ` --env ${CREDENTIALS[1]}` : ''}.`
    })
  } else if (url) {
    errors.push({
      at: [new RegExp(`${CREDENTIALS[1]}=`), RUN],
      message: `the docker run command passes ${CREDENTIALS[1]} with a value (${written(url.word.raw, CREDENTIALS[1]!)}); pass it by name instead, so that docker copies the address Greengrass sets for this component: --env ${CREDENTIALS[1]}.`
    })
  }
  if (run.privileged) {
    warnings.push({
      at: [/--privileged/, RUN],
      message:
        'the docker run command has --privileged: the container gets every device of the host and root on it. The toolkit cannot tell whether it needs that; prefer --device or --cap-add for what it needs.'
    })
  }
  if (run.pidHost) {
    warnings.push({
      at: [/--pid/, RUN],
      message:
        "the docker run command has --pid=host: the container sees and can signal the device's processes. Drop it unless the container needs that."
    })
  }
  if (run.dockerSocket) {
    warnings.push({
      at: [/docker\.sock/, RUN],
      message:
        'the docker run command mounts the docker socket: the container can start containers as root on the device. Drop the mount unless the container needs it.'
    })
  }
}
