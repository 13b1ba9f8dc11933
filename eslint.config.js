// ESLint, run by `npm test` with zero warnings allowed: readable code over clever code.
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', '**/node_modules/', 'examples/**/dist/', 'bench/results.json', '**/*.vue']
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs,jsx}'],
    extends: [tseslint.configs.base],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-sequences': 'error',
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowTaggedTemplates: true }],
      // Names say what a thing is; i and e are the only one-letter names, in small scopes.
      'id-length': ['error', { min: 2, exceptions: ['i', 'e', '_', 'h'], properties: 'never' }],
      eqeqeq: ['error', 'smart'],
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }
      ],
      'prefer-const': 'off',
      'no-var': 'error',
      'prefer-rest-params': 'error'
    }
  }
)
