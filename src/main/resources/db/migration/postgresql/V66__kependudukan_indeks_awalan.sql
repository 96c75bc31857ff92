-- Region scopes are code prefixes (desa_kode like '14.04.01.%'). The database's collation is not C, so a plain
-- btree cannot serve LIKE prefixes and every kecamatan/kabupaten list or statistic scanned the whole table
-- (bench/penduduk-1jt.sh, BENCHMARKS.md: the kecamatan list took 2.3 s at 1,000,000 residents). Pattern-ops
-- indexes serve both the prefix and the equality of the same condition. PostgreSQL only (H2 has no
-- operator classes; its test data are small). "if not exists": the benchmark database got them by hand first.
create index if not exists penduduk_desa_pola_idx on penduduk (desa_kode varchar_pattern_ops, nama_cari);
create index if not exists penduduk_hadir_desa_pola_idx on penduduk_hadir (desa_kode varchar_pattern_ops, mulai);
create index if not exists mutasi_penduduk_desa_pola_idx on mutasi_penduduk (desa_kode varchar_pattern_ops, tanggal_peristiwa);
create index if not exists keluarga_desa_pola_idx on keluarga (desa_kode varchar_pattern_ops);
-- The list of a kecamatan or kabupaten is the first 100 names of tens of thousands: walking the name index and
-- keeping rows of the scope stops after ~100 rows (bench: 0.6 s of sorting → 1 ms).
create index if not exists penduduk_nama_idx on penduduk (nama_cari, id);
