// Jest with an SWC transform (fast on 2 cores); the type-check is `npm run typecheck`, once.
const { readFileSync } = require('node:fs');

const paths = JSON.parse(readFileSync(`${__dirname}/tsconfig.json`, 'utf8')).compilerOptions.paths;
const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target.replace(/^\.\//, '')}`]),
);

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const shared = {
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', swc] },
  // NestJS 12 ships ES modules only; Jest's CommonJS registry needs them transformed.
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/)'],
  moduleNameMapper,
};

module.exports = {
  testTimeout: 120_000,
  slowTestThreshold: 30,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    // Specs beside the code: pure rules, use cases, replay of committed histories. No components.
    { ...shared, displayName: 'unit', roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/workflows', '<rootDir>/deploy', '<rootDir>/bench'] },
    // End-to-end and integration specs against the real components, provisioned once per run.
    {
      ...shared,
      displayName: 'system',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    // Fault injection on components of its own (test/faults): short form here, every fault with FAULTS_MODE=full.
    {
      ...shared,
      displayName: 'faults',
      roots: ['<rootDir>/test/faults'],
      // The duplicate/out-of-order redelivery of whole case histories (minutes) runs with `npm run test:faults`;
      // `npm test` keeps the short fault stream and the poison messages (durability.e2e covers a redelivery too).
      testPathIgnorePatterns: ['/node_modules/', ...(process.env.FAULTS_MODE === 'full' ? [] : ['<rootDir>/test/faults/duplicate-deliveries.spec.ts'])],
      globalSetup: '<rootDir>/test/faults/global-setup.ts',
      globalTeardown: '<rootDir>/test/faults/global-teardown.ts',
    },
  ],
};
