// Runs in the browser before the console's own code. zod compiles object parsers with
// `new Function` when it may, and finds out by trying: under the Content-Security-Policy
// (no 'unsafe-eval') that try is blocked and reported as a violation, though zod recovers.
// Telling it up front that eval is off keeps the console's CSP reports empty.
import { z } from 'zod';

z.config({ jitless: true });
