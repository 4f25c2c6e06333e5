// Deliberately empty. Without an instrumentation file of its own, Turbopack (Next.js 16.4) picks up the
// repository root's instrumentation.ts when the workspace root is the repository, and fails to build it.
export function register(): void {}
