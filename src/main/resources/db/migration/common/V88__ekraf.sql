-- Ekonomi kreatif (creative economy): the VCO programme of Kec. Mandah (SOP 018/MDH-UM/II/2022).

-- Producers (pelaku ekonomi kreatif), registered by decree (SK). Contact details are shown on the public
-- catalogue only when the producer agreed (publikasi_kontak).
create table ekraf_pelaku (
    id                   bigserial     primary key,
    kecamatan_kode       varchar(20)   not null,
    desa_kode            varchar(20)   not null,
    nama                 varchar(160)  not null,
    nama_usaha           varchar(160),
    sk_nomor             varchar(80)   not null,
    sk_tanggal           date          not null,
    produk               varchar(200)  not null,
    kapasitas            numeric(12,2),
    kapasitas_satuan     varchar(40),
    pirt_nomor           varchar(40),
    pirt_berlaku_sampai  date,
    halal_nomor          varchar(60),
    halal_berlaku_sampai date,
    telepon              varchar(20),
    alamat               varchar(300),
    publikasi_kontak     boolean       not null,
    aktif                boolean       not null,
    dibuat_oleh          varchar(80)   not null,
    dibuat_pada          timestamp with time zone not null,
    diubah_pada          timestamp with time zone not null
);
create index ekraf_pelaku_wilayah_idx on ekraf_pelaku (kecamatan_kode, desa_kode);

-- A year's programme plan: one case of the VCO SOP per kecamatan and year.
create table ekraf_program (
    id              bigserial     primary key,
    kecamatan_kode  varchar(20)   not null,
    tahun           integer       not null,
    judul           varchar(200)  not null,
    rancangan       varchar(4000) not null,
    berkas_nomor    varchar(40),
    langkah_selesai integer       not null,
    status          varchar(20)   not null,
    dibuat_oleh     varchar(80)   not null,
    dibuat_pada     timestamp with time zone not null,
    diubah_pada     timestamp with time zone not null,
    constraint ekraf_program_tahun_unik unique (kecamatan_kode, tahun)
);
create index ekraf_program_berkas_idx on ekraf_program (berkas_nomor);

-- Counselling sessions for PKK women (SOP step 2, PENYULUHAN) and coaching visits to producers (step 3,
-- PEMBINAAN), with the attendance and photos below.
create table ekraf_kegiatan (
    id           bigserial     primary key,
    program_id   bigint        not null references ekraf_program (id),
    jenis        varchar(20)   not null,
    tanggal      date          not null,
    tempat       varchar(200)  not null,
    pelaku_id    bigint        references ekraf_pelaku (id),
    catatan      varchar(4000),
    dibuat_oleh  varchar(80)   not null,
    dibuat_pada  timestamp with time zone not null
);
create index ekraf_kegiatan_program_idx on ekraf_kegiatan (program_id);

create table ekraf_kehadiran (
    id          bigserial    primary key,
    kegiatan_id bigint       not null references ekraf_kegiatan (id),
    urutan      integer      not null,
    nama        varchar(160) not null,
    keterangan  varchar(200),
    constraint ekraf_kehadiran_unik unique (kegiatan_id, urutan)
);

-- Photos re-encoded server-side as JPEG (EXIF/GPS gone).
create table ekraf_foto (
    id          bigserial   primary key,
    kegiatan_id bigint      not null references ekraf_kegiatan (id),
    urutan      integer     not null,
    lebar       integer     not null,
    tinggi      integer     not null,
    isi         bytea       not null,
    constraint ekraf_foto_unik unique (kegiatan_id, urutan)
);

-- Stakeholder support received (SOP step 4): who gave what, its value in rupiah, when, to whom.
create table ekraf_dukungan (
    id           bigserial     primary key,
    program_id   bigint        not null references ekraf_program (id),
    pemberi      varchar(200)  not null,
    bentuk       varchar(500)  not null,
    nilai        numeric(15,2),
    tanggal      date          not null,
    pelaku_id    bigint        references ekraf_pelaku (id),
    dibuat_oleh  varchar(80)   not null,
    dibuat_pada  timestamp with time zone not null
);
create index ekraf_dukungan_program_idx on ekraf_dukungan (program_id);
