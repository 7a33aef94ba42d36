#!/usr/bin/env bash
# npm audit of the production dependencies (issue 4, item 5). Not part of `npm test`: it needs the registry (network).
# Prints the counts per severity and exits 1 when any high or critical advisory exists, 2 when the audit could not run.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-output
out=test-output/npm-audit.json
npm audit --omit=dev --json >"$out" 2>test-output/npm-audit.stderr
status=$?
node -e '
const fs = require("fs");
let j;
try { j = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch (e) { console.error("npm audit: no JSON report (offline?)"); process.exit(2); }
if (j.error || !j.metadata) { console.error("npm audit could not run: " + (j.message || (j.error && (j.error.summary || j.error.code)) || "no metadata in the report")); process.exit(2); }
const v = (j.metadata && j.metadata.vulnerabilities) || {};
const deps = (j.metadata && j.metadata.dependencies) || {};
console.log("npm audit --omit=dev: " + ["info", "low", "moderate", "high", "critical"].map((k) => k + " " + (v[k] || 0)).join(", ") + " (prod dependencies: " + (deps.prod ?? "?") + ")");
for (const [name, a] of Object.entries(j.vulnerabilities || {})) console.log("  " + a.severity + "  " + name + "  " + [].concat(a.via || []).map((x) => typeof x === "string" ? x : x.title).join("; "));
process.exit((v.high || 0) + (v.critical || 0) > 0 ? 1 : 0);
' "$out"
rc=$?
[ $rc -eq 2 ] && cat test-output/npm-audit.stderr >&2
[ $rc -eq 0 ] && [ $status -ne 0 ] && echo "(npm audit exit $status: only low/moderate advisories)"
exit $rc
