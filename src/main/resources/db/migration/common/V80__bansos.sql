-- Bansos: BSPPS coordination-meeting requests (seed 002, Kec. Trawas) and food-aid beneficiary families (KPM)
-- with distribution rounds and handover proofs.

-- A request for a coordination meeting (rakor) before a BSPPS distribution; runs as a case of SOP BSPPS-RAKOR.
-- pemohon_username: the TKSK who filed it; null for a walk-in recorded by staff (dibuat_oleh).
create table bansos_rakor (
    id               bigserial    primary key,
    kecamatan_kode   varchar(20)  not null,
    desa_kode        varchar(20)  not null,
    pemohon_nama     varchar(120) not null,
    pemohon_kontak   varchar(60),
    pemohon_username varchar(60),
    perihal          varchar(300) not null,
    tanggal_rakor    date         not null,
    tempat           varchar(200) not null,
    berkas_nomor     varchar(40),
    nomor_surat      varchar(120),
    dokumen_kode     varchar(40),
    dibuat_oleh      varchar(60)  not null,
    dibuat_pada      timestamp with time zone not null,
    constraint bansos_rakor_berkas_unik unique (berkas_nomor)
);
create index bansos_rakor_kecamatan on bansos_rakor (kecamatan_kode, dibuat_pada);
create index bansos_rakor_pemohon on bansos_rakor (pemohon_username);

-- Files of a request (village cover letter = PENGANTAR, other = BERKAS), checked by their first bytes.
create table bansos_rakor_lampiran (
    id           bigserial    primary key,
    rakor_id     bigint       not null references bansos_rakor (id),
    jenis        varchar(12)  not null,
    nama         varchar(200) not null,
    tipe         varchar(40)  not null,
    ukuran       integer      not null,
    isi          bytea        not null,
    diunggah_oleh varchar(60) not null,
    diunggah_pada timestamp with time zone not null
);
create index bansos_rakor_lampiran_rakor on bansos_rakor_lampiran (rakor_id);

-- A beneficiary family (KPM) of one aid programme (program: SEMBAKO, PKH, BLT_DD, ...). NIK and KK are kept
-- encrypted (AES-GCM) with keyed hashes for lookups; penduduk_id links the population register when found.
create table bansos_kpm (
    id           bigserial    primary key,
    program      varchar(30)  not null,
    desa_kode    varchar(20)  not null,
    nama         varchar(120) not null,
    nik_samar    varchar(20)  not null,
    nik_hash     varchar(64)  not null,
    nik_sandi    varchar(200) not null,
    kk_hash      varchar(64)  not null,
    kk_sandi     varchar(200) not null,
    penduduk_id  bigint,
    dicatat_oleh varchar(60)  not null,
    dicatat_pada timestamp with time zone not null,
    constraint bansos_kpm_program_nik_unik unique (program, nik_hash)
);
create index bansos_kpm_desa on bansos_kpm (desa_kode, program);
create index bansos_kpm_kk on bansos_kpm (kk_hash);

-- A distribution round of a programme in a village, and each family's handover proof.
create table bansos_penyaluran (
    id           bigserial    primary key,
    program      varchar(30)  not null,
    desa_kode    varchar(20)  not null,
    periode      varchar(60)  not null,
    tanggal      date         not null,
    dibuat_oleh  varchar(60)  not null,
    dibuat_pada  timestamp with time zone not null
);
create index bansos_penyaluran_desa on bansos_penyaluran (desa_kode, tanggal);

create table bansos_serah_terima (
    id            bigserial    primary key,
    penyaluran_id bigint       not null references bansos_penyaluran (id),
    kpm_id        bigint       not null references bansos_kpm (id),
    tanggal       date         not null,
    penerima_nama varchar(120) not null,
    foto          bytea        not null,
    foto_tipe     varchar(20)  not null,
    bukti_jenis   varchar(12)  not null,
    bukti         bytea        not null,
    bukti_tipe    varchar(20)  not null,
    dicatat_oleh  varchar(60)  not null,
    dicatat_pada  timestamp with time zone not null,
    constraint bansos_serah_terima_unik unique (penyaluran_id, kpm_id)
);
