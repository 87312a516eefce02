// The shape of the source tree (issue 11): imports go one way, core → nothing of the doors.
// src/core is the library, src/interface what the doors share, src/doors the doors: the
// library imports neither, nor @actions/core; no module imports itself by a round trip
// (type-only and dynamic imports count: a cycle of types is still two modules that cannot
// be understood apart); and no source file grows past 450 lines.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const SRC = join(ROOT, 'src')

/** Every .ts file under src/, as a path relative to the repository root. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [relative(ROOT, path)] : []
  })
}

/** The modules a source names: static imports and re-exports (type-only too) and import(). */
export function specifiers(text: string): string[] {
  // Comments may quote an import; they name nothing.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const found: string[] = []
  const patterns = [
    /^\s*(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g
  ]
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]!)
  return found
}

/** A relative specifier as the source file it names (`.js` is how NodeNext spells `.ts`). */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const path = relative(ROOT, resolve(ROOT, dirname(from), specifier))
  return path.endsWith('.js') ? path.replace(/\.js$/, '.ts') : undefined
}

export type Graph = Map<string, { local: string[]; packages: string[] }>

function importGraph(files: string[], read: (file: string) => string): Graph {
  const graph: Graph = new Map()
  for (const file of files) {
    const names = specifiers(read(file))
    graph.set(file, {
      local: [...new Set(names.map(s => resolveLocal(file, s)).filter(p => p !== undefined))],
      packages: names.filter(s => !s.startsWith('.'))
    })
  }
  return graph
}

/** Every import cycle, each as its modules in import order, starting at its smallest path. */
export function cycles(graph: Graph): string[][] {
  const found = new Map<string, string[]>()
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file)?.local ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next))
        const start = cycle.indexOf([...cycle].sort()[0]!)
        const ordered = [...cycle.slice(start), ...cycle.slice(0, start)]
        found.set(ordered.join(' → '), ordered)
      } else if (!state.has(next) && graph.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file)
  return [...found.values()]
}

const FILES = sourceFiles()
const GRAPH = importGraph(FILES, file => readFileSync(join(ROOT, file), 'utf8'))
const CORE = FILES.filter(f => f.startsWith('src/core/'))

describe('the import graph', () => {
  it('reads every kind of import, and resolves them', () => {
    expect(
      specifiers(
        [
          "import { a } from './a.js'",
          "import type { B } from '../b.js'",
          "import c, { type D } from './c.js'",
          "export { e } from './e.js'",
          "export * from './f.js'",
          "import './g.js'",
          "const h = await import('./h.js')",
          '// import { not } from "./comment.js"',
          'import {',
          '  i,',
          '  type J',
          "} from '@actions/core'"
        ].join('\n')
      )
    ).toEqual([
      './a.js',
      '../b.js',
      './c.js',
      './e.js',
      './f.js',
      '@actions/core',
      './g.js',
      './h.js'
    ])
    expect(GRAPH.get('src/doors/github/post.ts')?.local).toContain('src/doors/github/run-action.ts')
    // Every local import names a source file that exists.
    const missing = [...GRAPH].flatMap(([file, { local }]) =>
      local.filter(p => !GRAPH.has(p) && !p.endsWith('package.json')).map(p => `${file} → ${p}`)
    )
    expect(missing).toEqual([])
  })

  it('finds a cycle, however long', () => {
    const graph: Graph = new Map([
      ['b', { local: ['c'], packages: [] }],
      ['c', { local: ['a'], packages: [] }],
      ['a', { local: ['b', 'd'], packages: [] }],
      ['d', { local: [], packages: [] }]
    ])
    expect(cycles(graph)).toEqual([['a', 'b', 'c']])
  })

  it('has no cycle', () => {
    expect(cycles(GRAPH).map(c => [...c, c[0]].join(' → '))).toEqual([])
  })
})

describe('src/interface is what the doors share', () => {
  it('imports nothing of src/doors', () => {
    const outward = FILES.filter(f => f.startsWith('src/interface/')).flatMap(file =>
      GRAPH.get(file)!
        .local.filter(p => p.startsWith('src/doors/'))
        .map(p => `${file} → ${p}`)
    )
    expect(outward).toEqual([])
  })
})

describe('src/core is the library', () => {
  it('imports nothing of src/interface or src/doors', () => {
    const outward = CORE.flatMap(file =>
      GRAPH.get(file)!
        .local.filter(p => p.startsWith('src/interface/') || p.startsWith('src/doors/'))
        .map(p => `${file} → ${p}`)
    )
    expect(outward).toEqual([])
  })

  it('does not import @actions/core (the GitHub door does)', () => {
    const actions = CORE.flatMap(file =>
      GRAPH.get(file)!
        .packages.filter(p => p === '@actions/core' || p.startsWith('@actions/core/'))
        .map(p => `${file} → ${p}`)
    )
    expect(actions).toEqual([])
  })
})

describe('file size', () => {
  it('no source file is over 450 lines', () => {
    const over = FILES.filter(
      file => readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1 > 450
    )
    expect(over).toEqual([])
  })
})
