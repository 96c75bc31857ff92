-- Working-time calendar (kalender kerja). Office hours per ISO weekday (1 = Monday .. 7 = Sunday) per
-- kecamatan; the rows with kecamatan_kode '*' are the deployment default used by a kecamatan without rows.
-- A day with buka/tutup null is closed. One interval per day: the midday break is ignored.
create table kalender_jam_kerja (
    kecamatan_kode varchar(13) not null,
    hari           smallint    not null,
    buka           time,
    tutup          time,
    constraint kalender_jam_kerja_pk primary key (kecamatan_kode, hari),
    constraint kalender_jam_kerja_hari check (hari between 1 and 7),
    constraint kalender_jam_kerja_rentang check ((buka is null and tutup is null) or (buka < tutup))
);

-- Default Indonesian government office hours: Mon-Thu 07:30-16:00, Fri 07:30-16:30, Sat/Sun closed.
insert into kalender_jam_kerja (kecamatan_kode, hari, buka, tutup) values
    ('*', 1, time '07:30:00', time '16:00:00'),
    ('*', 2, time '07:30:00', time '16:00:00'),
    ('*', 3, time '07:30:00', time '16:00:00'),
    ('*', 4, time '07:30:00', time '16:00:00'),
    ('*', 5, time '07:30:00', time '16:30:00'),
    ('*', 6, null, null),
    ('*', 7, null, null);

-- Holidays: national (kecamatan_kode null, applies everywhere) or local to one kecamatan.
-- jenis: LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH.
create table kalender_libur (
    id             uuid         primary key,
    tanggal        date         not null,
    nama           varchar(150) not null,
    jenis          varchar(20)  not null,
    kecamatan_kode varchar(13),
    dibuat_oleh    varchar(60)  not null,
    dibuat_pada    timestamp with time zone not null
);
create index kalender_libur_tanggal_idx on kalender_libur (tanggal);

-- Which shipped seed entries were loaded once: a seeded holiday a user deleted is not loaded again.
create table kalender_benih (
    kunci      varchar(200) primary key,
    dimuat_pada timestamp with time zone not null
);
