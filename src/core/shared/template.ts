// Placeholders in the user's templates (recipe and policy). GDK's {COMPONENT_NAME} style,
// strictly: an unknown {UPPER_SNAKE} name is an error naming file, line and placeholder, and
// a documentation placeholder left in (`<YOUR AWS ACCOUNT>`, `<ACCOUNT>`, `<Account ID>`) is
// an error with a hint. Lower-case words (`<account>`, `<region>`) stay allowed: the shipped
// templates' comments use them to describe values.
// Greengrass's own recipe variables ({iot:thingName}, {configuration:/x}, …) pass through,
// and so does a {NAME} right after a `$`: `${HOME}` or `${AWS_REGION}` in a lifecycle script
// is the shell's parameter expansion, which the device fills in when the script runs, so
// replacing it here would freeze a value the device should choose.
import { parseDocument, visit } from 'yaml'
import { partitionOf } from './aws.js'
import { sameData } from './data.js'
import { ConfigurationError } from './errors.js'
import { controlCharacterProblem } from './text.js'

const PLACEHOLDER = /(?<!\$)\{([A-Z][A-Z0-9_]*)\}/g
// Three forms: anything that starts with 'your'; upper-case words (`<REGION>`, `<AWS ACCOUNT>`,
// `<ACCOUNT_ID>`); Title Case words, two or more (`<Account ID>`). The upper-case form allows
// single spaces between words only and never follows a '<', so that shell redirections and
// here-documents in a lifecycle script (`sort <IN >OUT`, `cat <<EOF>file`) are not taken for
// placeholders.
const DOC_PLACEHOLDER =
  /<\s*(?:YOUR|your|Your)[^<>\n]*>|(?<!<)<[A-Z][A-Z0-9_-]*(?: [A-Z0-9_-]+)*>|<[A-Z][A-Za-z0-9]*(?:[ _-][A-Z][A-Za-z0-9]*)+>/g

export interface RenderOptions {
  /** The template's path, for error messages. */
  file: string
  /** Escape values for a JSON string literal (policy templates); the same as format 'json'. */
  json?: boolean
  /**
   * What the rendered text is. With a format, every value is escaped for where it lands and
   * the result is checked to have the template's structure, the value a leaf (see
   * renderStructured); without, values are pasted as they are.
   */
  format?: 'yaml' | 'json'
}

/** One placeholder in the template, in the order they appear. */
interface Occurrence {
  name: string
  line: number
}

export function renderTemplate(
  text: string,
  values: Readonly<Record<string, string>>,
  options: RenderOptions
): string {
  const problems: string[] = []
  const occurrences: Occurrence[] = []
  text.split('\n').forEach((line, i) => {
    const where = `${options.file}:${i + 1}`
    for (const m of line.matchAll(DOC_PLACEHOLDER)) {
      problems.push(
        `${where}: '${m[0]}' is a documentation placeholder left in the template; use a toolkit placeholder such as ${hintFor(m[0])} instead.`
      )
    }
    for (const m of line.matchAll(PLACEHOLDER)) {
      const name = m[1]!
      occurrences.push({ name, line: i + 1 })
      if (values[name] === undefined) {
        problems.push(
          `${where}: unknown placeholder ${m[0]}; known: ${Object.keys(values)
            .sort()
            .map(k => `{${k}}`)
            .join(', ')}. Pass other values through the 'variables' input as ${name}=<value>.`
        )
      }
    }
  })
  if (problems.length > 0) throw new ConfigurationError(problems.join('\n'), options.file)
  const format = options.format ?? (options.json ? 'json' : undefined)
  if (format === undefined) return substitute(text, i => values[occurrences[i]!.name]!)
  return renderStructured(text, values, occurrences, format, options.file)
}

/** The template with its i-th placeholder (counted as PLACEHOLDER finds them) replaced. */
function substitute(text: string, fill: (i: number) => string): string {
  let i = 0
  return text.replace(PLACEHOLDER, () => fill(i++))
}

// ---------------------------------------------------------------------------------------
// Values are text, wherever they land
//
// A value is pasted into YAML or JSON: a quote in it would end its scalar, a ': ' or ' #' in
// a plain scalar would start a key or a comment, and a line break would start a new key. The
// `yaml` package reads YAML 1.2, where a lone carriage return stays inside a scalar, but
// Greengrass reads recipes as YAML 1.1 (SnakeYAML), where \r, U+0085, U+2028 and U+2029 end a
// line. So: a value holding a line break or another control character is refused; every
// other value is escaped for the scalar it lands in (double- or single-quoted YAML, a JSON
// string), and the result is checked: rendered with a unique sentinel per placeholder, and
// with the values, the document must have the same structure (keys, list lengths) in YAML
// 1.1 and 1.2 alike, each value a leaf that reads back as the value itself.

const slot = (i: number) => `ggcdslot${String(i).padStart(4, '0')}x`
const SLOTS = /ggcdslot(\d{4})x/g
// JSON can hold a placeholder outside a string ("Port": {PORT}); there the sentinel is a number.
const numberSlot = (i: number) => Number(`9173${String(i).padStart(4, '0')}9`)
const NUMBER_SLOT = /^9173(\d{4})9$/

