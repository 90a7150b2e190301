#!/usr/bin/env bash
# Builds the Debian package with CPack from this build tree, unpacks it into a scratch root and runs the
# program from there with the system's Qt: --version, a German --help, and a real `caliper score`.
#   test_package.sh BUILD_DIR VERSION APP_ID
set -euo pipefail
build_dir="$1" version="$2" app_id="$3"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log" >&2
    exit 1
}
deb="$(find "$scratch/out" -maxdepth 1 -name 'caliper_*.deb' | head -n 1)"
[[ -n "$deb" ]] || { echo "package: cpack made no caliper_*.deb" >&2; cat "$scratch/cpack.log" >&2; exit 1; }
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KB"

fail() { echo "package: $*" >&2; exit 1; }
[[ "$(dpkg-deb -f "$deb" Package)" == caliper ]] || fail "the package is not named caliper"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "the package version is not $version"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "package: Depends: $depends"
# dpkg-shlibdeps ran (the Qt libraries' packages), and the run-time plugins are named by hand.
for needed in libqt6core6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed"
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/caliper "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    [[ -f "$root/$file" ]] || fail "the package lacks /$file"
done

caliper="$root/usr/bin/caliper"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config"
unset LD_LIBRARY_PATH LANGUAGE
[[ "$(LC_ALL=C.UTF-8 "$caliper" --version)" == "caliper $version" ]] || fail "--version does not print caliper $version"
# The catalogue is compiled in: the system locale alone makes the CLI speak German.
LC_ALL=de_DE.UTF-8 "$caliper" --help | grep -q '^Aufruf: caliper' || fail "--help under de_DE is not German"

cat >"$scratch/predictions.csv" <<'CSV'
id,prediction,reference
a,the patient has a mild fever and a cough,the patient presents with a mild fever and a dry cough
b,start ibuprofen and rest for three days,recommend rest and ibuprofen for three days
CSV
LC_ALL=C.UTF-8 "$caliper" score --input "$scratch/predictions.csv" --output "$scratch/scores.json" \
    --metrics rouge,bleu,tokens
python3 - "$scratch/scores.json" <<'PYTHON'
import json, sys
scores = json.load(open(sys.argv[1]))
samples = scores["samples"]
assert [s["id"] for s in samples] == ["a", "b"], samples
for sample in samples:
    rouge1 = sample["scores"]["rouge1"]
    assert 0 < rouge1 < 1, sample  # overlapping but different texts
print("package: caliper score scored", len(samples), "samples; ROUGE-1", [s["scores"]["rouge1"] for s in samples])
PYTHON
