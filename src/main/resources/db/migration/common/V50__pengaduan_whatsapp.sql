-- Complaints (pengaduan) and the WhatsApp channel's inbox and conversation state.

-- Every delivery of the Cloud API webhook whose signature was valid, stored raw (the exact signed bytes)
-- before it is answered; processed asynchronously. status: BARU, DIPROSES, TIDAK_TERPROSES (unreadable:
-- acknowledged anyway so Meta does not retry it for days).
create table pengaduan_wa_kiriman (
    id          bigserial    primary key,
    diterima    timestamp with time zone not null,
    payload     bytea        not null,
    status      varchar(20)  not null,
    catatan     varchar(500),
    jumlah_pesan  integer,
    jumlah_status integer,
    diproses    timestamp with time zone
);
create index pengaduan_wa_kiriman_status_idx on pengaduan_wa_kiriman (status, id);

-- One row per WhatsApp message id: Meta re-delivers for days, the unique constraint makes that harmless.
-- status: BARU, SELESAI, GAGAL.
create table pengaduan_wa_pesan (
    id          bigserial    primary key,
    pesan_id    varchar(200) not null,
    kiriman_id  bigint       not null references pengaduan_wa_kiriman (id),
    telepon     varchar(30)  not null,
    jenis       varchar(30)  not null,
    waktu       timestamp with time zone not null,
    status      varchar(20)  not null,
    constraint pengaduan_wa_pesan_unik unique (pesan_id)
);
create index pengaduan_wa_pesan_telepon_idx on pengaduan_wa_pesan (telepon, status);

-- The conversation with one phone number; forgotten after 24 hours of silence.
create table pengaduan_wa_percakapan (
    telepon       varchar(30)  primary key,
    tahap         varchar(20)  not null,
    kategori      varchar(20),
    desa_kode     varchar(13),
    calon_desa    varchar(300),
    uraian        varchar(2000),
    foto_media_id varchar(200),
    lintang       double precision,
    bujur         double precision,
    nama_profil   varchar(120),
    diperbarui    timestamp with time zone not null
);

-- A complaint, whatever its channel. status starts at DITERIMA.
create table pengaduan (
    id             bigserial    primary key,
    kode           varchar(12)  not null,
    kategori       varchar(20)  not null,
    desa_kode      varchar(13)  not null,
    kecamatan_kode varchar(13)  not null,
    uraian         varchar(2000) not null,
    saluran        varchar(20)  not null,
    telepon        varchar(30),
    nama_pelapor   varchar(120),
    foto_media_id  varchar(200),
    lintang        double precision,
    bujur          double precision,
    status         varchar(20)  not null,
    dibuat_pada    timestamp with time zone not null,
    constraint pengaduan_kode_unik unique (kode)
);
create index pengaduan_wilayah_idx on pengaduan (kecamatan_kode, status);
