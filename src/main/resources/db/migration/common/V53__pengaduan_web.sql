-- The public web form (/lapor) and tracking page (/lacak): photos, the reporter's rating and reopening, and
-- the abuse counters shared by every instance behind a load balancer.

-- When the complaint was closed (status SELESAI); a reporter may reopen it within 7 days of this moment.
-- Whoever closes a complaint sets it; reopening clears it.
alter table pengaduan add column selesai_pada timestamp with time zone;

-- Photos of a web complaint, re-encoded server-side as JPEG (metadata such as EXIF/GPS is gone).
create table pengaduan_foto (
    id           bigserial    primary key,
    pengaduan_id bigint       not null references pengaduan (id),
    urutan       integer      not null,
    jenis        varchar(40)  not null,
    lebar        integer      not null,
    tinggi       integer      not null,
    isi          bytea        not null,
    constraint pengaduan_foto_unik unique (pengaduan_id, urutan)
);

-- The reporter's rating of the handling: one per complaint, only once it is SELESAI.
create table pengaduan_penilaian (
    pengaduan_id bigint       primary key references pengaduan (id),
    bintang      integer      not null,
    komentar     varchar(1000),
    dibuat_pada  timestamp with time zone not null
);

-- Each reopening by the reporter, with the reason given.
create table pengaduan_buka_kembali (
    id           bigserial    primary key,
    pengaduan_id bigint       not null references pengaduan (id),
    alasan       varchar(1000) not null,
    dibuat_pada  timestamp with time zone not null
);

-- Fixed-window counters for rate limits (per IP, per hashed phone number, per tracking code); rows of past
-- windows are deleted as new ones start.
create table pengaduan_batas (
    kunci        varchar(120) not null,
    jendela_akhir timestamp with time zone not null,
    jumlah       integer      not null,
    constraint pengaduan_batas_pk primary key (kunci, jendela_akhir)
);

-- Proof-of-work challenges already used: each solved challenge files at most one complaint.
create table pengaduan_tantangan_terpakai (
    tanda        varchar(128) primary key,
    kedaluwarsa  timestamp with time zone not null
);
