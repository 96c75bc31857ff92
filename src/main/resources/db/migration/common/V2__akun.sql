create table pengguna (
    id               bigserial primary key,
    username         varchar(60)  not null unique,
    nama             varchar(120) not null,
    email            varchar(160),
    telepon          varchar(30),
    sandi_hash       varchar(100) not null,
    -- Region scope: a kabupaten, kecamatan or desa code. Null only for a national ADMIN.
    wilayah_kode     varchar(13),
    -- Section (seksi) for KASI users, e.g. PEMERINTAHAN, KEMASYARAKATAN, PELAYANAN.
    seksi            varchar(40),
    aktif            boolean      not null default true,
    gagal_login      integer      not null default 0,
    terkunci_sampai  timestamp with time zone,
    sandi_diubah     timestamp with time zone,
    dibuat_pada      timestamp with time zone not null,
    versi            integer      not null default 0
);

create table pengguna_peran (
    pengguna_id bigint      not null references pengguna (id),
    peran       varchar(30) not null,
    primary key (pengguna_id, peran)
);

-- API tokens: only a SHA-256 of the token is kept; the token itself is shown once.
create table token_api (
    id            bigserial primary key,
    pengguna_id   bigint      not null references pengguna (id),
    nama          varchar(80) not null,
    token_hash    varchar(64) not null unique,
    dibuat_pada   timestamp with time zone not null,
    kedaluwarsa   timestamp with time zone,
    dicabut       boolean     not null default false,
    terakhir_pakai timestamp with time zone
);

-- One-time setup token for the first administrator of a production start.
create table setup_token (
    id          integer primary key,
    token_hash  varchar(64) not null,
    dibuat_pada timestamp with time zone not null
);
