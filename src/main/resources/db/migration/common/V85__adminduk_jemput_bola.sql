-- Adminduk: jemput bola e-KTP (SOP JEMPUT-BOLA-EKTP, Kec. Dolopo, seed 003). One batch (angkatan) of vulnerable
-- residents runs as one SOP case; each resident's progress is kept here. Residents are referred to by the
-- population register's id; name and masked NIK are copied for the lists (the register keeps the real record).
create table jemput_bola (
    id              bigserial    primary key,
    kecamatan_kode  varchar(20)  not null,
    nama            varchar(200) not null,
    status          varchar(20)  not null,
    berkas_nomor    varchar(40),
    langkah         integer,
    rapat_tanggal   date,
    rapat_catatan   varchar(2000),
    rekam_mulai     timestamp with time zone,
    dibuat_oleh     varchar(100) not null,
    dibuat_pada     timestamp with time zone not null
);
create index jemput_bola_kecamatan on jemput_bola (kecamatan_kode);
create index jemput_bola_berkas on jemput_bola (berkas_nomor);

create table jemput_bola_warga (
    id                bigserial    primary key,
    jemput_bola_id    bigint       not null references jemput_bola (id),
    penduduk_id       bigint       not null,
    desa_kode         varchar(20)  not null,
    nama              varchar(200) not null,
    nik_samar         varchar(20)  not null,
    kategori          varchar(60)  not null,
    alamat            varchar(300) not null,
    rt                varchar(3),
    rw                varchar(3),
    status            varchar(20)  not null,
    alasan            varchar(500),
    kunjungan_tanggal date,
    petugas           varchar(200),
    urutan            integer,
    hasil_pada        timestamp with time zone,
    direkam_pada      timestamp with time zone,
    dicetak_pada      timestamp with time zone,
    di_kecamatan_pada timestamp with time zone,
    di_desa_pada      timestamp with time zone,
    diserahkan_pada   timestamp with time zone,
    penerima_nama     varchar(200),
    penerima_tanggal  date,
    bukti_jenis       varchar(40),
    bukti_foto        bytea,
    usulan_program    varchar(200),
    usulan_status     varchar(20),
    usulan_alasan     varchar(500),
    difasilitasi_pada timestamp with time zone,
    diusulkan_oleh    varchar(100) not null,
    diusulkan_pada    timestamp with time zone not null,
    constraint jemput_bola_warga_unik unique (jemput_bola_id, penduduk_id)
);
create index jemput_bola_warga_penduduk on jemput_bola_warga (penduduk_id);

-- Social aid a resident already receives (step 9), one row per programme.
create table jemput_bola_bantuan (
    warga_id  bigint      not null references jemput_bola_warga (id),
    program   varchar(20) not null,
    constraint jemput_bola_bantuan_pk primary key (warga_id, program)
);
