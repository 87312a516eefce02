// Lifecycle scripts read as the shell and docker read them: which words reach docker run,
// which stand before the image, and what the shell never sees (comments, here-documents).
import { describe, expect, it } from '@jest/globals'
import { dockerCommand, dockerUri, type DockerRun } from '../../../../src/core/recipe/docker.js'
import { literal, readScript } from '../../../../src/core/recipe/shell.js'

async function commands(script: string): Promise<string[][]> {
  const read = await readScript(script)
  if ('error' in read) throw new Error(read.error)
  return read.commands.map(c => c.words.map(w => literal(w) ?? w.raw))
}

async function run(script: string): Promise<DockerRun> {
  const read = await readScript(script)
  if ('error' in read) throw new Error(read.error)
  const vars = new Map<string, string | undefined>([['OPTS', '-p 80:80 --net host']])
  for (const c of read.commands) {
    const d = dockerCommand(c, vars)
    if (d?.kind === 'run') return d
  }
  throw new Error('no docker run')
}

describe('the shell reading of a script', () => {
  it.each([
    ['comments', 'a # b c\n# d\ne', [['a'], ['e']]],
    ['quotes', `a "b c" 'd e' f\\ g "h\\"i"`, [['a', 'b c', 'd e', 'f g', 'h"i']]],
    ['continuations', 'a \\\n  b \\\n  c', [['a', 'b', 'c']]],
    ['&&, ||, ; and |', 'a && b || c; d | e & f', [['a'], ['b'], ['c'], ['d'], ['e'], ['f']]],
    ['if, then, fi', 'if [ -z "$X" ]; then a; fi', [['[', '-z', '"$X"', ']'], ['a']]],
    ['redirections', 'a 2>&1 >/dev/null b < in', [['a', 'b']]],
    ['here-documents', 'cat <<EOF\ndocker run x\nEOF\nb', [['cat'], ['b']]],
    ['a comment in backquotes', 'a `# c` b', [['a', '`# c`', 'b']]]
  ])('%s', async (_what, script, expected) => {
    expect(await commands(script)).toEqual(expected)
  })

  it('reports an unclosed quote at the line where it opens', async () => {
    expect(await readScript('echo ok\necho "abc\nd\n')).toEqual({
      error: 'reached EOF without closing quote `"`',
      line: 2
    })
  })
})

describe("docker run's options, as docker reads them", () => {
  it.each([
    ['docker run --net=host img', { network: 'host', image: 'img' }],
    ['docker run --network host img', { network: 'host', image: 'img' }],
    ['docker container run --net host img', { network: 'host', image: 'img' }],
    ['sudo -u root -E docker -H unix:///x.sock run --rm img', { image: 'img' }],
    ['X=1 env Y=2 docker run -dit --name app img cmd', { image: 'img' }],
    ['docker run -p80:80 -e A -eB=2 --env=C --env "D=4" img', { image: 'img' }],
    ['docker run $OPTS img', { network: 'host', image: 'img' }],
    ['docker run --rm -- img --net=host', { image: 'img', late: [{ text: '--net=host' }] }],
    ['docker run img -e AWS_X', { image: 'img', late: [{ text: '-e AWS_X' }] }]
  ])('%s', async (script, expected) => {
    expect(await run(script)).toMatchObject(expected)
  })

  it('tells an env option with a value from one without', async () => {
    const r = await run('docker run -e A -eB=2 --env=C --env "D=4" -e E= img')
    expect(r.env.map(e => [e.name, e.value])).toEqual([
      ['A', undefined],
      ['B', '2'],
      ['C', undefined],
      ['D', '4'],
      ['E', '']
    ])
  })

  it('sees compose in both forms', async () => {
    for (const script of [
      'docker compose up',
      'docker-compose -f x.yaml up',
      'sudo docker-compose up'
    ]) {
      const read = await readScript(script)
      if ('error' in read) throw new Error(read.error)
      expect(dockerCommand(read.commands[0]!, new Map())?.kind).toBe('compose')
    }
  })
})

describe('docker artifact URIs', () => {
  const digest = `sha256:${'0f'.repeat(32)}`
  it.each([
    [`docker:redis@${digest}`, 'digest'],
    [`docker:public.ecr.aws/docker/library/redis@${digest}`, 'digest'],
    [`docker:localhost:5000/app@${digest}`, 'digest'],
    ['docker:redis', 'tag'],
    ['docker:redis:7', 'tag'],
    [`docker:redis:7@${digest}`, 'both'],
    ['docker:Redis@sha256:12', 'invalid']
  ])('%s is %s', (uri, form) => {
    expect(dockerUri(uri).form).toBe(form)
  })
})
