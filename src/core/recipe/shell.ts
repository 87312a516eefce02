// Lifecycle scripts read as the device's shell reads them. mvdan/sh (the sh-syntax package, as
// WebAssembly) decides whether a script parses at all and where it breaks; its JSON tree stops
// at statements (a command's words are not in it), so the words of each simple command are
// then read here from the script it accepted: comments, quotes, escapes, continuations,
// here-documents, redirections and the operators that end a command, as POSIX sh defines them.
import { readFile } from 'node:fs/promises'
import { getProcessor, ParseError } from 'sh-syntax'
// The Go runtime the WebAssembly needs. Imported by name because sh-syntax's package.json
// marks its .cjs file free of side effects, so a bundler would drop a bare import.
import * as goRuntime from 'sh-syntax/vendors/wasm_exec'

void goRuntime
// A literal path the bundler sees: ncc copies the file next to the bundle and rewrites this.
const WASM = new URL('../../../node_modules/sh-syntax/main.wasm', import.meta.url)
const parseShell = getProcessor(() => readFile(WASM))

/** A piece of a word: literal text, a `$NAME` the shell expands, or an expansion we do not follow. */
export type Segment =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'var'; name: string; quoted: boolean }
  | { kind: 'other'; text: string; quoted: boolean }

export interface Word {
  segments: Segment[]
  /** The word as written, quotes included, for messages. */
  raw: string
  /** 1-based line in the script. */
  line: number
}

export interface SimpleCommand {
  words: Word[]
  line: number
}

export interface Script {
  commands: SimpleCommand[]
  comments: { text: string; line: number }[]
}

export type ScriptReading = Script | { error: string; line: number }

/** The script's simple commands, or the shell's syntax error and its line. */
export async function readScript(script: string): Promise<ScriptReading> {
  try {
    await parseShell(script, { keepComments: true })
  } catch (error) {
    if (error instanceof ParseError) return { error: error.Text, line: error.Pos?.Line ?? 1 }
    throw error
  }
  return new Lexer(script).read()
}

/** The word's text with quotes removed, when it holds no expansion. */
export function literal(word: Word): string | undefined {
  if (word.segments.some(s => s.kind !== 'text')) return undefined
  return word.segments.map(s => (s.kind === 'text' ? s.text : '')).join('')
}

const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  'for',
  'case',
  'esac',
  'select',
  'function',
  '{',
  '}',
  '!',
  '[[',
  ']]'
])
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/

class Lexer {
  private i = 0
  private line = 1
  private commands: SimpleCommand[] = []
  private comments: Script['comments'] = []
  private words: Word[] = []
  private segments: Segment[] = []
  private start = 0
  private wordLine = 1
  private heredocs: { delimiter: string; strip: boolean }[] = []
  private skipNext = false

  constructor(private readonly s: string) {}

  read(): Script {
    const s = this.s
    while (this.i < s.length) {
      const c = s[this.i]!
      if (c === '\\' && s[this.i + 1] === '\n') {
        this.i += 2
        this.line++
      } else if (c === ' ' || c === '\t' || c === '\r') {
        this.endWord()
        this.i++
      } else if (c === '\n') {
        this.endCommand()
        this.i++
        this.line++
        this.readHeredocs()
      } else if (c === '#' && this.segments.length === 0) {
        const end = s.indexOf('\n', this.i)
        const stop = end < 0 ? s.length : end
        this.comments.push({ text: s.slice(this.i + 1, stop), line: this.line })
        this.i = stop
      } else if (';&|()'.includes(c)) {
        if (c === '&' && s[this.i + 1] === '>') {
          this.redirect()
          continue
        }
        this.endCommand()
        this.i++
      } else if (c === '<' || c === '>') {
        this.redirect()
      } else {
        this.wordPart()
      }
    }
    this.endCommand()
    return { commands: this.commands, comments: this.comments }
  }

  private begin(): void {
    if (this.segments.length === 0) {
      this.start = this.i
      this.wordLine = this.line
    }
  }

  private push(segment: Segment): void {
    const last = this.segments.at(-1)
    if (segment.kind === 'text' && last?.kind === 'text' && last.quoted === segment.quoted) {
      last.text += segment.text
    } else {
      this.segments.push(segment)
    }
  }

