// Jest only because @medusajs/test-utils is Jest-only (docs/decisions/003); swc compiles TypeScript.
module.exports = {
  transform: {
    '^.+\\.[jt]s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true } } }],
  },
  testEnvironment: 'node',
  moduleFileExtensions: ['js', 'ts', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/.medusa/'],
  testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.ts', '<rootDir>/integration-tests/**/*.spec.ts'],
  globalSetup: '<rootDir>/integration-tests/setup/global-setup.js',
  globalTeardown: '<rootDir>/integration-tests/setup/global-teardown.js',
  testTimeout: 120000,
};
