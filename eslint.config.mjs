// Lint, including the architecture rules: workflows stay deterministic, contracts framework-free,
// and apps never import other apps (or libs apps).
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const RUNTIME_LIBRARIES = ['@nestjs/*', 'typeorm', 'pg', '@nats-io/*', 'express', 'rxjs', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'];
const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const TOOLING = ['deploy', 'test', 'scripts', 'bench'];

/** Resolves each relative import and refuses one that lands in another app's folder. */
const architecture = {
  rules: {
    'no-cross-app-imports': {
      meta: { type: 'problem', messages: { crossApp: '{{from}} must not import {{to}}: share it through libs/ instead.' } },
      create(context) {
        const root = context.cwd;
        const ownerOf = (file) => {
          const [top, app] = path.relative(root, file).split(path.sep);
          return top === 'apps' ? `apps/${app}` : top;
        };
        return {
          ImportDeclaration(node) {
            const spec = node.source.value;
            if (typeof spec !== 'string' || !spec.startsWith('.')) return;
            const target = path.resolve(path.dirname(context.filename), spec);
            const from = ownerOf(context.filename);
            const to = ownerOf(target);
            // Tooling (deploy, tests, scripts, the benchmark) may reach into an app; apps and libs may not.
            const crossesApps = to.startsWith('apps/') && to !== from && !TOOLING.includes(from);
            if (crossesApps) context.report({ node, messageId: 'crossApp', data: { from, to } });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'var/**', 'coverage/**', 'workflows/src/case/histories/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { architecture },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'readonly', Buffer: 'readonly', fetch: 'readonly', URL: 'readonly' } },
    rules: {
      'architecture/no-cross-app-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['workflows/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: NODE_BUILTINS.map((name) => ({ name, message: 'Workflow code is deterministic and runs in a sandbox: no Node built-ins.' })),
        patterns: [{ group: RUNTIME_LIBRARIES, message: 'Workflow code imports @temporalio/workflow, contracts and activity types only.' }],
      }],
      // The sandbox evaluates every module a workflow imports once per run: values come from the zod-free entry.
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: '@aftersales/contracts', allowTypeImports: true, message: 'Workflow code imports values from @aftersales/contracts/values (no zod); only types from @aftersales/contracts.' }],
      }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['libs/contracts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...RUNTIME_LIBRARIES, '@temporalio/*', '@aftersales/*'], message: 'Contracts are framework-free: workflows and every app import them.' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
