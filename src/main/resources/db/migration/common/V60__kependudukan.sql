-- Kependudukan (population data, SOP TAJUK RETEH): families (keluarga, one per family card, KK), residents
-- (penduduk) and their events (mutasi). NIK and KK numbers are personal data (UU 27/2022): stored only
-- encrypted (AES-GCM, base64 "v1:<iv+ciphertext>") and found through a keyed hash (HMAC-SHA256, hex), whose
-- unique index makes a number unique across the deployment. Codes follow the SIAK code lists.

create table keluarga (
    id           bigserial    primary key,
    no_kk_sandi  varchar(120) not null,
    no_kk_hash   varchar(64)  not null,
    desa_kode    varchar(13)  not null,
    alamat       varchar(200) not null,
    rt           varchar(3),
    rw           varchar(3),
    kepala_id    bigint,
    dibuat_oleh  varchar(60)  not null,
    dibuat_pada  timestamp with time zone not null,
    diubah_oleh  varchar(60),
    diubah_pada  timestamp with time zone,
    constraint keluarga_no_kk_unik unique (no_kk_hash)
);
create index keluarga_desa_idx on keluarga (desa_kode);

-- status: HIDUP, MATI, PINDAH (the current state; the history is in penduduk_hadir and mutasi_penduduk).
-- disabilitas: null (none), FISIK, SENSORIK, INTELEKTUAL, MENTAL (ODGJ).
create table penduduk (
    id               bigserial    primary key,
    nik_sandi        varchar(120) not null,
    nik_hash         varchar(64)  not null,
    keluarga_id      bigint       not null references keluarga (id),
    desa_kode        varchar(13)  not null,
    nama             varchar(120) not null,
    nama_cari        varchar(120) not null,
    jenis_kelamin    char(1)      not null,
    tempat_lahir     varchar(80)  not null,
    tanggal_lahir    date         not null,
    agama            smallint     not null,
    pendidikan       smallint     not null,
    pekerjaan        smallint     not null,
    status_kawin     smallint     not null,
    shdk             smallint     not null,
    golongan_darah   smallint     not null,
    disabilitas      varchar(12),
    status_rekam_ktp smallint     not null,
    kewarganegaraan  smallint     not null,
    telepon          varchar(20),
    status           varchar(10)  not null,
    dibuat_oleh      varchar(60)  not null,
    dibuat_pada      timestamp with time zone not null,
    diubah_oleh      varchar(60),
    diubah_pada      timestamp with time zone,
    constraint penduduk_nik_unik unique (nik_hash)
);
create index penduduk_desa_nama_idx on penduduk (desa_kode, nama_cari);
create index penduduk_keluarga_idx on penduduk (keluarga_id);

-- Events, as recorded: PENDATAAN (first keyed in, already living here), LAHIR (birth), MATI (death),
-- DATANG (moved in), PINDAH_KELUAR (moved out), PINDAH_KK (changed family).
create table mutasi_penduduk (
    id                  bigserial    primary key,
    penduduk_id         bigint       not null references penduduk (id),
    jenis               varchar(16)  not null,
    tanggal_peristiwa   date         not null,
    desa_kode           varchar(13)  not null,
    keluarga_asal_id    bigint       references keluarga (id),
    keluarga_tujuan_id  bigint       references keluarga (id),
    keterangan          varchar(300),
    dicatat_oleh        varchar(60)  not null,
    dicatat_pada        timestamp with time zone not null
);
create index mutasi_penduduk_penduduk_idx on mutasi_penduduk (penduduk_id, tanggal_peristiwa);
create index mutasi_penduduk_desa_idx on mutasi_penduduk (desa_kode, tanggal_peristiwa);

-- Presence intervals: a resident counts in a village and family on day d when mulai <= d and
-- (selesai is null or d < selesai). Entry events open an interval, death and moving out close it, a change of
-- family closes one and opens the next; figures for any past date are a count over this table.
create table penduduk_hadir (
    id              bigserial   primary key,
    penduduk_id     bigint      not null references penduduk (id),
    keluarga_id     bigint      not null references keluarga (id),
    desa_kode       varchar(13) not null,
    mulai           date        not null,
    selesai         date,
    mutasi_mulai_id   bigint    references mutasi_penduduk (id),
    mutasi_selesai_id bigint    references mutasi_penduduk (id)
);
create index penduduk_hadir_desa_idx on penduduk_hadir (desa_kode, mulai);
create index penduduk_hadir_penduduk_idx on penduduk_hadir (penduduk_id);
