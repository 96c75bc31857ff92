// Converts WHO's growth tables shipped in the npm package who-growth (ISC; the xlsx files are WHO's own,
// https://www.who.int/tools/child-growth-standards and https://www.who.int/tools/growth-reference-data-for-5to19-years)
// into the compact CSV resources Pelita reads: src/main/resources/antropometri/{wfa,lhfa,wfl,wfh,bfa}.csv.
// WHO's weekly tables for the first 13 weeks (where growth is fastest and monthly rows are too coarse) come from
// the npm package jsgrowup (BSD-3-Clause, UNICEF), which ships WHO's tables as JSON.
// Run by hand (not part of the Maven build), see README.md beside this file:
//   node scripts/who-growth/convert.mjs /tmp/who-growth/package /tmp/jsgrowup/package src/main/resources/antropometri
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [, , paket, paketJs, keluar] = process.argv;
if (!paket || !paketJs || !keluar) {
  console.error('usage: node convert.mjs <unpacked who-growth package dir> <unpacked jsgrowup package dir> <output dir>');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(paket), 'package.json'));
const XLSX = require('xlsx');
const versi = JSON.parse(fs.readFileSync(path.join(paket, 'package.json'), 'utf8')).version;
const versiJs = JSON.parse(fs.readFileSync(path.join(paketJs, 'package.json'), 'utf8')).version;
const dok = path.join(paket, 'resources', 'WHODocuments');

function bacaJson(nama) {
  return JSON.parse(fs.readFileSync(path.join(paketJs, 'tables', nama), 'utf8'));
}

function baca(rel) {
  const wb = XLSX.readFile(path.join(dok, rel));
  const rows = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 });
  const kepala = rows[0].map((h) => String(h).trim());
  return rows.slice(1).filter((r) => r.length > 1 && r[0] !== undefined && r[0] !== '').map((r) => {
    const o = {};
    kepala.forEach((h, i) => { o[h] = r[i]; });
    return o;
  });
}

const KOLOM = ['L', 'M', 'S', 'SD3neg', 'SD2neg', 'SD1neg', 'SD0', 'SD1', 'SD2', 'SD3'];

function angka(v, nama, berkas) {
  if (v === undefined || v === null || v === '' || Number.isNaN(Number(v))) {
    throw new Error(`${berkas}: kolom ${nama} kosong`);
  }
  return String(Number(v)); // WHO's digits, without trailing zeros
}

// sumber: [file, sex, table tag]; x column: Month / Length / Height
function tulis(nama, judul, xNama, sumber) {
  const baris = [];
  for (const [rel, sex, tabel] of sumber) {
    const isi = rel.endsWith('.json') ? bacaJson(rel) : baca(rel);
    for (const r of isi) {
      const x = r.Month ?? r.Length ?? r.Height ?? r.Week;
      baris.push([sex, tabel, angka(x, xNama, rel), ...KOLOM.map((k) => angka(r[k], k, rel))].join(','));
    }
  }
  const kepala = [
    `# ${judul}`,
    '# Source: World Health Organization, WHO Child Growth Standards (2006) and WHO Growth Reference 2007,',
    `# tables as published by WHO (xlsx), taken from the npm package who-growth@${versi} (ISC licence);`,
    `# weekly rows 0-13 weeks (tabel minggu, x in weeks) from WHO's tables in the npm package jsgrowup@${versiJs} (BSD-3-Clause, UNICEF).`,
    '# Converted by scripts/who-growth/convert.mjs; do not edit by hand. See NOTICE.',
    `# columns: sex (1 male, 2 female), tabel (WHO table: minggu = weeks 0-13, 0_2 lying, 2_5 standing, 0_5, 2007), ${xNama}, L, M, S, SD3neg..SD3 (WHO's rounded values)`,
    `sex,tabel,${xNama},${KOLOM.join(',')}`,
  ];
  fs.writeFileSync(path.join(keluar, `${nama}.csv`), kepala.concat(baris).join('\n') + '\n');
  console.log(`${nama}.csv: ${baris.length} rows`);
}

