-- Append-only audit trail. The application only inserts; on PostgreSQL a trigger refuses
-- updates and deletes (see db/migration/postgresql).
create table audit_log (
    id           bigserial primary key,
    waktu        timestamp with time zone not null,
    pelaku       varchar(60)  not null,
    aksi         varchar(20)  not null,
    jenis_data   varchar(40)  not null,
    data_id      varchar(80)  not null,
    wilayah_kode varchar(13),
    keterangan   varchar(500),
    alamat_ip    varchar(45)
);
create index audit_log_subjek_idx on audit_log (jenis_data, data_id);
create index audit_log_pelaku_idx on audit_log (pelaku, waktu);
create index audit_log_waktu_idx on audit_log (waktu);
