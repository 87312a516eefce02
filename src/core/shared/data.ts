// Comparing values as data: what the steps use to decide "nothing changed" (a recipe, a
// deployment, a policy document) and to say where two values differ. Key order, undefined
// members and how a date is held do not count; array order does.

/** The value with object keys sorted, undefined members dropped and Dates as ISO strings. */
export function sortedKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortedKeys(v)])
    )
  }
  return value
}

/** JSON with sorted keys: two values are the same data exactly when these strings are equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedKeys(value)) ?? 'undefined'
}

export function sameData(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

/**
 * Where two values first differ, as a path such as `Manifests[0].Lifecycle.Run` ('(top level)'
 * for the values themselves), for a message the user can act on; undefined when they are the
 * same data.
 */
export function firstDifference(a: unknown, b: unknown): string | undefined {
  return differenceAt(a, b, '')
}

function differenceAt(a: unknown, b: unknown, path: string): string | undefined {
  if (sameData(a, b)) return undefined
  const here = path || '(top level)'
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = differenceAt(a[i], b[i], `${path}[${i}]`)
      if (d) return d
    }
    return here
  }
  if (!isRecord(a) || !isRecord(b)) return here
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  for (const key of keys) {
    const d = differenceAt(a[key], b[key], path ? `${path}.${key}` : key)
    if (d) return d
  }
  return here
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  )
}

/**
 * JSON.parse, or the parser's message and the line it points at, for a `file:line` error. The
 * message never quotes the text: V8 puts the first characters of the input in some of its
 * messages (`Unexpected token 'a', "aws_access"... is not valid JSON`), and a path pointed at
 * the wrong file (a credentials file) must not print what is in it.
 */
export function parseJson(text: string): { value: unknown } | { error: string; line: number } {
  try {
    return { value: JSON.parse(text) }
  } catch (error) {
    const raw = (error instanceof Error ? error.message : String(error)).replace(
      /\s*\(line \d+ column \d+\)$/,
      ''
    )
    // The parser's own words stay; a message that quotes the input is replaced, and where
    // the quoted part sits still tells the line.
    const quoted = /, "(?:\.\.\.)?([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(raw)
    const message = quoted || raw.includes('"') ? 'unexpected character' : raw
    const position = /at position (\d+)/.exec(raw)
    const at = position ? Number(position[1]) : quoted?.[1] ? text.indexOf(quoted[1]) : -1
    const line = at >= 0 ? text.slice(0, at).split('\n').length : text.trimEnd().split('\n').length
    return { error: message, line }
  }
}
