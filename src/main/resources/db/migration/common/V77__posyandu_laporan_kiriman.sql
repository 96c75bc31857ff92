-- Monthly posyandu reports of a kecamatan as prepared (PDF and XLSX frozen at that moment) and sent to the
-- district stunting team (Tim Penuntasan Stunting Kabupaten, role TIM_KABUPATEN). A report prepared in SOP step 4
-- of a FOKUS TUNTAS meeting carries the meeting's case number; dikirim_pada null = prepared, not sent yet.
create table laporan_posyandu_kiriman (
    id              bigserial    primary key,
    wilayah_kode    varchar(13)  not null,
    kabupaten_kode  varchar(5)   not null,
    bulan           date         not null,
    judul           varchar(300) not null,
    pdf             bytea        not null,
    xlsx            bytea        not null,
    berkas_nomor    varchar(40),
    disusun_oleh    varchar(60)  not null,
    disusun_pada    timestamp with time zone not null,
    dikirim_oleh    varchar(60),
    dikirim_pada    timestamp with time zone
);
create index laporan_posyandu_kiriman_kab_idx on laporan_posyandu_kiriman (kabupaten_kode, bulan);
create index laporan_posyandu_kiriman_berkas_idx on laporan_posyandu_kiriman (berkas_nomor);
