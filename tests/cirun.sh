#!/usr/bin/env bash
# Checks .ci/run: it runs the README's test command verbatim, and a failure anywhere in that
# command (or any other stage) stops CI with the stage's name and a nonzero status.
#   bash tests/cirun.sh SOURCE_DIR
set -uo pipefail
source_dir=$1
readme=$source_dir/README.md
ci=$source_dir/.ci/run
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The README's second command: the line after "# 2. ..." in its first code block.
command=$(sed -n '/^# 2\./{n;p;q}' "$readme")
[ -n "$command" ] || fail "README.md has no '# 2.' command"
grep -qxF "    $command" "$ci" || fail ".ci/run does not run the README's command verbatim: $command"

# The stage runner and the README's command as .ci/run defines them, with the real tools
# replaced by functions: the configure step fails, and nothing after it may run.
functions=$(sed -n '/^stage() {/,/^}/p; /^readme_test_command() {/,/^}/p' "$ci")
[ -n "$functions" ] || fail ".ci/run defines no stage() or readme_test_command()"
out=$(bash -c "set -euo pipefail
$functions
bash() { echo install-ran; }
cmake() { if [ \"\$1\" = --preset ]; then return 3; fi; echo build-ran; }
ctest() { echo ctest-ran; }
stage 'README test command' readme_test_command
echo reached-next-stage" 2>&1)
status=$?
[ "$status" -eq 3 ] || fail "a failing configure gave exit $status, not 3: $out"
grep -qF "ci: stage README test command failed (exit 3)" <<<"$out" || fail "no stage message: $out"
grep -qF install-ran <<<"$out" || fail "the install step did not run: $out"
for never in build-ran ctest-ran reached-next-stage; do
    ! grep -qF "$never" <<<"$out" || fail "$never after the configure failed: $out"
done

# A stage that passes lets CI go on.
out=$(bash -c "set -euo pipefail
$functions
stage ok true
echo reached-next-stage" 2>&1)
[ $? -eq 0 ] && grep -qF reached-next-stage <<<"$out" || fail "a passing stage stopped CI: $out"
echo "PASS: .ci/run runs the README's command and stops at the first failing stage"
