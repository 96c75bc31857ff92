-- Handling complaints: the case (berkas) that runs the SOP for a complaint, its outcome (merged into another
-- complaint, or refused as invalid with a reason), staff notes (internal, or public = shown to the reporter)
-- and the closing reports sent to the district team.

-- A case opened by the system for another module names what it is for (e.g. a complaint code).
alter table layanan_berkas add column rujukan varchar(60);

alter table pengaduan add column berkas_nomor varchar(40);
alter table pengaduan add column digabung_ke varchar(12);
alter table pengaduan add column alasan varchar(1000);
alter table pengaduan add column diperbarui_pada timestamp with time zone;
create index pengaduan_berkas_idx on pengaduan (berkas_nomor);
create index pengaduan_desa_idx on pengaduan (desa_kode, status);

create table pengaduan_catatan (
    id           bigserial    primary key,
    pengaduan_id bigint       not null references pengaduan (id),
    isi          varchar(2000) not null,
    publik       boolean      not null,
    oleh         varchar(60)  not null,
    dibuat_pada  timestamp with time zone not null
);
create index pengaduan_catatan_idx on pengaduan_catatan (pengaduan_id, id);

-- The closing report of a handled complaint, in the inbox of the district team of its kabupaten.
create table pengaduan_laporan (
    id             bigserial    primary key,
    pengaduan_id   bigint       not null references pengaduan (id),
    berkas_nomor   varchar(40)  not null,
    kabupaten_kode varchar(13)  not null,
    judul          varchar(300) not null,
    pdf            bytea        not null,
    dibuat_pada    timestamp with time zone not null,
    constraint pengaduan_laporan_unik unique (pengaduan_id)
);
create index pengaduan_laporan_kabupaten_idx on pengaduan_laporan (kabupaten_kode, id);
