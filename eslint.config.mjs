import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Server-side code and I/O, which neither components nor browser helpers may import. */
const SERVER_AND_IO = [
  {
    group: ["@/lib/server/*", "server-only"],
    message: "Server-only code: pass its result as props instead.",
  },
  {
    group: ["@prisma/*", "pg", "@electric-sql/*", "node:*", "fs", "path"],
    message: "No database or file access here: that belongs to lib/server.",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next*/**",
      "node_modules/**",
      "coverage/**",
      "data/**",
      "bench/out/**",
      "lib/server/generated/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Pure modules: no React, no Next.js, no Prisma, no I/O.
    files: ["lib/universal/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "next", "next/*", "next-intl", "next-intl/*"],
              message: "lib/universal is pure.",
            },
            {
              group: ["@prisma/*", "pg", "@electric-sql/*", "node:*", "fs", "path"],
              message: "lib/universal does no I/O.",
            },
            { group: ["@/lib/server/*", "@/lib/client/*", "server-only"], message: "lib/universal is pure." },
          ],
        },
      ],
    },
  },
  {
    // React components (server and client): they render what lib/server computed and the page passed them.
    // Exceptions: the PDF module's server entry point and its worker thread (they render documents in
    // worker_threads for route handlers), and tests, which read fixtures and run pdftotext.
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["components/pdf/server.ts", "components/pdf/render-worker.ts", "**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: SERVER_AND_IO }] },
  },
  {
    // Browser-only helpers: no server code, no I/O, no components (components use them, not the reverse).
    files: ["lib/client/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...SERVER_AND_IO,
            { group: ["@/components/*"], message: "lib/client is used by components, not the reverse." },
            { group: ["next/server", "next/headers"], message: "lib/client runs in the browser." },
          ],
        },
      ],
    },
  },
];

export default config;
