-- Kemendagri region hierarchy: provinsi (2 digits), kabupaten/kota (NN.NN), kecamatan (NN.NN.NN),
-- desa/kelurahan (NN.NN.NN.NNNN). RT and RW below a village are created by users (table wilayah_rt).
create table wilayah (
    kode        varchar(13)  primary key,
    induk_kode  varchar(13),
    tingkat     varchar(10)  not null,
    nama        varchar(120) not null
);
create index wilayah_induk_idx on wilayah (induk_kode);

-- Which shipped data set is loaded, so the loader runs only when the file changes.
create table wilayah_dataset (
    id          integer primary key,
    checksum    varchar(64) not null,
    jumlah      integer     not null,
    dimuat_pada timestamp with time zone not null
);

create table wilayah_rt (
    id          bigserial primary key,
    desa_kode   varchar(13) not null references wilayah (kode),
    rw          varchar(3)  not null,
    rt          varchar(3)  not null,
    nama_ketua  varchar(120),
    dibuat_oleh varchar(60) not null,
    dibuat_pada timestamp with time zone not null,
    constraint wilayah_rt_unik unique (desa_kode, rw, rt)
);
