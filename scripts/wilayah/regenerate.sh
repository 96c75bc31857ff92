#!/usr/bin/env bash
# Regenerates src/main/resources/wilayah/wilayah.csv.gz from the npm package idn-area-data.
# Output: kode,induk_kode,tingkat,nama for all of Indonesia, sorted by kode, gzip -n (byte-identical reruns).
set -euo pipefail

VERSI="${IDN_AREA_DATA_VERSION:-4.0.1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TUJUAN="$ROOT/src/main/resources/wilayah/wilayah.csv.gz"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

(cd "$TMP" && npm pack --silent "idn-area-data@$VERSI" >/dev/null && tar -xzf idn-area-data-"$VERSI".tgz)
DATA="$TMP/package/data"

# Node does the CSV work: names may be quoted and contain commas or doubled quotes ("Ra""as").
node - "$DATA" > "$TMP/wilayah.csv" <<'JS'
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];

// RFC 4180 parser: quoted fields, "" escapes, commas and newlines inside quotes.
function parse(text) {
  const rows = []; let row = []; let f = ''; let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { f += '"'; i++; } else q = false; }
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(f); rows.push(row); row = []; f = '';
    } else f += c;
  }
  if (f !== '' || row.length) { row.push(f); rows.push(row); }
  return rows.filter(r => r.length > 1 || r[0] !== '');
}

function baca(file, tingkat, indukKolom) {
  const [header, ...rows] = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const iKode = header.indexOf('code'), iNama = header.indexOf('name');
  const iInduk = indukKolom ? header.indexOf(indukKolom) : -1;
  if (iKode < 0 || iNama < 0 || (indukKolom && iInduk < 0)) throw new Error('Unexpected header in ' + file);
  return rows.map(r => [r[iKode], iInduk < 0 ? '' : r[iInduk], tingkat, r[iNama].trim()]);
}

function csv(v) { return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }

const semua = [
  ...baca('provinces.csv', 'PROVINSI', null),
  ...baca('regencies.csv', 'KABUPATEN', 'province_code'),
  ...baca('districts.csv', 'KECAMATAN', 'regency_code'),
  ...baca('villages.csv', 'DESA', 'district_code'),
];
const kodeUnik = new Set();
for (const [kode, induk] of semua) {
  if (kodeUnik.has(kode)) throw new Error('Duplicate code ' + kode);
  kodeUnik.add(kode);
}
for (const [kode, induk] of semua) {
  if (induk && !kodeUnik.has(induk)) throw new Error('Unknown parent ' + induk + ' of ' + kode);
}
// Plain code-point order, independent of the machine's locale.
semua.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
process.stdout.write('kode,induk_kode,tingkat,nama\n' + semua.map(r => r.map(csv).join(',')).join('\n') + '\n');
JS

mkdir -p "$(dirname "$TUJUAN")"
gzip -n -9 -c "$TMP/wilayah.csv" > "$TUJUAN"
echo "Wrote $TUJUAN: $(($(wc -l < "$TMP/wilayah.csv") - 1)) rows, sha256 $(sha256sum "$TUJUAN" | cut -d' ' -f1)"
