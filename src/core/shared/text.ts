// Text from outside: what must stay one line (template values), and how a device's value is
// quoted. Its own small module, so that input parsing (in every bundle, the post step's
// included) checks it without loading YAML.

/** A character no template value may hold: C0 controls but tab, DEL, C1 controls, YAML 1.1 breaks. */
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/

function codePoint(ch: string): string {
  const names: Record<string, string> = {
    '\r': 'a carriage return',
    '\n': 'a line feed',
    '\0': 'a NUL',
    '\u2028': 'a line separator',
    '\u2029': 'a paragraph separator',
    '\u0085': 'a next-line character'
  }
  const hex = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  return names[ch] ? `${names[ch]} (${hex})` : `the control character ${hex}`
}

/** Why a value cannot be a template value, or undefined when it can. */
export function controlCharacterProblem(value: string): string | undefined {
  const bad = CONTROL_CHARACTER.exec(value)
  return bad ? `holds ${codePoint(bad[0])}` : undefined
}

// An attribute is the device's text, up to 400 KB: a log line or a summary cell quotes only
// its start.
const QUOTED = 80

/** The start of a device-written value. */
export function clip(value: string): string {
  return value.length > QUOTED ? `${value.slice(0, QUOTED)}… (${value.length} characters)` : value
}
