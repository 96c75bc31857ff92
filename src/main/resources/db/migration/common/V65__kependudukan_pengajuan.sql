-- TAJUK RETEH verification: every change a village operator makes to population data belongs to the village's
-- open submission (pengajuan). The kecamatan team verifies it (SOP case TAJUK-RETEH) or sends it back with
-- reasons; only verified changes count in published figures.
-- status: DRAF (collecting changes), DIAJUKAN (submitted), DIKEMBALIKAN (sent back, reasons in alasan_kembali),
-- TERVERIFIKASI (verified, closed). terbuka_desa holds the village code while the submission is open and null
-- once verified: its unique constraint keeps one open submission per village (no partial index, see STACK-NOTES).
create table pengajuan_penduduk (
    id              bigserial    primary key,
    desa_kode       varchar(13)  not null,
    terbuka_desa    varchar(13),
    status          varchar(14)  not null,
    berkas_nomor    varchar(40),
    putaran         integer      default 0 not null,
    alasan_kembali  varchar(1000),
    dibuat_oleh     varchar(60)  not null,
    dibuat_pada     timestamp with time zone not null,
    diajukan_oleh   varchar(60),
    diajukan_pada   timestamp with time zone,
    diperiksa_oleh  varchar(60),
    diperiksa_pada  timestamp with time zone,
    constraint pengajuan_penduduk_terbuka_unik unique (terbuka_desa)
);
create index pengajuan_penduduk_desa_idx on pengajuan_penduduk (desa_kode, status);

-- What a submission holds, one row per change as the operator made it (new family or resident, correction,
-- event, imported row). uraian never holds a NIK or KK number.
create table pengajuan_perubahan (
    id            bigserial    primary key,
    pengajuan_id  bigint       not null references pengajuan_penduduk (id),
    jenis         varchar(20)  not null,
    penduduk_id   bigint       references penduduk (id),
    keluarga_id   bigint       references keluarga (id),
    mutasi_id     bigint       references mutasi_penduduk (id),
    uraian        varchar(300) not null,
    dicatat_oleh  varchar(60)  not null,
    dicatat_pada  timestamp with time zone not null
);
create index pengajuan_perubahan_pengajuan_idx on pengajuan_perubahan (pengajuan_id, id);

-- Rows written before this migration (and fixtures written straight to the tables) count as verified.
-- An event and the interval it opens are verified with their submission; an interval closed by an unverified
-- event still counts as open in published figures until that submission is verified.
alter table mutasi_penduduk add column pengajuan_id bigint references pengajuan_penduduk (id);
alter table mutasi_penduduk add column terverifikasi boolean default true not null;
alter table penduduk_hadir add column pengajuan_id bigint references pengajuan_penduduk (id);
alter table penduduk_hadir add column terverifikasi boolean default true not null;
alter table penduduk_hadir add column pengajuan_selesai_id bigint references pengajuan_penduduk (id);
alter table penduduk_hadir add column selesai_terverifikasi boolean default true not null;
create index penduduk_hadir_pengajuan_idx on penduduk_hadir (pengajuan_id);
create index penduduk_hadir_pengajuan_selesai_idx on penduduk_hadir (pengajuan_selesai_id);
create index mutasi_penduduk_pengajuan_idx on mutasi_penduduk (pengajuan_id);