type ScalarKind = 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'other'
type Reading = { ok: true; value: unknown } | { ok: false }

function renderStructured(
  text: string,
  values: Readonly<Record<string, string>>,
  occurrences: readonly Occurrence[],
  format: 'yaml' | 'json',
  file: string
): string {
  const valueOf = (i: number) => values[occurrences[i]!.name]!
  const where = (i: number) => `${file}:${occurrences[i]!.line}`
  const problems: string[] = []
  for (const [i, o] of occurrences.entries()) {
    const problem = controlCharacterProblem(valueOf(i))
    if (problem && !problems.some(p => p.includes(`{${o.name}}`))) {
      problems.push(
        `${where(i)}: the value of {${o.name}} ${problem}; template values are one line of text (in YAML 1.1, which Greengrass reads, it would start a new line). Remove it from the value (variables: ${o.name}=…).`
      )
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join('\n'), file)

  const readers = format === 'json' ? [readJson] : [readYaml('1.1'), readYaml('1.2')]
  // The template's own structure, with a sentinel in each placeholder's place.
  let numeric = false
  let sentinelText = substitute(text, slot)
  let shapes = readers.map(read => read(sentinelText))
  if (format === 'json' && !shapes[0]!.ok) {
    numeric = true
    sentinelText = substitute(text, i => String(numberSlot(i)))
    shapes = readers.map(read => read(sentinelText))
  }
  const kinds = format === 'yaml' ? scalarKinds(sentinelText) : new Map<number, ScalarKind>()
  const escaped = (i: number): string => {
    const v = valueOf(i)
    if (format === 'json') return JSON.stringify(v).slice(1, -1)
    const kind = kinds.get(i)
    if (kind === 'QUOTE_DOUBLE') return v.replace(/[\\"]/g, c => `\\${c}`)
    if (kind === 'QUOTE_SINGLE') return v.replace(/'/g, "''")
    return v
  }
  const rendered = substitute(text, escaped)
  if (shapes.some(s => !s.ok)) {
    // The template does not parse as it is; the caller reports where, on the rendered text.
    return rendered
  }
  const verify = (candidate: string, real: (i: number) => boolean) =>
    readers.every((read, r) => {
      const got = read(candidate)
      const shape = shapes[r] as { ok: true; value: unknown }
      return (
        got.ok &&
        sameShape(shape.value, got.value, i => (real(i) ? valueOf(i) : undefined), {
          numeric,
          format
        })
      )
    })
  if (verify(rendered, () => true)) return rendered

  // Name the placeholder whose value changes the structure: each value alone, the others
  // left as sentinels.
  const culprit = occurrences.findIndex((_, i) => {
    const one = substitute(text, j =>
      j === i ? escaped(j) : numeric ? String(numberSlot(j)) : slot(j)
    )
    return !verify(one, j => j === i)
  })
  const i = culprit < 0 ? 0 : culprit
  const name = occurrences[i]!.name
  throw new ConfigurationError(
    `${where(i)}: the value of {${name}} would change the structure of ${file} where it lands (it would not stay one ${format === 'yaml' ? 'YAML' : 'JSON'} value: a quote, ': ', ' #', a leading indicator such as '[', '{', '&', '*', '!', '|', '>' or '-' in an unquoted place). Quote the placeholder in the template (e.g. '"{${name}}"'), or change the value (variables: ${name}=…).`,
    file
  )
}

function readJson(text: string): Reading {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

function readYaml(version: '1.1' | '1.2'): (text: string) => Reading {
  return text => {
    const doc = parseDocument(text, { version, prettyErrors: false })
    if (doc.errors.length > 0) return { ok: false }
    try {
      return { ok: true, value: doc.toJS() as unknown }
    } catch {
      return { ok: false }
    }
  }
}

/** Which kind of YAML scalar each sentinel landed in (keys included). */
function scalarKinds(sentinelText: string): Map<number, ScalarKind> {
  const kinds = new Map<number, ScalarKind>()
  const doc = parseDocument(sentinelText, { prettyErrors: false })
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return
      for (const m of node.value.matchAll(SLOTS)) {
        const kind =
          node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.type : 'other'
        kinds.set(Number(m[1]), kind)
      }
    }
  })
  return kinds
}

/**
 * Whether `actual` (the rendering with values) is `expected` (the rendering with sentinels)
 * with each sentinel replaced by its value: the same keys and list lengths, and every leaf
 * that held a sentinel reading as the text with the values in it. A value alone in an
 * unquoted place may read as a number or a boolean, as that value alone would.
 */
function sameShape(
  expected: unknown,
  actual: unknown,
  valueOf: (i: number) => string | undefined,
  c: { numeric: boolean; format: 'yaml' | 'json' }
): boolean {
  const fill = (s: string) => s.replace(SLOTS, (whole, i: string) => valueOf(Number(i)) ?? whole)
  if (typeof expected === 'string') {
    if (typeof actual === 'string') return actual === fill(expected)
    const whole = new RegExp(`^${SLOTS.source}$`).exec(expected)
    const value = whole ? valueOf(Number(whole[1])) : undefined
    return value !== undefined && isScalar(actual) && sameScalar(value, actual, c.format)
  }
  if (typeof expected === 'number' && c.numeric) {
    const m = NUMBER_SLOT.exec(String(expected))
    const value = m ? valueOf(Number(m[1])) : undefined
    if (m && value === undefined) return actual === expected
    if (value !== undefined) return isScalar(actual) && sameScalar(value, actual, 'json')
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => sameShape(e, actual[i], valueOf, c))
    )
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return false
    const keys = Object.keys(expected)
    if (keys.length !== Object.keys(actual).length) return false
    return keys.every(k => {
      const key = fill(k)
      return Object.hasOwn(actual, key) && sameShape(expected[k], actual[key], valueOf, c)
    })
  }
  return sameData(expected, actual)
}

