// ESLint flat config (a dotfile so the top level keeps the layout design.md proposes).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'src/engine/operaton/openapi/engine-rest.ts', 'src/web/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // design.md decision 2: only src/engine/ talks to the engine; everything else uses its ports.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/operaton/*', '**/engine/operaton/**'], message: 'Only src/engine/ may use the Operaton adapter; use the ProcessEngine, ProcessHistory or EngineClock port.' },
            { group: ['openapi-fetch'], message: 'Only src/engine/ talks to the engine REST API.' },
          ],
        },
      ],
    },
  },
  {
    // Jest loads reporters and sequencers as plain CommonJS.
    files: ['test/support/*.js'],
    languageOptions: { globals: { __dirname: 'readonly', module: 'writable', process: 'readonly', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
