// The post step's state: written by the main step and read by the post step in one typed,
// versioned form, so that what the post step reads is what was saved, or nothing at all.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { runPost } from '../../../../src/doors/github/run-action.js'
import {
  POST_STATE_KEY,
  PostStateWriter,
  decodePostState,
  encodePostState,
  type PostState
} from '../../../../src/doors/github/state.js'

const HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'

describe('encodePostState and decodePostState', () => {
  it('round-trips every state', () => {
    const states: PostState[] = [
      {},
      { registryAuthDir: '/runner/temp/ggcd-auth-x' },
      { logout: { builder: 'podman', registry: { host: 'localhost:5000', insecure: true } } },
      {
        registryAuthDir: '/runner/temp/ggcd-auth-x',
        logout: { builder: 'docker', registry: { host: HOST, insecure: false } }
      }
    ]
    for (const state of states) {
      expect(JSON.parse(encodePostState(state))).toMatchObject({ version: 1 })
      expect(decodePostState(encodePostState(state))).toEqual({ ok: true, state })
    }
  })

  it('reads no state (the main step saved none) as nothing to undo', () => {
    expect(decodePostState(undefined)).toEqual({ ok: true, state: {} })
    expect(decodePostState('')).toEqual({ ok: true, state: {} })
    expect(decodePostState(' \n')).toEqual({ ok: true, state: {} })
  })

  it('refuses garbled state, and state of another version, saying why', () => {
    const problem = (text: string) => {
      const decoded = decodePostState(text)
      return decoded.ok ? undefined : decoded.problem
    }
    expect(problem('/tmp/ggcd-auth-x')).toBe('it is not JSON')
    expect(problem('{"version":1')).toBe('it is not JSON')
    expect(problem('[1]')).toBe('it is not a JSON object')
    expect(problem('null')).toBe('it is not a JSON object')
    expect(problem('{"registryAuthDir":"/tmp/x"}')).toBe('its version is undefined, not 1')
    expect(problem('{"version":2,"registryAuthDir":"/tmp/x"}')).toBe('its version is 2, not 1')
    expect(problem('{"version":1,"registryAuthDir":7}')).toBe('registryAuthDir is not a path')
    expect(problem('{"version":1,"registryAuthDir":""}')).toBe('registryAuthDir is not a path')
    for (const logout of [
      '"docker"',
      '{"builder":"kaniko","registry":{"host":"h","insecure":false}}',
      '{"builder":"docker"}',
      '{"builder":"docker","registry":{"host":"","insecure":false}}',
      '{"builder":"docker","registry":{"host":"h","insecure":"no"}}'
    ]) {
      expect(problem(`{"version":1,"logout":${logout}}`)).toBe(
        'logout is not a builder and a registry'
      )
    }
  })
})

describe('PostStateWriter', () => {
  it('saves the whole state under one key at each value the main step hands over', () => {
    const saved: Array<[string, string]> = []
    const writer = new PostStateWriter((key, value) => saved.push([key, value]))
    writer.set('registry-auth-dir', '/runner/temp/ggcd-auth-x')
    writer.set('logout-builder', 'buildah')
    writer.set('logout-registry', `http://localhost:5000`)
    expect(saved.map(([key]) => key)).toEqual([POST_STATE_KEY, POST_STATE_KEY, POST_STATE_KEY])
    // A builder without its registry is no logout yet.
    expect(decodePostState(saved[1]![1])).toEqual({
      ok: true,
      state: { registryAuthDir: '/runner/temp/ggcd-auth-x' }
    })
    expect(decodePostState(saved[2]![1])).toEqual({
      ok: true,
      state: {
        registryAuthDir: '/runner/temp/ggcd-auth-x',
        logout: { builder: 'buildah', registry: { host: 'localhost:5000', insecure: true } }
      }
    })
  })

  it('an empty value takes a value back: after the main step cleaned up, nothing is left', () => {
    const writer = new PostStateWriter(() => undefined)
    writer.set('registry-auth-dir', '/runner/temp/ggcd-auth-x')
    writer.set('logout-builder', 'docker')
    writer.set('logout-registry', HOST)
    writer.set('logout-builder', '')
    writer.set('registry-auth-dir', '')
    expect(writer.state()).toEqual({})
  })

  it('keeps no registry that may not receive the password, nor an unknown builder', () => {
    const writer = new PostStateWriter(() => undefined)
    writer.set('logout-builder', 'docker')
    writer.set('logout-registry', 'evil.example.com')
    expect(writer.state()).toEqual({})
    writer.set('logout-registry', HOST)
    writer.set('logout-builder', 'kaniko')
    expect(writer.state()).toEqual({})
  })
})

describe('runPost', () => {
  const saved = { ...process.env }
  let printed: string[]
  beforeEach(() => {
    printed = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      printed.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
    process.env = { ...saved }
  })

  it('hands the post step the state the main step saved, typed', async () => {
    const state: PostState = {
      logout: { builder: 'docker', registry: { host: HOST, insecure: false } }
    }
    process.env[`STATE_${POST_STATE_KEY}`] = encodePostState(state)
    const seen: PostState[] = []
    await runPost(async s => void seen.push(s))
    expect(seen).toEqual([state])
  })

  it('with no state, the post step gets nothing to undo', async () => {
    delete process.env[`STATE_${POST_STATE_KEY}`]
    const seen: PostState[] = []
    await runPost(async s => void seen.push(s))
    expect(seen).toEqual([{}])
  })

  it('with garbled state, warns and does not run the post step', async () => {
    process.env[`STATE_${POST_STATE_KEY}`] = '{"version":9}'
    const seen: PostState[] = []
    await runPost(async s => void seen.push(s))
    expect(seen).toEqual([])
    expect(printed.join('')).toContain(
      '::warning::Post step: the state the main step saved is unreadable (its version is 9, not 1); nothing is undone.'
    )
  })
})
