// Where the pipeline stopped travels with the error as data, for the doors to say.
import { describe, expect, it } from '@jest/globals'
import { stopOf, withStop, type PipelineStop } from '../../../../src/core/pipeline/pipeline.js'

const stop = (step: string): PipelineStop => ({
  step,
  progress: { dryRun: false, accountId: '123456789012', region: 'eu-west-1' }
})

describe('withStop', () => {
  it('gives an error where the pipeline stopped, and keeps the first', () => {
    const error = new Error('CreateDeployment: throttled')
    expect(stopOf(error)).toBeUndefined()
    expect(withStop(error, stop('4/5 Deploy'))).toBe(error)
    withStop(error, stop('the checks before any change'))
    expect(stopOf(error)).toEqual(stop('4/5 Deploy'))
    // Not a member a log or JSON shows.
    expect(Object.keys(error)).toEqual([])
  })

  it('leaves what is not an object as it is', () => {
    expect(withStop('text', stop('1/5 Build and push the image'))).toBe('text')
    expect(stopOf('text')).toBeUndefined()
    expect(stopOf(undefined)).toBeUndefined()
    expect(stopOf(null)).toBeUndefined()
  })
})
