#!/usr/bin/env bash
# `npm test`: installs what is missing (npm packages, Debian's Chromium, the local Kubernetes
# control plane's binaries and CRDs), then runs every suite: type check and lint, Vitest unit
# and integration tests (throwaway PostgreSQL and kube-apiserver), Playwright against the
# built console, and the API fuzzing run (Schemathesis, one suite). Ends with one line:
# "N passed, N failed" summed over all suites.
set -uo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/../.."
RESULTS=test-results
mkdir -p "$RESULTS"
rm -f "$RESULTS"/vitest.json "$RESULTS"/playwright.json
passed=0; failed=0; skipped=0
step() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

step "npm packages"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

step "Chromium"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  (as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || { echo "could not install Debian's chromium"; echo "0 passed, 1 failed"; exit 1; }
fi
"${CHROMIUM_PATH:-/usr/bin/chromium}" --version

step "Kubernetes control plane binaries, Flink operator CRDs and the Flink operator"
if ! bash e2e/harness/build-control-plane.sh || ! bash e2e/harness/fetch-operator.sh; then
  echo "the local control plane could not be built: integration suites cannot run"
  echo "0 passed, 1 failed"; exit 1
fi

step "type check and lint"
if npx tsc --noEmit; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "type check failed"; fi
if npx eslint . --max-warnings=0; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "lint failed"; fi

step "Vitest: unit and integration"
npx vitest run --project unit --project integration --reporter=default --reporter=json --outputFile="$RESULTS/vitest.json"
vitest_rc=$?

step "next build"
if npx next build; then
  build_ok=1
else
  build_ok=0; failed=$((failed + 1)); echo "next build failed: browser suites cannot run"
fi

playwright_rc=0
if [ "$build_ok" = 1 ]; then
  step "Playwright (Chromium)"
  npx playwright test
  playwright_rc=$?
fi

fuzz_rc=1
if [ "$build_ok" = 1 ]; then
  step "API fuzzing (Schemathesis)"
  node --conditions=react-server --import tsx e2e/harness/fuzz-api.ts
  fuzz_rc=$?
fi

step "summary"
read -r vp vf vs < <(node -e '
  const fs = require("fs"); const f = process.argv[1];
  if (!fs.existsSync(f)) { console.log("0 1 0"); process.exit(); }
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (r.success === false && r.numFailedTests === 0 ? 1 : 0), r.numPendingTests + r.numTodoTests);
' "$RESULTS/vitest.json")
echo "vitest: $vp passed, $vf failed, $vs skipped (exit $vitest_rc)"
passed=$((passed + vp)); failed=$((failed + vf)); skipped=$((skipped + vs))
if [ "$vitest_rc" != 0 ] && [ "$vf" = 0 ]; then failed=$((failed + 1)); fi

if [ "$build_ok" = 1 ]; then
  read -r pp pf ps < <(node -e '
    const fs = require("fs"); const f = process.argv[1];
    if (!fs.existsSync(f)) { console.log("0 1 0"); process.exit(); }
    const s = JSON.parse(fs.readFileSync(f, "utf8")).stats;
    console.log(s.expected + s.flaky, s.unexpected + (s.errors?.length ?? 0), s.skipped);
  ' "$RESULTS/playwright.json")
  echo "playwright: $pp passed, $pf failed, $ps skipped (exit $playwright_rc)"
  passed=$((passed + pp)); failed=$((failed + pf)); skipped=$((skipped + ps))
  if [ "$playwright_rc" != 0 ] && [ "$pf" = 0 ]; then failed=$((failed + 1)); fi
fi

# The fuzzing run counts as one suite; without a build it could not run, which is a failure.
if [ "$fuzz_rc" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
echo "api fuzzing: $([ "$fuzz_rc" = 0 ] && echo passed || echo failed) (exit $fuzz_rc)"

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" = 0 ]
