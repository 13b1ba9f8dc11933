// Run: npx vite examples/react (from the repository root, after npm run build).
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({ plugins: [react()] })
