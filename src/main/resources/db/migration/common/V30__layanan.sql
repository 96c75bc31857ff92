-- Cases (berkas): one run of one SOP version; the Flowable process instance carries the flow, these
-- tables carry what people see and what SLA figures are computed from.
create sequence layanan_berkas_urut start with 1;

create table layanan_berkas (
    id              bigserial primary key,
    nomor           varchar(40)  not null unique,
    sop_kode        varchar(40)  not null,
    sop_versi       integer      not null,
    sop_nama        varchar(300) not null,
    proses_id       varchar(64),
    wilayah_kode    varchar(13)  not null,
    kecamatan_kode  varchar(13)  not null,
    pemohon_nama    varchar(160),
    pemohon_kontak  varchar(60),
    ringkasan       varchar(2000),
    status          varchar(20)  not null,
    nomor_register  varchar(60),
    dibuat_oleh     varchar(60)  not null,
    dibuat_pada     timestamp with time zone not null,
    selesai_pada    timestamp with time zone
);
create index layanan_berkas_wilayah_idx on layanan_berkas (kecamatan_kode, status);
create index layanan_berkas_sop_idx on layanan_berkas (sop_kode, status);

-- One row each time a step is active: who, when, against which deadline, with what result.
create table layanan_langkah (
    id              bigserial primary key,
    berkas_id       bigint       not null references layanan_berkas (id),
    langkah_no      integer      not null,
    kegiatan        varchar(1000) not null,
    peran           varchar(30)  not null,
    tugas_id        varchar(64)  not null unique,
    mulai           timestamp with time zone not null,
    tenggat         timestamp with time zone,
    selesai         timestamp with time zone,
    oleh            varchar(60),
    durasi_menit    integer,
    terlambat       boolean      not null default false,
    dieskalasi_ke   varchar(60),
    keputusan       varchar(10),
    output          varchar(1000),
    catatan         varchar(2000),
    kelengkapan     varchar(2000)
);
create index layanan_langkah_berkas_idx on layanan_langkah (berkas_id, id);

create table layanan_lampiran (
    id              bigserial primary key,
    berkas_id       bigint       not null references layanan_berkas (id),
    langkah_id      bigint       references layanan_langkah (id),
    nama_berkas     varchar(200) not null,
    jenis           varchar(100) not null,
    ukuran          bigint       not null,
    isi             bytea        not null,
    diunggah_oleh   varchar(60)  not null,
    diunggah_pada   timestamp with time zone not null
);
create index layanan_lampiran_berkas_idx on layanan_lampiran (berkas_id);