  private wordPart(): void {
    const s = this.s
    this.begin()
    const c = s[this.i]!
    if (c === "'") {
      const end = s.indexOf("'", this.i + 1)
      const text = s.slice(this.i + 1, end)
      this.line += text.split('\n').length - 1
      this.push({ kind: 'text', text, quoted: true })
      this.i = end + 1
    } else if (c === '"') {
      this.i++
      this.push({ kind: 'text', text: '', quoted: true })
      while (this.i < s.length && s[this.i] !== '"') {
        const d = s[this.i]!
        if (d === '\\' && '$`"\\\n'.includes(s[this.i + 1] ?? '')) {
          if (s[this.i + 1] === '\n') this.line++
          else this.push({ kind: 'text', text: s[this.i + 1]!, quoted: true })
          this.i += 2
        } else if (d === '$' || d === '`') {
          this.expansion(true)
        } else {
          if (d === '\n') this.line++
          this.push({ kind: 'text', text: d, quoted: true })
          this.i++
        }
      }
      this.i++
    } else if (c === '\\') {
      this.push({ kind: 'text', text: s[this.i + 1] ?? '', quoted: true })
      this.i += 2
    } else if (c === '$' && s[this.i + 1] === "'") {
      const end = s.indexOf("'", this.i + 2)
      this.push({ kind: 'other', text: s.slice(this.i, end + 1), quoted: true })
      this.i = end + 1
    } else if (c === '$' || c === '`') {
      this.expansion(false)
    } else {
      this.push({ kind: 'text', text: c, quoted: false })
      this.i++
    }
  }

  /** `$NAME`, `${NAME}`, `$(…)`, `$((…))`, `` `…` `` and the special parameters. */
  private expansion(quoted: boolean): void {
    const s = this.s
    const from = this.i
    if (s[this.i] === '`') {
      this.i = s.indexOf('`', this.i + 1) + 1
    } else if (s[this.i + 1] === '(' || s[this.i + 1] === '{') {
      const open = s[this.i + 1]!
      const close = open === '(' ? ')' : '}'
      let depth = 0
      this.i++
      while (this.i < s.length) {
        const d = s[this.i]!
        if (d === '\\') this.i++
        else if (d === "'" && open === '(') this.i = s.indexOf("'", this.i + 1)
        else if (d === open) depth++
        else if (d === close && --depth === 0) break
        else if (d === '\n') this.line++
        this.i++
      }
      this.i++
      const inner = s.slice(from + 2, this.i - 1)
      if (open === '{' && new RegExp(`${NAME.source}$`).test(inner)) {
        this.push({ kind: 'var', name: inner, quoted })
        return
      }
    } else {
      const name = NAME.exec(s.slice(this.i + 1))?.[0]
      if (name) {
        this.i += 1 + name.length
        this.push({ kind: 'var', name, quoted })
        return
      }
      // $? $$ $1 …, or a lone $, which is literal.
      const special = /^[?$!#*@0-9-]/.test(s[this.i + 1] ?? '')
      this.i += special ? 2 : 1
      if (!special) {
        this.push({ kind: 'text', text: '$', quoted })
        return
      }
    }
    this.push({ kind: 'other', text: s.slice(from, this.i), quoted })
  }

  /** A redirection: its operator, a file-descriptor number before it and its target are not arguments. */
  private redirect(): void {
    const s = this.s
    const sofar = this.segments.map(x => (x.kind === 'text' ? x.text : '?')).join('')
    if (/^\d+$/.test(sofar) && this.segments.every(x => x.kind === 'text' && !x.quoted)) {
      this.segments = []
    } else {
      this.endWord()
    }
    const op = /^(?:<<-|<<<|<<|&>>|&>|>>|>&|<&|<>|>\||<|>)/.exec(s.slice(this.i))![0]
    this.i += op.length
    while (s[this.i] === ' ' || s[this.i] === '\t') this.i++
    if (op === '<<' || op === '<<-') {
      const m = /^(['"]?)([^\s'";&|<>()]+)\1/.exec(s.slice(this.i))
      if (m) {
        this.heredocs.push({ delimiter: m[2]!, strip: op === '<<-' })
        this.i += m[0].length
      }
      return
    }
    this.skipNext = true
  }

  private readHeredocs(): void {
    for (const doc of this.heredocs) {
      while (this.i < this.s.length) {
        const end = this.s.indexOf('\n', this.i)
        const stop = end < 0 ? this.s.length : end
        const text = this.s.slice(this.i, stop)
        this.i = stop + 1
        this.line++
        if ((doc.strip ? text.replace(/^\t+/, '') : text) === doc.delimiter) break
      }
    }
    this.heredocs = []
  }

  private endWord(): void {
    if (this.segments.length === 0) return
    const word: Word = {
      segments: this.segments,
      raw: this.s.slice(this.start, this.i),
      line: this.wordLine
    }
    this.segments = []
    if (this.skipNext) {
      this.skipNext = false
      return
    }
    const text = literal(word)
    // A reserved word where a command starts is grammar (if, then, do, …), not a command name.
    if (this.words.length === 0 && text !== undefined && RESERVED.has(text)) return
    this.words.push(word)
  }

  private endCommand(): void {
    this.endWord()
    this.skipNext = false
    if (this.words.length > 0) {
      this.commands.push({ words: this.words, line: this.words[0]!.line })
    }
    this.words = []
  }
}
