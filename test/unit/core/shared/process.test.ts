// The command runner against real child processes (node itself): stdin, streamed lines,
// exit codes, no shell, and the ConfigurationError for a builder that is not installed.
import { describe, it, expect } from '@jest/globals'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import { missingProgram, spawnRunner } from '../../../../src/core/shared/process.js'

const node = process.execPath

describe('spawnRunner', () => {
  it('passes input on stdin and collects stdout', async () => {
    const r = await spawnRunner.run(
      node,
      [
        '-e',
        "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write('got:'+s))"
      ],
      { input: 's3cret' }
    )
    expect(r).toEqual({ exitCode: 0, stdout: 'got:s3cret', stderr: '' })
  })

  it('streams stdout and stderr line by line, including a last line without newline', async () => {
    const lines: string[] = []
    const r = await spawnRunner.run(
      node,
      [
        '-e',
        "process.stdout.write('one\\ntw');setTimeout(()=>{process.stdout.write('o\\n');process.stderr.write('err')},20)"
      ],
      { onOutput: line => lines.push(line) }
    )
    expect(lines).toEqual(['one', 'two', 'err'])
    expect(r.stderr).toBe('err')
  })

  it('reports a non-zero exit code with stderr instead of throwing', async () => {
    const r = await spawnRunner.run(node, ['-e', "console.error('boom');process.exit(3)"])
    expect(r.exitCode).toBe(3)
    expect(r.stderr).toContain('boom')
  })

  it('passes arguments literally, without a shell', async () => {
    const r = await spawnRunner.run(node, [
      '-e',
      'process.stdout.write(process.argv[1])',
      '$(echo hi); ls'
    ])
    expect(r.stdout).toBe('$(echo hi); ls')
  })

  it('adds env to the inherited environment', async () => {
    const r = await spawnRunner.run(
      node,
      [
        '-e',
        'process.stdout.write(process.env.GGCD_TEST + ":" + (process.env.PATH ? "path" : ""))'
      ],
      { env: { GGCD_TEST: 'x' } }
    )
    expect(r.stdout).toBe('x:path')
  })

  it('turns a missing program into a ConfigurationError about the builder input', async () => {
    const error = await spawnRunner.run('ggcd-no-such-builder', []).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.subject).toBe('builder')
    expect(error.message).toContain("'ggcd-no-such-builder' was not found")
    expect(error.message).toContain("'builder' input")
  })
})

describe('missingProgram', () => {
  it('says how to install the builder', () => {
    expect(missingProgram('buildah').message).toContain('apt-get install -y buildah')
    expect(missingProgram('docker', 'the buildx plugin is missing').message).toContain(
      'buildx plugin is missing'
    )
  })
})
