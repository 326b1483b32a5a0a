import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Numbers and dates reach planners in one German style: through shared/format.ts (and the
    // plural rules through shared/plural.ts), never through ad-hoc locale calls that drift apart.
    files: ['**/*.{ts,tsx}'],
    ignores: ['shared/format.ts', 'tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
          message: 'Zahlen und Daten über shared/format.ts formatieren (formatNumber, formatNumberUpTo, formatDate, formatDateTime).',
        },
        {
          selector: "MemberExpression[object.name='Intl'][property.name=/^(NumberFormat|DateTimeFormat)$/]",
          message: 'Intl.NumberFormat/DateTimeFormat nur in shared/format.ts; sonst formatNumber, formatNumberUpTo, formatDate, formatDateTime.',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['shared/plural.ts', 'shared/format.ts', 'tests/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Intl', property: 'PluralRules', message: 'Mehrzahlformen über shared/plural.ts (plural, pluralWord).' }],
    },
  },
  {
    // Playwright reads fixture dependencies from the destructuring pattern, so `{}` is required.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
