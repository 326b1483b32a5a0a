import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // .tsx: renderer tests; each opts into a DOM with `// @vitest-environment happy-dom`, the rest stay in node.
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    // Playwright specs run under Playwright's own runner (tests/e2e), never here.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
