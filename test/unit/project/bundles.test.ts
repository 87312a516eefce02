// Each action bundle carries the SDK clients its step calls and no other: a client pulled
// in by accident (through a shared module) costs every run of that action its load time.
import { describe, expect, it } from '@jest/globals'
import { bundledClients } from '../../../scripts/bench/clients.js'

const EXPECTED: Record<string, string[]> = {
  'build-push': ['sts', 'ecr'],
  'render-recipe': ['sts', 'greengrassv2'],
  'attach-policy': ['sts', 'iam'],
  // cloudwatch-logs: the tail of a failed device's component log (core/deploy/logs.ts).
  deploy: ['sts', 'greengrassv2', 'iot', 'cloudwatch-logs'],
  // greengrassv2: GetCoreDevice tells a group's core devices from plain things it also holds.
  smoke: ['dynamodb', 'greengrassv2', 'iot'],
  pipeline: ['sts', 'ecr', 'iam', 'greengrassv2', 'dynamodb', 'iot', 'cloudwatch-logs'],
  cli: ['sts', 'ecr', 'iam', 'greengrassv2', 'dynamodb', 'iot', 'cloudwatch-logs']
}

describe('committed bundles', () => {
  it.each(Object.entries(EXPECTED))('dist/%s carries exactly %j', (action, clients) => {
    expect(bundledClients(`dist/${action}`).sort()).toEqual([...clients].sort())
  })
})
