import { z } from "zod";

// zod 4 probes `new Function("")` to decide whether to compile validators. Our CSP has no
// 'unsafe-eval', so in the browser the probe is refused and reported as a violation; jitless mode
// skips the probe (validation is the same, only not compiled).
z.config({ jitless: true });

export { z };
