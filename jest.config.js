// Jest: TypeScript through ts-jest; one embedded Azure Tables service (Azurite) for the whole run.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  globalSetup: '<rootDir>/test/driver/global-setup.ts',
  globalTeardown: '<rootDir>/test/driver/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
