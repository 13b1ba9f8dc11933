// Run: npx vite examples/vue (from the repository root, after npm run build).
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({ plugins: [vue()] })