fs.mkdirSync(keluar, { recursive: true });
tulis('wfa', 'Weight-for-age (kg) by age in months (weeks for tabel minggu): WHO 2006 0-60 months, WHO 2007 61-120 months', 'month', [
  ['wfa_boys_0_13_zscores.json', 1, 'minggu'],
  ['weightForAge/wfa_boys_0-to-5-years_zscores.xlsx', 1, '0_5'],
  ['weightForAge/hfa-boys-z-who-2007-exp_0ff9c43c-8cc0-4c23-9fc6-81290675e08b.xlsx', 1, '2007'],
  ['wfa_girls_0_13_zscores.json', 2, 'minggu'],
  ['weightForAge/wfa_girls_0-to-5-years_zscores.xlsx', 2, '0_5'],
  ['weightForAge/hfa-girls-z-who-2007-exp_7ea58763-36a2-436d-bef0-7fcfbadd2820.xlsx', 2, '2007'],
]);
tulis('lhfa', 'Length/height-for-age (cm) by age in months (weeks for tabel minggu): WHO 2006 length 0-24, height 24-60 months, WHO 2007 height 61-228 months', 'month', [
  ['lhfa_boys_0_13_zscores.json', 1, 'minggu'],
  ['heightForAge/lhfa_boys_0-to-2-years_zscores.xlsx', 1, '0_2'],
  ['heightForAge/lhfa_boys_2-to-5-years_zscores.xlsx', 1, '2_5'],
  ['heightForAge/hfa-boys-z-who-2007-exp.xlsx', 1, '2007'],
  ['lhfa_girls_0_13_zscores.json', 2, 'minggu'],
  ['heightForAge/lhfa_girls_0-to-2-years_zscores.xlsx', 2, '0_2'],
  ['heightForAge/lhfa_girls_2-to-5-years_zscores.xlsx', 2, '2_5'],
  ['heightForAge/hfa-girls-z-who-2007-exp.xlsx', 2, '2007'],
]);
tulis('bfa', 'BMI-for-age (kg/m2) by age in months (weeks for tabel minggu): WHO 2006 0-24 (length), 24-60 (height), WHO 2007 61-228 months', 'month', [
  ['bmifa_boys_0_13_zscores.json', 1, 'minggu'],
  ['bmiForAge/bmi_boys_0-to-2-years_zcores.xlsx', 1, '0_2'],
  ['bmiForAge/bmi_boys_2-to-5-years_zscores.xlsx', 1, '2_5'],
  ['bmiForAge/bmi-boys-z-who-2007-exp.xlsx', 1, '2007'],
  ['bmifa_girls_0_13_zscores.json', 2, 'minggu'],
  ['bmiForAge/bmi_girls_0-to-2-years_zscores.xlsx', 2, '0_2'],
  ['bmiForAge/bmi_girls_2-to-5-years_zscores.xlsx', 2, '2_5'],
  ['bmiForAge/bmi-girls-z-who-2007-exp.xlsx', 2, '2007'],
]);
tulis('wfl', 'Weight-for-length (kg) by length in cm (45-110), WHO 2006, children under 24 months', 'cm', [
  ['weightForHeight/wfl_boys_0-to-2-years_zscores.xlsx', 1, '0_2'],
  ['weightForHeight/wfl_girls_0-to-2-years_zscores.xlsx', 2, '0_2'],
]);
tulis('wfh', 'Weight-for-height (kg) by height in cm (65-120), WHO 2006, children from 24 months', 'cm', [
  ['weightForHeight/wfh_boys_2-to-5-years_zscores.xlsx', 1, '2_5'],
  ['weightForHeight/wfh_girls_2-to-5-years_zscores.xlsx', 2, '2_5'],
]);
