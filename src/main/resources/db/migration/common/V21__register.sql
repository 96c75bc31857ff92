-- Official numbering. One counter row per register and year, locked (select ... for update) while a number
-- is issued, so concurrent callers in any instance queue on it; the number rolls back with the caller's
-- transaction, leaving no gap.
create table register_penghitung (
    kode_register varchar(60) not null,
    tahun         integer     not null,
    terakhir      integer     not null,
    constraint register_penghitung_pk primary key (kode_register, tahun)
);

create table register_nomor (
    id            bigserial    primary key,
    kode_register varchar(60)  not null,
    tahun         integer      not null,
    urut          integer      not null,
    nomor         varchar(120) not null,
    referensi     varchar(200),
    diterbitkan   timestamp with time zone not null,
    constraint register_nomor_urut_unik unique (kode_register, tahun, urut),
    constraint register_nomor_nomor_unik unique (kode_register, nomor)
);
