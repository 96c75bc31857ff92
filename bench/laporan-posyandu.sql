-- Benchmark data for bench/laporan-posyandu.sh, generated set-based: :anak children under five spread over the
-- villages of Kab. Indragiri Hilir (14.04), one posyandu per village, one session per posyandu and month, and one
-- measurement per child per month for the 12 months October 2025 - September 2026 (z-scores drawn at random,
-- KMS judgement N/T), every second child with a KIA book, an intervention for every 20th child.
\set ON_ERROR_STOP on
delete from intervensi_anak; delete from pengukuran_anak; delete from kehadiran_posyandu; delete from rujukan_stunting;
delete from sesi_posyandu; delete from jadwal_posyandu; delete from kader_posyandu; delete from anak_kia; delete from ibu_kia;
delete from posyandu;
select setseed(0.42);
create temp table desa_bench as
  select row_number() over (order by kode) as no, kode from wilayah where kode like '14.04.%' and tingkat = 'DESA';
insert into posyandu (desa_kode, nama, dibuat_oleh, dibuat_pada)
  select kode, 'Posyandu Bench ' || no, 'bench', now() from desa_bench;
insert into ibu_kia (desa_kode, nama, no_buku_kia, dibuat_oleh, dibuat_pada)
  select d.kode, 'Ibu ' || g, case when g % 2 = 0 then 'KIA-B-' || g end, 'bench', now()
  from generate_series(1, :anak) g join desa_bench d on d.no = 1 + g % (select count(*) from desa_bench);
insert into anak_kia (desa_kode, posyandu_id, ibu_id, nama, jenis_kelamin, tanggal_lahir, dibuat_oleh, dibuat_pada)
  select i.desa_kode, p.id, i.id, 'Anak ' || i.id, case when i.id % 2 = 0 then 'L' else 'P' end,
         date '2022-01-01' + (i.id % 1300)::int, 'bench', now()
  from ibu_kia i join posyandu p on p.desa_kode = i.desa_kode;
insert into sesi_posyandu (posyandu_id, tanggal, status, dibuka_oleh, dibuka_pada)
  select p.id, (date '2025-10-10' + make_interval(months => m))::date, 'SELESAI', 'bench', now()
  from posyandu p cross join generate_series(0, 11) m;
insert into pengukuran_anak (sesi_id, anak_id, tanggal_ukur, umur_hari, umur_bulan, berat_kg, panjang_cm, cara_ukur,
                             zlen, zwei, zwfl, kenaikan, dicatat_oleh, dicatat_pada)
  select s.id, a.id, s.tanggal, s.tanggal - a.tanggal_lahir, ((s.tanggal - a.tanggal_lahir) / 30.4375)::int,
         round((8 + random() * 8)::numeric, 2), round((70 + random() * 30)::numeric, 1),
         case when s.tanggal - a.tanggal_lahir < 730 then 'TELENTANG' else 'BERDIRI' end,
         round((random() * 4 - 2.6)::numeric, 2), round((random() * 4 - 2.3)::numeric, 2),
         round((random() * 5 - 2.5)::numeric, 2), case when random() < 0.7 then 'N' else 'T' end, 'bench', now()
  from anak_kia a join sesi_posyandu s on s.posyandu_id = a.posyandu_id
  where s.tanggal > a.tanggal_lahir;
insert into intervensi_anak (anak_id, jenis, lama_hari, mulai, dicatat_oleh, dicatat_pada)
  select id, 'TELUR', 90, date '2026-08-01', 'bench', now() from anak_kia where id % 20 = 0;
analyze;
