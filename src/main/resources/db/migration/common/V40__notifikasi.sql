-- Outbox of outgoing messages (in-app, WhatsApp, e-mail). A row is written in the caller's transaction
-- (transactional outbox); a scheduled sender claims due rows with a lease (status MENGIRIM, pemilik,
-- batas_klaim) so several application instances never send the same row at the same time.
create table notifikasi_keluar (
    id                  bigserial primary key,
    saluran             varchar(10)   not null,
    tujuan              varchar(254)  not null,
    subjek              varchar(300),
    isi                 varchar(4000),
    templat             varchar(100),
    parameter_templat   varchar(4000),
    kunci_unik          varchar(200)  unique,
    status              varchar(16)   not null,
    percobaan           integer       not null default 0,
    berikutnya          timestamp with time zone not null,
    pemilik             varchar(80),
    batas_klaim         timestamp with time zone,
    galat_terakhir      varchar(1000),
    id_penyedia         varchar(200),
    dibuat_pada         timestamp with time zone not null,
    terkirim_pada       timestamp with time zone,
    dibaca_pada         timestamp with time zone
);
-- The sender looks for due rows; the in-app page for one user's rows, newest first.
create index notifikasi_keluar_jatuh_tempo_idx on notifikasi_keluar (status, berikutnya);
create index notifikasi_keluar_tujuan_idx on notifikasi_keluar (saluran, tujuan, dibuat_pada);

-- When a citizen last wrote on WhatsApp (one row per inbound message; old rows are pruned). Free-form
-- text may be sent only within 24 hours of it, a template otherwise.
create table notifikasi_percakapan (
    id                  bigserial primary key,
    telepon             varchar(20)   not null,
    waktu               timestamp with time zone not null
);
create index notifikasi_percakapan_telepon_idx on notifikasi_percakapan (telepon, waktu);
