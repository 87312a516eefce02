// The field parsers: each returns the typed value or a message saying what to write instead.
// parse.ts puts them together, one step's inputs at a time.
import { z } from 'zod'
// The one semver function parsing needs: the whole package would load before the first request.
import validVersion from 'semver/functions/valid.js'
import { controlCharacterProblem } from '../core/shared/text.js'
import {
  SCAN_THRESHOLDS,
  type Parsed,
  type Provenance,
  type ScanThreshold
} from '../core/config.js'

export const ACCOUNT = /^\d{12}$/
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/
export const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
export const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/
const IAM_NAME = /^[\w+=,.@-]{1,128}$/
const TABLE_NAME = /^[a-zA-Z0-9_.-]{3,255}$/
const VARIABLE_KEY = /^[A-Z][A-Z0-9_]*$/

function fromZod<T>(schema: z.ZodType<T>, raw: string): Parsed<T> {
  const r = schema.safeParse(raw)
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, message: r.error.issues[0]!.message }
}

const text = (pattern: RegExp, message: string) => z.string().regex(pattern, message)

// Decimal digits only: Number() would also read 0x10, 1e3 and 0b1 as numbers.
const seconds = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number of seconds in decimal digits, e.g. 900')
  .transform(Number)
  .pipe(
    z
      .number()
      .int('must be a whole number of seconds, e.g. 900')
      .min(1, 'must be at least 1 second')
      .max(86_400, 'must be at most 86400 seconds (one day)')
  )

const bool = z
  .string()
  .toLowerCase()
  .refine(v => ['true', 'false'].includes(v), 'must be true or false')
  .transform(v => v === 'true')

export function parseVariables(raw: string): Parsed<Record<string, string>> {
  const vars: Record<string, string> = {}
  for (const [i, line] of raw.split('\n').entries()) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    const eq = trimmed.indexOf('=')
    const key = eq > 0 ? trimmed.slice(0, eq).trim() : ''
    if (!VARIABLE_KEY.test(key)) {
      return {
        ok: false,
        message: `line ${i + 1} ('${trimmed}') must be KEY=VALUE with an UPPER_SNAKE key, e.g. LOG_LEVEL=debug`
      }
    }
    const value = trimmed.slice(eq + 1).trim()
    // A value is one line of text; a carriage return or another control character would be
    // a line break where Greengrass reads the recipe (YAML 1.1), so it is refused here, before
    // anything else happens.
    const problem = controlCharacterProblem(value)
    if (problem) {
      return {
        ok: false,
        message: `line ${i + 1}: the value of ${key} ${problem}; a value is one line of text. Remove it`
      }
    }
    vars[key] = value
  }
  return { ok: true, value: vars }
}

const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const SECRET_ID = /^[A-Za-z0-9_.-]{1,128}$/
export const STAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/

/** KEY=VALUE lines for --build-arg; `#` lines and blank lines skipped. */
export function parseBuildArgs(raw: string): Parsed<Record<string, string>> {
  const args: Record<string, string> = {}
  for (const [i, line] of raw.split('\n').entries()) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    const eq = trimmed.indexOf('=')
    const key = eq > 0 ? trimmed.slice(0, eq).trim() : ''
    if (!BUILD_ARG_NAME.test(key)) {
      return {
        ok: false,
        message: `line ${i + 1} ('${trimmed}') must be NAME=VALUE, NAME as the Dockerfile's ARG spells it, e.g. APP_VERSION=1.2`
      }
    }
    args[key] = trimmed.slice(eq + 1).trim()
  }
  return { ok: true, value: args }
}

/**
 * id=VALUE lines for build secrets. A message never quotes a line: it holds a secret. The
 * value is taken as written (only a line's end is dropped): spaces may belong to a secret.
 */
