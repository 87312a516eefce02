// Jest runs the TypeScript sources as ESM (ts-jest's useESM); the `.js` suffixes that
// NodeNext requires in imports are mapped back to the `.ts` files.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: { isolatedModules: true } }]
  },
  testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
  // The bundles (dist/cli carries the CLI's package.json) are run as programs, never imported.
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  clearMocks: true
}
