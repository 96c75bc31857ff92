-- Open311 GeoReport v2 (/open311/v2): which API key filed which complaint. The api_key of a POST is a personal
-- API token (plt_..., table token_api); the complaint itself goes to table pengaduan like every channel's, this
-- only keeps who is accountable for it (a misused key is revoked like any token) and the client's own ids.
create table pengaduan_open311 (
    pengaduan_kode varchar(12)  primary key references pengaduan (kode),
    pengguna_id    bigint       not null,
    username       varchar(60)  not null,
    token_api_id   bigint,
    device_id      varchar(200),
    account_id     varchar(200),
    dibuat_pada    timestamp with time zone not null
);
create index pengaduan_open311_pengguna_idx on pengaduan_open311 (pengguna_id);
