// Docker as the device runs it: the artifact URIs Greengrass accepts (docker:[registry/]
// repository[:tag|@digest]) and a lifecycle command read the way docker reads its arguments:
// global options, then `run` (or `container run`), then run's options up to the image, and
// after the image only the container's own command, which docker never reads.
import { literal, type Segment, type SimpleCommand, type Word } from './shell.js'

export type DockerUri =
  | { form: 'digest'; ref: string; host?: string }
  | { form: 'tag'; ref: string }
  | { form: 'both'; ref: string }
  | { form: 'invalid'; ref: string }

// The distribution reference grammar (github.com/distribution/reference), as docker parses it.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::\\d+)?'
const REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+))?$`
)

/** A `docker:` artifact URI's image reference, classified as Greengrass and docker read it. */
export function dockerUri(uri: string): DockerUri {
  const ref = uri.replace(/^docker:/i, '')
  const m = REFERENCE.exec(ref)
  if (!m) return { form: 'invalid', ref }
  let host: string | undefined = m[1]
  // docker reads the first part as a registry only if it looks like a host name.
  if (host && !/[.:]|^localhost$/.test(host)) host = undefined
  const [, , , tag, digest] = m
  if (digest && !/^sha256:[a-f0-9]{64}$/.test(digest)) return { form: 'invalid', ref }
  if (tag && digest) return { form: 'both', ref }
  if (digest) return { form: 'digest', ref, host }
  return { form: 'tag', ref }
}

/** The same image, whether written with docker.io's defaults or without. */
export function sameImage(a: string, b: string): boolean {
  const norm = (ref: string) => {
    let r = ref.replace(/^docker\.io\/|^index\.docker\.io\//, '')
    if (!r.includes('/')) r = `library/${r}`
    return r
  }
  return norm(a) === norm(b)
}

export interface EnvOption {
  name: string
  /** The value written after `=`; undefined when docker copies it from its own environment. */
  value?: string
  word: Word
}

export interface DockerRun {
  kind: 'run'
  line: number
  /** The image as docker will read it, variables resolved; undefined when it cannot be known. */
  image?: string
  imageWord?: Word
  network?: string
  env: EnvOption[]
  envFiles: string[]
  privileged: boolean
  pidHost: boolean
  dockerSocket: boolean
  /** docker run options written after the image: the container's command receives them. */
  late: { text: string; word: Word }[]
}

export type DockerCommand =
  DockerRun | { kind: 'compose'; line: number } | { kind: 'other'; line: number; words: string[] }

/** What the shell knows when it reaches a command: variables set so far (undefined: unknown). */
export type Variables = Map<string, string | undefined>

// docker run's options that take a value (docker 27). Any other option is a flag.
const RUN_VALUE_LONG = new Set(
  (
    'add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent ' +
    'cgroupns cidfile cpu-count cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime ' +
    'cpu-shares cpus cpuset-cpus cpuset-mems detach-keys device device-cgroup-rule ' +
    'device-read-bps device-read-iops device-write-bps device-write-iops dns dns-option ' +
    'dns-opt dns-search domainname entrypoint env env-file expose gpus group-add health-cmd ' +
    'health-interval health-retries health-start-interval health-start-period health-timeout ' +
    'hostname io-maxbandwidth io-maxiops ip ip6 ipc isolation kernel-memory label label-file ' +
    'link link-local-ip log-driver log-opt mac-address memory memory-reservation memory-swap ' +
    'memory-swappiness mount name net net-alias network network-alias oom-score-adj pid ' +
    'pids-limit platform publish pull restart runtime security-opt shm-size stop-signal ' +
    'stop-timeout storage-opt sysctl tmpfs ulimit user userns uts volume volume-driver ' +
    'volumes-from workdir'
  ).split(' ')
)
const RUN_VALUE_SHORT = new Set('acehlmpuvw'.split(''))
const SHORT_NAMES: Record<string, string> = {
  e: 'env',
  v: 'volume',
  p: 'publish',
  u: 'user',
  w: 'workdir',
  h: 'hostname',
  m: 'memory',
  l: 'label',
  a: 'attach',
  c: 'cpu-shares'
}
const DOCKER_GLOBAL_VALUE = new Set([
  '-H',
  '--host',
  '-c',
  '--context',
  '--config',
  '-l',
  '--log-level',
  '--tlscacert',
  '--tlscert',
  '--tlskey'
])
// What stands before a command without changing it, and their options that take a value.
const WRAPPERS: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '-R']),
  env: new Set(['-u', '-C', '-S']),
  exec: new Set(['-a']),
  nohup: new Set(),
  command: new Set(),
  time: new Set(),
  nice: new Set(['-n'])
}
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/

/** Expands a word as the shell would with `vars`; undefined where a value is not known. */
export function expand(word: Word, vars: Variables): { fields: string[]; known: boolean } {
  let known = true
  const fields: string[] = ['']
  let open = false
  const add = (text: string, quoted: boolean) => {
    if (quoted) {
      fields[fields.length - 1] += text
      open = true
      return
    }
    // Unquoted expansions are split into fields at blanks (IFS's default).
    const parts = text.split(/[ \t\n]+/)
    parts.forEach((p, i) => {
      if (i > 0 && (fields.at(-1) !== '' || open)) {
        fields.push('')
        open = false
      }
      fields[fields.length - 1] += p
      if (p) open = true
    })
  }
  for (const s of word.segments as Segment[]) {
    if (s.kind === 'text') {
      fields[fields.length - 1] += s.text
      open = true
    } else if (s.kind === 'var' && vars.has(s.name) && vars.get(s.name) !== undefined) {
      add(vars.get(s.name)!, s.quoted)
    } else {
      known = false
      fields[fields.length - 1] += s.kind === 'var' ? `$${s.name}` : s.text
      open = true
    }
  }
  return { fields: fields.filter((f, i) => f !== '' || open || i < fields.length - 1), known }
}

/** Records what a command sets (`NAME=value`, `export NAME=value`) in `vars`. */
export function assign(command: SimpleCommand, vars: Variables): void {
  const words = command.words
  const first = literal(words[0]!)
  const list = first === 'export' || first === 'readonly' ? words.slice(1) : words
  if (first !== 'export' && first !== 'readonly' && !list.every(isAssignment)) return
  for (const w of list.filter(isAssignment)) {
    const [name] = w.raw.split('=', 1)
    const value = expand({ ...w, segments: dropName(w.segments, name!.length + 1) }, vars)
    vars.set(name!, value.known ? value.fields.join(' ') : undefined)
  }
}

function isAssignment(w: Word): boolean {
  const first = w.segments[0]
  return first?.kind === 'text' && !first.quoted && ASSIGNMENT.test(first.text)
}

function dropName(segments: Segment[], length: number): Segment[] {
  const [first, ...rest] = segments
  if (first?.kind !== 'text') return segments
  return [{ ...first, text: first.text.slice(length) }, ...rest]
}

/** The docker command this is, if any, with run's options read as docker reads them. */
export function dockerCommand(command: SimpleCommand, vars: Variables): DockerCommand | undefined {
  let words = command.words
  // Assignments before a command only set its environment.
  while (words.length > 0 && isAssignment(words[0]!)) words = words.slice(1)
  for (;;) {
    const name = words[0] && literal(words[0])
    const options = name !== undefined ? WRAPPERS[name] : undefined
    if (!options) break
    let i = 1
    while (i < words.length) {
      const w = literal(words[i]!) ?? ''
      if (name === 'env' && ASSIGNMENT.test(w)) i++
      else if (w === '--') {
        i++
        break
      } else if (w.startsWith('-')) i += options.has(w) ? 2 : 1
      else break
    }
    words = words.slice(i)
  }
  const argv0 = words[0] && literal(words[0])
  if (argv0 === undefined) return undefined
  const program = argv0.split('/').pop()!
  const line = words[0]!.line
  if (program === 'docker-compose' || program === 'podman-compose') return { kind: 'compose', line }
  const args = words.slice(1)
  const text = args.map(w => expand(w, vars).fields.join(' '))
  if (program !== 'docker' && program !== 'podman') {
    return { kind: 'other', line, words: text }
  }
  let i = 0
  while (i < args.length && (literal(args[i]!) ?? '').startsWith('-')) {
    i += DOCKER_GLOBAL_VALUE.has(literal(args[i]!)!) ? 2 : 1
  }
  let sub = args[i] && literal(args[i]!)
  if (sub === 'container' || sub === 'compose') {
    if (sub === 'compose') return { kind: 'compose', line }
    i++
    sub = args[i] && literal(args[i]!)
  }
  if (sub !== 'run' && sub !== 'create') return { kind: 'other', line, words: text.slice(i) }
  return readRun(args.slice(i + 1), vars, line)
}

/** Splits the words into fields as the shell would, keeping for each the word it came from. */
function fieldsOf(words: Word[], vars: Variables) {
  const fields: { text: string; known: boolean; opaque: boolean; word: Word }[] = []
  for (const word of words) {
    const { fields: parts, known } = expand(word, vars)
    // Unquoted and all expansion: it may stand for options, or for nothing at all.
    const opaque = !known && word.segments.every(s => s.kind !== 'text' && !s.quoted)
    for (const text of parts) fields.push({ text, known, opaque, word })
  }
  return fields
}

function readRun(words: Word[], vars: Variables, line: number): DockerRun {
  const run: DockerRun = {
    kind: 'run',
    line,
    env: [],
    envFiles: [],
    privileged: false,
    pidHost: false,
    dockerSocket: false,
    late: []
  }
  const fields = fieldsOf(words, vars)
  const option = (name: string, value: string | undefined, word: Word) => {
    if (name === 'net' || name === 'network') run.network = value
    else if (name === 'env' && value !== undefined) {
      const eq = value.indexOf('=')
      run.env.push(
        eq < 0
          ? { name: value, word }
          : { name: value.slice(0, eq), value: value.slice(eq + 1), word }
      )
    } else if (name === 'env-file' && value !== undefined) run.envFiles.push(value)
    else if (name === 'privileged') run.privileged = value !== 'false'
    else if (name === 'pid') run.pidHost = value === 'host'
    else if ((name === 'volume' || name === 'mount') && value?.includes('docker.sock')) {
      run.dockerSocket = true
    }
  }
  let i = 0
  for (; i < fields.length; i++) {
    const f = fields[i]!
    // An unknown `$OPTIONS` (or a `# comment` in backquotes) is not the image.
    if (f.opaque) continue
    if (f.text === '--') {
      i++
      break
    }
    if (!f.text.startsWith('-') || f.text === '-') break
    if (f.text.startsWith('--')) {
      const eq = f.text.indexOf('=')
      const name = f.text.slice(2, eq < 0 ? undefined : eq)
      if (eq >= 0) option(name, f.text.slice(eq + 1), f.word)
      else if (RUN_VALUE_LONG.has(name)) {
        const value = fields[++i]
        option(name, value?.text, value?.word ?? f.word)
      } else option(name, undefined, f.word)
      continue
    }
    // A cluster of short flags (-it, -dp 80:80, -eNAME=value).
    for (let j = 1; j < f.text.length; j++) {
      const c = f.text[j]!
      if (!RUN_VALUE_SHORT.has(c)) continue
      const rest = f.text.slice(j + 1).replace(/^=/, '')
      const value = rest ? f : fields[++i]
      option(SHORT_NAMES[c]!, rest || value?.text, value?.word ?? f.word)
      break
    }
  }
  const image = fields[i]
  if (image) {
    run.imageWord = image.word
    if (image.known) run.image = image.text
  }
  const after = fields.slice(i + 1)
  after.forEach((f, j) => {
    if (!/^(?:--(?:net|network|env|env-file)(?:=|$)|-e$|-e[A-Z])/.test(f.text)) return
    const value = f.text.includes('=') || /^-e./.test(f.text) ? '' : ` ${after[j + 1]?.text ?? ''}`
    run.late.push({ text: `${f.text}${value}`.trim(), word: f.word })
  })
  return run
}
