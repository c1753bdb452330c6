import type { Config } from 'tailwindcss';

// Tailwind 4 reads its theme from app/globals.css; this file (loaded there with @config) sets where classes live.
export default {
  content: ['./app/**/*.{ts,tsx}', './lib/**/*.{ts,tsx}'],
  darkMode: 'media',
} satisfies Config;
