#!/usr/bin/env bash
# Regenerates the pictures and files of docs/samples/ from the real service with its seed data: starts the
# packaged service on a fresh data directory (so the seed titles are loaded), takes the portal's pages with
# headless Chromium and the reports as the API sends them (PDF pages drawn by pdftoppm), then stops it.
# Needs chromium, pdftoppm (poppler-utils), curl and python3. Not part of `./mvnw verify` (it takes a minute).
#
#   scripts/samples.sh            # builds the jar first
#   SKIP_BUILD=1 scripts/samples.sh
#
# Settings: TITLE (the seed title shown, default "Tiêu Quảng Trị"), PROVINCE (the summary's and the listing's,
# default "Quảng Trị"), SIGNER (who signs the summary), BASE_URL (the public address the record sheet's QR code names).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TITLE="${TITLE:-Tiêu Quảng Trị}"
PROVINCE="${PROVINCE:-Quảng Trị}"
# Who signs the sample summary (a summary is never printed without a signer's name).
SIGNER="${SIGNER:-Nguyễn Văn An}"
BASE_URL="${BASE_URL:-https://registry.example.gov.vn}"
SKIP_BUILD="${SKIP_BUILD:-0}"
OUT=docs/samples
JAR=target/ip-registry-0.1.0-SNAPSHOT.jar
PASSWORD=samples-password
WORK=$(mktemp -d)
pid=""
cleanup() {
	if [ -n "$pid" ]; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

for tool in chromium pdftoppm curl python3; do
	command -v "$tool" >/dev/null || { echo "samples: $tool is needed" >&2; exit 1; }
done
[ "$SKIP_BUILD" = 1 ] || ./mvnw -B -q package -DskipTests

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
PORT=$port REGISTRY_DATA_DIR="$WORK/data" REGISTRY_ADMIN_PASSWORD=$PASSWORD REGISTRY_PUBLIC_BASE_URL=$BASE_URL \
	java -jar "$JAR" >"$WORK/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
	curl -sf "$base/actuator/health" >/dev/null && break
	kill -0 "$pid" 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
	sleep 0.5
done

encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
id=$(curl -sf "$base/api/v1/public/registrations?size=50&q=$(encode "$TITLE")" | python3 -c '
import json, sys
wanted = sys.argv[1]
items = json.load(sys.stdin)["items"]
print(next(item["id"] for item in items if item["name"] == wanted))' "$TITLE")

shot() { # shot FILE URL HEIGHT: the page as a 1100-pixel-wide browser shows it
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
		--window-size="1100,$3" --screenshot="$1" "$2" >/dev/null 2>&1
}
shot "$OUT/portal-record.png" "$base/portal/registrations/$id" 1300
shot "$OUT/portal-listing.png" "$base/portal?province=$(encode "$PROVINCE")" 1300

curl -sf -u "admin:$PASSWORD" -o "$OUT/record-sheet.pdf" "$base/api/v1/registrations/$id/summary.pdf"
curl -sf -u "admin:$PASSWORD" -o "$OUT/provincial-summary.pdf" \
	"$base/api/v1/reports/summary.pdf?province=$(encode "$PROVINCE")&signer=$(encode "$SIGNER")"
for pdf in record-sheet provincial-summary; do
	pdftoppm -png -r 150 -f 1 -l 1 -singlefile "$OUT/$pdf.pdf" "$OUT/$pdf"
done
echo "samples: $OUT/portal-record.png, portal-listing.png, record-sheet.pdf/.png, provincial-summary.pdf/.png" \
	"($TITLE, $PROVINCE)"