export function parseSecrets(raw: string): Parsed<Record<string, string>> {
  const secrets: Record<string, string> = {}
  for (const [i, line] of raw.split('\n').entries()) {
    const text = line.replace(/\r$/, '')
    if (!text.trim() || text.trimStart().startsWith('#')) continue
    const eq = text.indexOf('=')
    const id = eq > 0 ? text.slice(0, eq).trim() : ''
    if (!SECRET_ID.test(id)) {
      return {
        ok: false,
        message: `line ${i + 1} must be id=VALUE with an id of letters, digits, '_', '.' or '-' (the id of RUN --mount=type=secret,id=<id>), e.g. npm_token=\${{ secrets.NPM_TOKEN }}`
      }
    }
    if (id in secrets) {
      return { ok: false, message: `line ${i + 1} repeats the id '${id}': give each secret once` }
    }
    const value = text.slice(eq + 1)
    if (value === '') {
      return {
        ok: false,
        message: `line ${i + 1} gives secret '${id}' an empty value (an unset secret renders as empty): set the secret, or drop the line`
      }
    }
    secrets[id] = value
  }
  return { ok: true, value: secrets }
}

export function parseProvenance(raw: string): Parsed<Provenance> {
  const v = raw.toLowerCase()
  if (v === 'false') return { ok: true, value: false }
  if (v === 'true' || v === 'mode=min') return { ok: true, value: 'mode=min' }
  if (v === 'mode=max') return { ok: true, value: 'mode=max' }
  return { ok: false, message: `must be false, true, mode=min or mode=max; got '${raw}'` }
}

export function parseVersion(raw: string, allowAuto: boolean): Parsed<string> {
  if (allowAuto && raw === 'auto') return { ok: true, value: 'auto' }
  const v = validVersion(raw)
  if (v && /^\d+\.\d+\.\d+$/.test(v) && v === raw) return { ok: true, value: v }
  return {
    ok: false,
    message: `must be MAJOR.MINOR.PATCH such as 1.0.3${allowAuto ? ", or 'auto'" : ''}; got '${raw}'`
  }
}

export function parseSince(raw: string): Parsed<Date> {
  const r = z.iso.datetime({ offset: true }).safeParse(raw)
  if (!r.success) {
    return {
      ok: false,
      message: `must be an ISO 8601 time such as 2026-11-29T03:16:14.123Z; got '${raw}'`
    }
  }
  return { ok: true, value: new Date(raw) }
}

export const re =
  (pattern: RegExp, message: string) =>
  (raw: string): Parsed<string> =>
    fromZod(text(pattern, message), raw)

export const repository = re(
  REPOSITORY,
  "must be an ECR repository name: lower case letters, digits, '.', '_', '-' and '/', e.g. dynamodb_access_sample"
)
export const iamName = re(
  IAM_NAME,
  'must be an IAM name: letters, digits and +=,.@_- (at most 128)'
)
export const tableName = re(
  TABLE_NAME,
  "must be a DynamoDB table name: 3 to 255 letters, digits, '_', '-' or '.'"
)
export const positiveSeconds = (raw: string): Parsed<number> => fromZod(seconds, raw)
// More than the SDK's 50 sockets would only queue in the client.
export const concurrency = (raw: string): Parsed<number> =>
  fromZod(
    z.coerce
      .number({ error: 'must be a whole number from 1 to 100, e.g. 16' })
      .int('must be a whole number from 1 to 100, e.g. 16')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100'),
    raw
  )
export const boolean = (raw: string): Parsed<boolean> => fromZod(bool, raw)

export function parsePercent(raw: string): Parsed<number> {
  const n = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN
  return n >= 0 && n <= 100
    ? { ok: true, value: n }
    : { ok: false, message: `must be a percentage from 0 to 100, e.g. 5 or 2.5; got '${raw}'` }
}

export function scanThreshold(raw: string): Parsed<ScanThreshold> {
  const v = raw.toLowerCase()
  return (SCAN_THRESHOLDS as readonly string[]).includes(v)
    ? { ok: true, value: v as ScanThreshold }
    : {
        ok: false,
        message: `must be one of ${SCAN_THRESHOLDS.join(', ')} (got ${JSON.stringify(raw)})`
      }
}

// At least one: the newest version may be a concurrent run's, created but not deployed yet.
export const keepCount = (raw: string): Parsed<number> =>
  fromZod(
    z.coerce
      .number({ error: 'must be a whole number from 1 to 1000, e.g. 5' })
      .int('must be a whole number from 1 to 1000, e.g. 5')
      .min(
        1,
        'must be at least 1: the newest version may be a run of this moment, not deployed yet'
      )
      .max(1000, 'must be at most 1000'),
    raw
  )
