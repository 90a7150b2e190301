#!/usr/bin/env bash
# The launcher and AppStream metadata pass the freedesktop validators, the metadata names the screenshots that
# exist and the project's version as its newest release, and the icon is well-formed SVG.
#   test_desktopfiles.sh SOURCE_DIR VERSION APP_ID
set -euo pipefail
source_dir="$1" version="$2" app_id="$3"
packaging="$source_dir/packaging"

desktop-file-validate "$packaging/$app_id.desktop"
appstreamcli validate --no-net "$packaging/$app_id.metainfo.xml"

python3 - "$packaging" "$app_id" "$version" <<'PYTHON'
import os, sys, xml.etree.ElementTree as ET
packaging, app_id, version = sys.argv[1:]
component = ET.parse(os.path.join(packaging, app_id + ".metainfo.xml")).getroot()
problems = []
if component.findtext("id") != app_id:
    problems.append(f"<id> is {component.findtext('id')!r}, not {app_id!r}")
if component.find("launchable").text != app_id + ".desktop":
    problems.append("<launchable> does not name the .desktop file")
images = [image.text for image in component.iter("image")]
if not images:
    problems.append("no screenshots")
for url in images:
    name = url.rsplit("/", 1)[-1]
    if not url.startswith("https://") or not os.path.isfile(os.path.join(packaging, "screenshots", name)):
        problems.append(f"screenshot {url} is not an https URL of a file in packaging/screenshots/")
newest = component.find("releases/release")
if newest is None or newest.get("version") != version:
    problems.append(f"the newest <release> is not {version}, the version in CMakeLists.txt")
ET.parse(os.path.join(packaging, app_id + ".svg"))  # raises on malformed XML
for problem in problems:
    print("metainfo:", problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PYTHON
echo "desktop files: valid"
