import { config } from "zod/v4/core";

// zod 4 probes `new Function("")` to decide whether to compile validators. Our CSP has no
// 'unsafe-eval', so in the browser the probe is refused and reported as a violation; jitless mode
// skips the probe (validation is the same, only not compiled). Imported for its side effect by
// every schema module. Schemas keep `import { z } from "zod"` themselves: re-exporting the `z`
// namespace from here made the bundler keep all of zod (91 KiB gzip instead of 30).
config({ jitless: true });
