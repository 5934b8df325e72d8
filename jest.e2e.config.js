// Jest for the browser tests (npm run test:e2e): the built bot and the Agents Playground in headless chromium.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 180000,
  maxWorkers: 1,
};
