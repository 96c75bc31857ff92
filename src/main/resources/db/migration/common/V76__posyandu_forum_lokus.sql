-- Posyandu: focus villages (lokus) per year and the FOKUS TUNTAS monthly forum (seed 004, Kec. Concong).
-- A forum meeting is an SOP case (FOKUS-TUNTAS, layanan module); these tables hold what the case's steps produce:
-- agenda, attendance, decisions and follow-up tasks.

-- Desa/kelurahan lokasi fokus (lokus) penurunan stunting of a year, as set by the district decree (e.g. Kpts.427/V/HK-2021).
create table lokus_desa (
    id             bigserial    primary key,
    tahun          integer      not null,
    desa_kode      varchar(13)  not null,
    kecamatan_kode varchar(8)   not null,
    dasar          varchar(300),
    dibuat_oleh    varchar(60)  not null,
    dibuat_pada    timestamp with time zone not null,
    constraint lokus_desa_unik unique (tahun, desa_kode)
);
create index lokus_desa_kecamatan_idx on lokus_desa (kecamatan_kode, tahun);

-- status: DIRENCANAKAN (invitation being prepared, SOP step 1), DIUNDANG (step 1 done: meeting ahead),
-- DISAHKAN (minutes confirmed by the camat, step 2), TINDAK_LANJUT_SELESAI (step 3), DILAPORKAN (steps 4-5),
-- BATAL.
create table forum_rapat (
    id             bigserial    primary key,
    kecamatan_kode varchar(8)   not null,
    bulan          date         not null,
    tanggal        date         not null,
    jam            varchar(5),
    tempat         varchar(200) not null,
    berkas_nomor   varchar(40),
    status         varchar(24)  not null,
    notulen        varchar(4000),
    dibuat_oleh    varchar(60)  not null,
    dibuat_pada    timestamp with time zone not null,
    diubah_pada    timestamp with time zone,
    versi          integer      not null default 0
);
create index forum_rapat_kecamatan_idx on forum_rapat (kecamatan_kode, bulan);
create unique index forum_rapat_berkas_idx on forum_rapat (berkas_nomor);

create table forum_agenda (
    id       bigserial    primary key,
    rapat_id bigint       not null references forum_rapat (id),
    urutan   integer      not null,
    judul    varchar(300) not null
);
create index forum_agenda_rapat_idx on forum_agenda (rapat_id);

-- Attendance: invited members (unsur: Forkopimcam, Pemerintah Desa, PKM, tenaga medis, ...), hadir set at the meeting.
create table forum_hadir (
    id       bigserial    primary key,
    rapat_id bigint       not null references forum_rapat (id),
    nama     varchar(120) not null,
    unsur    varchar(120) not null,
    hadir    boolean      not null default false
);
create index forum_hadir_rapat_idx on forum_hadir (rapat_id);

create table forum_keputusan (
    id       bigserial     primary key,
    rapat_id bigint        not null references forum_rapat (id),
    urutan   integer       not null,
    isi      varchar(1000) not null
);
create index forum_keputusan_rapat_idx on forum_keputusan (rapat_id);

-- Follow-up tasks: who, what, by when, and when done (and by whom, with a note).
create table forum_tindak_lanjut (
    id                bigserial     primary key,
    rapat_id          bigint        not null references forum_rapat (id),
    penanggung_jawab  varchar(120)  not null,
    uraian            varchar(1000) not null,
    tenggat           date          not null,
    selesai_pada      timestamp with time zone,
    selesai_oleh      varchar(60),
    catatan           varchar(1000)
);
create index forum_tindak_lanjut_rapat_idx on forum_tindak_lanjut (rapat_id);
