// The device policy's document: the template rendered and checked against IAM's grammar and
// size limit, and documents compared as data and shown as a line diff.
import { parseJson, sameData, sortedKeys } from '../shared/data.js'
import { ConfigurationError } from '../shared/errors.js'
import { lineOf, renderTemplate } from '../shared/template.js'

/** IAM's limit for a managed policy document, whitespace not counted. */
export const POLICY_SIZE_LIMIT = 6144

export function renderPolicy(
  templateText: string,
  values: Record<string, string>,
  file: string
): string {
  const text = renderTemplate(templateText, values, { file, json: true })
  const parsed = parseJson(text)
  if ('error' in parsed) {
    throw new ConfigurationError(
      `${file}:${parsed.line}: the policy template is not valid JSON after rendering (${parsed.error}). Fix the JSON syntax near that line.`,
      file
    )
  }
  const doc = parsed.value
  validateShape(doc, templateText, file)
  const minified = JSON.stringify(doc)
  const size = minified.replace(/\s/g, '').length
  if (size > POLICY_SIZE_LIMIT) {
    throw new ConfigurationError(
      `${file}: the rendered policy has ${size} characters without whitespace; IAM allows at most ${POLICY_SIZE_LIMIT} in a managed policy. Merge statements or use fewer, broader resources.`,
      file
    )
  }
  return minified
}

function validateShape(doc: unknown, templateText: string, file: string): void {
  const fail = (needle: string, message: string): never => {
    const line = lineOf(templateText, needle)
    throw new ConfigurationError(`${file}${line ? `:${line}` : ''}: ${message}`, file)
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    fail('', 'an IAM policy document must be a JSON object with Version and Statement.')
  }
  const policy = doc as Record<string, unknown>
  if (policy.Version !== '2012-10-17' && policy.Version !== '2008-10-17') {
    fail('"Version"', `"Version" must be "2012-10-17"; got ${JSON.stringify(policy.Version)}.`)
  }
  const statements = policy.Statement
  if (!Array.isArray(statements) || statements.length === 0) {
    fail('"Statement"', '"Statement" must be a non-empty array of statements.')
  }
  for (const [i, s] of (statements as unknown[]).entries()) {
    const st = s as Record<string, unknown> | null
    const where = `statement ${i + 1}`
    if (typeof st !== 'object' || st === null || Array.isArray(st)) {
      fail('"Statement"', `${where} must be an object with Effect, Action and Resource.`)
    }
    const { Effect, Sid } = st as Record<string, unknown>
    const needle = typeof Sid === 'string' ? `"${Sid}"` : '"Statement"'
    if (Effect !== 'Allow' && Effect !== 'Deny') {
      fail(needle, `${where}: "Effect" must be "Allow" or "Deny".`)
    }
    if (!('Action' in st!) && !('NotAction' in st!)) {
      fail(needle, `${where} has no "Action".`)
    }
    if (!('Resource' in st!) && !('NotResource' in st!)) {
      fail(needle, `${where} has no "Resource".`)
    }
  }
}

// Comparing and showing documents

function pretty(doc: unknown): string {
  return JSON.stringify(sortedKeys(doc), null, 2)
}

/** IAM returns documents URL-encoded (RFC 3986); some emulators return them as is. */
export function decodePolicyDocument(raw: string): unknown {
  const text = raw.trimStart().startsWith('{') ? raw : decodeURIComponent(raw)
  return JSON.parse(text)
}

/** Same policy as data: whitespace and key order do not count. */
export function sameDocument(a: unknown, b: unknown): boolean {
  return sameData(a, b)
}

/** A line diff (LCS) of the two documents pretty-printed, with two lines of context. */
export function policyDiff(before: unknown, after: unknown): string {
  const a = before === undefined ? [] : pretty(before).split('\n')
  const b = pretty(after).split('\n')
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => Array(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const ops: { mark: ' ' | '-' | '+'; line: string }[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ mark: ' ', line: a[i++]! })
      j++
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push({ mark: '+', line: b[j++]! })
    } else {
      ops.push({ mark: '-', line: a[i++]! })
    }
  }
  const near = (k: number) => ops.slice(Math.max(0, k - 2), k + 3).some(op => op.mark !== ' ')
  const out: string[] = []
  for (const [k, op] of ops.entries()) {
    if (op.mark !== ' ' || near(k)) out.push(`${op.mark} ${op.line}`)
    else if (out[out.length - 1] !== '  …') out.push('  …')
  }
  return out.join('\n')
}
