-- SOP definitions, one row per version. A version is never changed: a revision inserts the next one.
create table sop_versi (
    id             bigserial primary key,
    kode           varchar(40)   not null,
    versi          integer       not null,
    nama           varchar(500)  not null,
    nomor          varchar(200),
    yaml           text          not null,
    checksum       varchar(64)   not null,
    dibuat_oleh    varchar(60)   not null,
    dibuat_pada    timestamp with time zone not null,
    catatan_revisi varchar(1000),
    constraint sop_versi_kode_versi_uk unique (kode, versi)
);
