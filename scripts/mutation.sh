#!/usr/bin/env bash
# Mutation testing of the core library (src/ForcedLabourIndicators) with Stryker.NET.
#
# Usage: scripts/mutation.sh [extra dotnet-stryker options...]
#   e.g. scripts/mutation.sh --mutate 'src/ForcedLabourIndicators/Statistics/*.cs'
# Runs from any working directory. Settings live in stryker-config.json at the repository root:
#   - project ForcedLabourIndicators.csproj, tested by tests/ForcedLabourIndicators.Tests (the
#     folder Stryker is started in, see below);
#   - target framework net10.0 (the core multi-targets net8.0;net10.0 and Stryker mutates one;
#     the code has no framework-conditional sections, so one framework covers all of it);
#   - coverage analysis perTest (each mutant runs only the tests that reach it), concurrency 2
#     (the machine has 2 cores), Release build, thresholds high 85 / low 80 / break 0;
#   - test-case-filter leaves out four tests only, all slow under mutation and none reaching core
#     logic that faster tests do not already reach (every test that covers a mutant runs for it, and
#     a fresh test host starts for each mutant, so a slow test that covers nearly all the core adds
#     its time to nearly every one of the ~2,300 mutants; on 2 shared cores that decides whether a
#     full run fits in an hour):
#       * Formats.CtdcDatasetTests (reads the 47,102-row CTDC file from ../shared; it tests the
#         Formats reader and the CLI, and the core rules it drives are covered rule by rule);
#       * BulkAssessorTests.Score_AgreesWithSingleCasePath_OnEveryCaseOf100kGeneratedSet (100,000
#         cases; the same bulk-versus-single-case agreement is checked under other policies, with more
#         rules than the compact path, with invalid cases, and case by case in Bulk/BulkScoringEdgeCaseTests);
#       * Bulk.BenchmarkAgreementTests (3,000 cases through the benchmarks' RulesEngine and
#         object-per-rule baselines: it checks the benchmark baselines, not more of the core);
#       * BulkAssessorTests.Score_Parallel_GivesTheSameResultsAsSequential (50,000 cases, still one
#         chunk; parallel scoring and packing stay covered by Assess_BatchWithInvalidCases_... and
#         the parallel cases in Bulk/BulkScoringEdgeCaseTests).
#     All four still run in the normal test suite (dotnet test, CI).
#   - nothing in the core is excluded from mutation: it has no generated code, no
#     [ExcludeFromCodeCoverage] members, and its string resources are .resx files, which Stryker does
#     not mutate anyway.
# Prints the score as one line, parsed from Stryker's JSON report:
#   mutation score: 87.3% (killed K, survived S, timeout T, no coverage N, compile errors C)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

dotnet tool restore >/dev/null

# Stryker runs from the test project's folder: from the root it would find the .sln and switch to
# solution mode, where a test project cannot be named. In the test project's folder it takes that
# project as the test project and mutates the project named "project" in the config.
cd "$root/tests/ForcedLabourIndicators.Tests"

stamp="$(date -u +%Y-%m-%d.%H-%M-%S)"
out="$root/StrykerOutput/$stamp"
start=$SECONDS
dotnet tool run dotnet-stryker --config-file "$root/stryker-config.json" --output "$out" --skip-version-check "$@"
elapsed=$((SECONDS - start))

report="$out/reports/mutation-report.json"
if [[ ! -f "$report" ]]; then
  echo "mutation.sh: no JSON report at $report" >&2
  exit 1
fi

python3 - "$report" "$elapsed" <<'PY'
import json, sys
from collections import Counter
report, elapsed = sys.argv[1], int(sys.argv[2])
with open(report, encoding="utf-8") as f:
    data = json.load(f)
counts = Counter(m["status"] for file in data["files"].values() for m in file["mutants"])
killed, survived = counts["Killed"], counts["Survived"]
timeout, nocov = counts["Timeout"], counts["NoCoverage"]
compile_errors = counts["CompileError"]
detected, valid = killed + timeout, killed + timeout + survived + nocov
score = 100.0 * detected / valid if valid else 0.0
print(f"report: {report}")
print(f"runtime: {elapsed // 60}m{elapsed % 60:02d}s")
print(f"mutation score: {score:.1f}% (killed {killed}, survived {survived}, timeout {timeout}, "
      f"no coverage {nocov}, compile errors {compile_errors})")
PY
