-- Imports of population data (TAJUK RETEH) from XLSX/CSV, run in the background: one row per upload with its
-- progress and counts (the page polls it, so it survives a reload), and the row-by-row report. The uploaded
-- file is kept encrypted (AES-GCM with the PDP key, it holds NIKs) only until the import is stored or dropped.
-- status: MENGANALISIS, SIAP, MENYIMPAN, SELESAI, DITOLAK (all-or-nothing with errors), GAGAL (unreadable file
-- or interrupted), DIBATALKAN.
create table impor_penduduk (
    id              bigserial    primary key,
    desa_kode       varchar(13)  not null,
    nama_berkas     varchar(200) not null,
    jenis_berkas    varchar(4)   not null,
    format_kolom    varchar(10),
    berkas_sandi    bytea,
    status          varchar(12)  not null,
    mode            varchar(16),
    pesan           varchar(500),
    jumlah_baris    integer      not null default 0,
    diproses        integer      not null default 0,
    baris_sah       integer      not null default 0,
    baris_galat     integer      not null default 0,
    baris_peringatan integer     not null default 0,
    baru            integer      not null default 0,
    diubah          integer      not null default 0,
    tidak_berubah   integer      not null default 0,
    keluarga_baru   integer      not null default 0,
    dibuat_oleh     varchar(60)  not null,
    dibuat_pada     timestamp with time zone not null,
    selesai_pada    timestamp with time zone
);
create index impor_penduduk_desa_idx on impor_penduduk (desa_kode, dibuat_pada);

-- tingkat: GALAT (the row is not stored) or PERINGATAN (stored; check it). kolom: the file's column name.
create table impor_penduduk_catatan (
    id         bigserial    primary key,
    impor_id   bigint       not null references impor_penduduk (id),
    baris      integer      not null,
    kolom      varchar(60),
    tingkat    varchar(10)  not null,
    pesan      varchar(500) not null
);
create index impor_penduduk_catatan_idx on impor_penduduk_catatan (impor_id, baris);
