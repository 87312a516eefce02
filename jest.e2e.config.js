// The end-to-end suite: the committed bundles against the local sandbox. One file at a
// time (each starts its own sandbox), with room for real builds and devices.
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testTimeout: 300_000,
  maxWorkers: 1
}
