// Comparing values as data: key order, undefined members and how a date is held do not
// count; everything else does, and the first difference is named by its path.
import { describe, expect, it } from '@jest/globals'
import {
  canonicalJson,
  firstDifference,
  parseJson,
  sameData,
  sortedKeys
} from '../../../../src/core/shared/data.js'
import { renderPolicy } from '../../../../src/core/policy/document.js'
import { parseRecipe } from '../../../../src/core/recipe/render-recipe.js'

describe('canonicalJson and sameData', () => {
  it('sorts keys, drops undefined members and writes Dates as ISO strings', () => {
    const when = new Date('2026-11-29T03:00:00.000Z')
    expect(canonicalJson({ b: [{ d: 1, c: when }], a: undefined, e: null })).toBe(
      '{"b":[{"c":"2026-11-29T03:00:00.000Z","d":1}],"e":null}'
    )
    expect(canonicalJson(undefined)).toBe('undefined')
    expect(sortedKeys({ b: 1, a: { d: 2, c: 3 } })).toEqual({ a: { c: 3, d: 2 }, b: 1 })
  })

  it('ignores key order and undefined members but not values, types or array order', () => {
    expect(sameData({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1, z: undefined })).toBe(
      true
    )
    expect(sameData({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] })).toBe(false)
    expect(sameData({ a: '1' }, { a: 1 })).toBe(false)
    expect(sameData(new Date(0), '1970-01-01T00:00:00.000Z')).toBe(true)
  })
})

describe('firstDifference', () => {
  it('names the path of the first difference, or nothing when the values are the same', () => {
    expect(firstDifference({ b: 1, a: [1, 2] }, { a: [1, 2], b: 1 })).toBeUndefined()
    expect(firstDifference({ a: { b: [1, { c: 1 }] } }, { a: { b: [1, { c: 2 }] } })).toBe(
      'a.b[1].c'
    )
    expect(firstDifference({ a: 1, b: 1 }, { b: 1 })).toBe('a')
    expect(firstDifference([1], [1, 2])).toBe('[1]')
    expect(firstDifference({ a: 1 }, [1])).toBe('(top level)')
    expect(firstDifference(1, 2)).toBe('(top level)')
  })
})

describe('parseJson', () => {
  // A path pointed at the wrong file must not print what is in it: V8's own message for
  // some mistakes quotes the first characters of the input.
  const CREDENTIALS = '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n'
  it.each([
    CREDENTIALS,
    'aws_secret_access_key=wJalrXUtnFEMI',
    '{"Version": wJalrXUtnFEMI}',
    '{"a": 1,\n "b": AKIAIOSFODNN7EXAMPLE}'
  ])('never quotes the text it could not read: %j', text => {
    const parsed = parseJson(text)
    expect('error' in parsed).toBe(true)
    if (!('error' in parsed)) return
    for (const secret of ['AKIA', 'wJalr', 'aws_', 'default', '"']) {
      expect(parsed.error).not.toContain(secret)
    }
    expect(parsed.line).toBeGreaterThanOrEqual(1)
  })

  it('keeps the parser words and the line when they quote nothing', () => {
    expect(parseJson('{\n"a": 1,\n}')).toEqual({
      error: expect.stringContaining('Expected double-quoted property name'),
      line: 3
    })
  })

  it('nor does a policy or recipe error quote the file', () => {
    expect(() => renderPolicy(CREDENTIALS, {}, 'policy.json')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('default') })
    )
    expect(() => parseRecipe(CREDENTIALS, 'recipe.json')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('default') })
    )
  })
})
