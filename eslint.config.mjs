import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
];

export default config;