function isScalar(v: unknown): boolean {
  return (
    v === null || v instanceof Date || ['string', 'number', 'boolean', 'bigint'].includes(typeof v)
  )
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

/** The value, read alone as the format reads a scalar, is the leaf. */
function sameScalar(value: string, leaf: unknown, format: 'yaml' | 'json'): boolean {
  const alone = format === 'json' ? readJson(value) : readYaml('1.2')(value)
  const alone11 = format === 'json' ? alone : readYaml('1.1')(value)
  return [alone, alone11].some(r => r.ok && sameData(r.value, leaf))
}

// Words a documentation placeholder may contain, and the toolkit placeholder each stands for;
// the first that matches wins, so `<IMAGE REPOSITORY>` gets {ECR_REPOSITORY} and
// `<COMPONENT VERSION>` {COMPONENT_VERSION}. The first six match inside a word too, as
// `<YOURACCOUNTID>` needs; the others only as whole words, so that `<AUTHORIZATION TOKEN>` is
// not taken for the author.
const HINTS: readonly [RegExp, string][] = [
  [/ACCOUNT/, '{AWS_ACCOUNT_ID}'],
  [/REGION/, '{AWS_REGION}'],
  [/PARTITION/, '{AWS_PARTITION}'],
  [/TABLE/, '{TABLE_NAME}'],
  [/REPO/, '{ECR_REPOSITORY}'],
  [/IMAGE/, '{IMAGE_URI}'],
  [/\bREGISTRY\b/, '{ECR_REGISTRY}'],
  [/\bDIGEST\b/, '{IMAGE_URI}'],
  [/\bROLE\b/, '{ROLE_NAME}'],
  [/\bVERSION\b/, '{COMPONENT_VERSION}'],
  [/\b(?:AUTHOR|PUBLISHER)\b/, '{COMPONENT_AUTHOR}'],
  [/\bCOMPONENT\b/, '{COMPONENT_NAME}']
]

function hintFor(doc: string): string {
  // Upper case with the words apart, whatever the author wrote between them:
  // `<Role_Name>`, `<roleName>` and `<ROLE-NAME>` all read ' ROLE NAME '.
  const words = doc
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
  const hint = HINTS.find(([keyword]) => keyword.test(words))
  return hint ? hint[1] : '{AWS_ACCOUNT_ID}, {AWS_REGION} or a variables entry'
}

/** The line (1-based) on which `needle` first appears, for error messages. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle)
  return at < 0 ? undefined : text.slice(0, at).split('\n').length
}

export interface TemplateContext {
  accountId: string
  region: string
  repository: string
  tableName: string
  roleName: string
  /** Registry host, without scheme. */
  registry?: string
  imageUri?: string
  componentName?: string
  componentVersion?: string
  componentAuthor?: string
  variables: Readonly<Record<string, string>>
}

/** The values every template may use; a `variables` entry may add names, not shadow these. */
export function templateValues(c: TemplateContext): Record<string, string> {
  const builtIn: Record<string, string | undefined> = {
    AWS_ACCOUNT_ID: c.accountId,
    AWS_REGION: c.region,
    AWS_PARTITION: partitionOf(c.region),
    ECR_REGISTRY: c.registry,
    ECR_REPOSITORY: c.repository,
    IMAGE_URI: c.imageUri,
    TABLE_NAME: c.tableName,
    ROLE_NAME: c.roleName,
    COMPONENT_NAME: c.componentName,
    COMPONENT_VERSION: c.componentVersion,
    COMPONENT_AUTHOR: c.componentAuthor
  }
  const clash = Object.keys(c.variables).filter(k => k in builtIn)
  if (clash.length > 0) {
    throw new ConfigurationError(
      `Input 'variables' sets ${clash.join(', ')}, which the toolkit fills in itself; use the matching input instead (e.g. table-name for TABLE_NAME).`,
      'variables'
    )
  }
  const values: Record<string, string> = {}
  for (const [k, v] of Object.entries(builtIn)) if (v !== undefined) values[k] = v
  return { ...values, ...c.variables }
}
