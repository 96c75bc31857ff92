-- Signed documents issued by Pelita (dokumen module): the signed PDF as issued, its SHA-256 and who signed,
-- under an unguessable verification code printed as a QR code on the document (public page /verifikasi/{kode}).
create table dokumen_terbit (
    id              bigserial    primary key,
    kode            varchar(40)  not null,
    nomor           varchar(120) not null,
    judul           varchar(300) not null,
    wilayah_kode    varchar(20)  not null,
    rujukan         varchar(100),
    penanda_tangan  varchar(200) not null,
    sertifikat      varchar(500) not null,
    sertifikat_sha256 varchar(64) not null,
    sha256          varchar(64)  not null,
    pdf             bytea        not null,
    ditandatangani  timestamp with time zone not null,
    constraint dokumen_terbit_kode_unik unique (kode)
);
create index dokumen_terbit_rujukan on dokumen_terbit (rujukan);
