/** Tests run against real PostgreSQL: embedded (started once in globalSetup) or DATABASE_URL. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: {
    '^@app/domain(|/.*)$': '<rootDir>/libs/domain/src$1',
    '^@app/calendar(|/.*)$': '<rootDir>/libs/calendar/src$1',
    '^@app/event-store(|/.*)$': '<rootDir>/libs/event-store/src$1',
    '^@app/database(|/.*)$': '<rootDir>/libs/database/src$1',
    '^@app/projections(|/.*)$': '<rootDir>/libs/projections/src$1',
    '^@app/read-models(|/.*)$': '<rootDir>/libs/read-models/src$1',
    '^@app/platform(|/.*)$': '<rootDir>/libs/platform/src$1',
    '^@app/evidence(|/.*)$': '<rootDir>/libs/evidence/src$1',
    '^@app/feed(|/.*)$': '<rootDir>/libs/feed/src$1',
    '^@app/webhooks(|/.*)$': '<rootDir>/libs/webhooks/src$1',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
