-- Set-based load of :jumlah residents (4 per family) across the villages of Kab. Indragiri Hilir (14.04) for
-- bench/penduduk-1jt.sh. NIK/KK ciphertexts come from a pool of real ones (table pool, from bench/SandiPool.java,
-- so pages decrypt them); the first rows get the pool's real lookup hashes (searchable by NIK), the rest unique
-- fake hashes of the same size. Everything counts as verified (TAJUK RETEH), like data keyed before V65.
\set ON_ERROR_STOP on
create temp table desa_b as
    select (row_number() over (order by kode) - 1)::int as no, kode from wilayah where tingkat = 'DESA' and kode like '14.04.%';
select count(*) as jumlah_desa from desa_b \gset
select count(*) as jumlah_pool from pool \gset
-- Ids follow whatever is there (the demo families of the first start).
select coalesce(max(id), 0) as k0 from keluarga \gset
select coalesce(max(id), 0) as p0 from penduduk \gset
select coalesce(max(id), 0) as m0 from mutasi_penduduk \gset
create temp table nama_depan (no int, nama text);
insert into nama_depan select row_number() over () - 1, n from unnest(array['AHMAD','SITI','MUHAMMAD','NUR','DEWI',
    'RAHMAT','AISYAH','HASAN','FATIMAH','BUDI','SRI','AGUS','RINA','IRWAN','YULI','ANDI','LINDA','ZULKIFLI','MAWAR',
    'HENDRA','SUSI','RUDI','MAYA','JOKO','INTAN','FAISAL','PUTRI','RIZKI','WATI','EKO','NOVI','ARIF','LESTARI',
    'DEDI','RATNA','FIRMAN','YANTI','SYAIFUL','HALIMAH','TAUFIK']) n;
create temp table nama_belakang (no int, nama text);
insert into nama_belakang select row_number() over () - 1, n from unnest(array['SAPUTRA','AMINAH','HIDAYAT','RAHMAN',
    'LUBIS','SIREGAR','NASUTION','HARAHAP','SARI','WATI','SANTOSO','PRATAMA','YUSUF','HALIM','KURNIAWAN','ISMAIL',
    'SETIAWAN','HAMID','MULYADI','ABDULLAH','WIJAYA','SUTRISNO','HASIBUAN','RANGKUTI','TANJUNG','SIMATUPANG',
    'GINTING','MANURUNG','DAULAY','BATUBARA','PANJAITAN','SURBAKTI','SEMBIRING','TARIGAN','PURBA','SARAGIH',
    'DAMANIK','SINAGA','RITONGA','POHAN']) n;

\timing on
insert into keluarga (id, no_kk_sandi, no_kk_hash, desa_kode, alamat, rt, rw, dibuat_oleh, dibuat_pada)
select :k0 + k, p.sandi, encode(sha256(('kk-bench-' || k)::bytea), 'hex'), d.kode, 'Jl. Parit ' || (k % 97 + 1) || ' No. ' || (k % 211 + 1),
       lpad((k % 20 + 1)::text, 3, '0'), lpad((k % 8 + 1)::text, 3, '0'), 'bench', now()
from generate_series(1, (:jumlah + 3) / 4) k
join desa_b d on d.no = k % :jumlah_desa
join pool p on p.no = k % :jumlah_pool;

insert into penduduk (id, nik_sandi, nik_hash, keluarga_id, desa_kode, nama, nama_cari, jenis_kelamin, tempat_lahir,
                      tanggal_lahir, agama, pendidikan, pekerjaan, status_kawin, shdk, golongan_darah, disabilitas,
                      status_rekam_ktp, kewarganegaraan, status, dibuat_oleh, dibuat_pada)
select :p0 + i, p.sandi, case when i <= :jumlah_pool then p.hash else encode(sha256(('nik-bench-' || i)::bytea), 'hex') end,
       :k0 + (i - 1) / 4 + 1, d.kode, n1.nama || ' ' || n2.nama, lower(n1.nama || ' ' || n2.nama),
       case when i % 2 = 0 then 'P' else 'L' end, 'Tembilahan',
       date '1940-01-01' + ((i::bigint * 7919) % 30500)::int, 1 + (i % 20) / 17 * (i % 6), 1 + i % 10, 1 + (i * 31) % 89,
       1 + i % 4, case when (i - 1) % 4 = 0 then 1 else 3 + (i % 2) end, 1 + i % 13,
       case when i % 97 = 0 then 'FISIK' when i % 389 = 0 then 'MENTAL' else null end, 1 + i % 8, 1, 'HIDUP', 'bench', now()
from generate_series(1, :jumlah) i
join desa_b d on d.no = ((i - 1) / 4 + 1) % :jumlah_desa
join pool p on p.no = i % :jumlah_pool
join nama_depan n1 on n1.no = i % 40
join nama_belakang n2 on n2.no = (i / 40) % 40;

update keluarga k set kepala_id = :p0 + (k.id - :k0 - 1) * 4 + 1 where k.id > :k0 and (k.id - :k0) * 4 - 3 <= :jumlah;

insert into mutasi_penduduk (id, penduduk_id, jenis, tanggal_peristiwa, desa_kode, keluarga_tujuan_id, keterangan,
                             dicatat_oleh, dicatat_pada)
select :m0 + id - :p0, id, 'PENDATAAN', tanggal_lahir, desa_kode, keluarga_id, 'bench', 'bench', now() from penduduk where dibuat_oleh = 'bench';

insert into penduduk_hadir (penduduk_id, keluarga_id, desa_kode, mulai, mutasi_mulai_id)
select id, keluarga_id, desa_kode, tanggal_lahir, :m0 + id - :p0 from penduduk where dibuat_oleh = 'bench';

select setval(pg_get_serial_sequence('keluarga', 'id'), (select max(id) from keluarga));
select setval(pg_get_serial_sequence('penduduk', 'id'), (select max(id) from penduduk));
select setval(pg_get_serial_sequence('mutasi_penduduk', 'id'), (select max(id) from mutasi_penduduk));
analyze keluarga;
analyze penduduk;
analyze mutasi_penduduk;
analyze penduduk_hadir;
