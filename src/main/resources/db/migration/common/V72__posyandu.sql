-- Posyandu (integrated village health post) and the KIA book (Buku Kesehatan Ibu dan Anak) of seed 004
-- (GERAH TIAN HARI NI / FOKUS TUNTAS, Kec. Concong): posyandu and their cadres, the monthly session schedule,
-- mothers and children with their KIA book, sessions with attendance and measurements (every z-score and
-- Permenkes 2/2020 category stored as computed by module antropometri), stunting referrals to the PUL KOMPAS
-- SOP, and interventions (processed animal protein as supplementary food, and other actions).
-- Health data is personal data (UU 27/2022): reads of a child's record are audited by the application.

-- One posyandu of a village.
create table posyandu (
    id           bigserial    primary key,
    desa_kode    varchar(13)  not null,               -- village (wilayah code, 13 chars) the posyandu serves
    nama         varchar(100) not null,               -- name, e.g. "Posyandu Melati"
    rt           varchar(3),                          -- RT (neighbourhood unit) where it meets, optional
    rw           varchar(3),                          -- RW (community unit) where it meets, optional
    alamat       varchar(200),                        -- meeting place / address shown on the public schedule
    aktif        boolean      not null default true,  -- false: closed, kept for history
    dibuat_oleh  varchar(60)  not null,               -- username who created it
    dibuat_pada  timestamp with time zone not null,   -- when it was created
    constraint posyandu_nama_unik unique (desa_kode, nama)
);
create index posyandu_desa_idx on posyandu (desa_kode);

-- Cadres (kader) of a posyandu: users with role KADER_POSYANDU of the same village.
create table kader_posyandu (
    posyandu_id  bigint       not null references posyandu (id), -- the posyandu
    username     varchar(60)  not null,                          -- the cadre's username (module akun)
    ketua        boolean      not null default false,            -- head cadre of this posyandu
    primary key (posyandu_id, username)
);
create index kader_posyandu_user_idx on kader_posyandu (username);

-- The monthly session schedule: one row per planned session day.
create table jadwal_posyandu (
    id           bigserial    primary key,
    posyandu_id  bigint       not null references posyandu (id), -- the posyandu
    tanggal      date         not null,                          -- session day
    jam_mulai    time         not null,                          -- start time (local time of the village)
    jam_selesai  time,                                           -- end time, optional
    tempat       varchar(200),                                   -- place if not the posyandu's usual address
    keterangan   varchar(300),                                   -- note for citizens (e.g. "bawa buku KIA")
    dibatalkan   boolean      not null default false,            -- cancelled: shown struck out, not in answers
    dibuat_oleh  varchar(60)  not null,                          -- who scheduled it
    dibuat_pada  timestamp with time zone not null,              -- when it was scheduled
    constraint jadwal_posyandu_unik unique (posyandu_id, tanggal)
);
create index jadwal_posyandu_tanggal_idx on jadwal_posyandu (tanggal);

-- Mothers in the KIA book register (every mother of a child under 6 gets a book).
create table ibu_kia (
    id                  bigserial    primary key,
    desa_kode           varchar(13)  not null,   -- village where she lives
    posyandu_id         bigint       references posyandu (id), -- posyandu she attends, optional
    penduduk_id         bigint,                  -- resident id in module kependudukan when registered (by NIK)
    nama                varchar(120) not null,   -- name (copied from the register when linked)
    tanggal_lahir       date,                    -- birth date, optional
    telepon             varchar(20),             -- phone / WhatsApp for schedule reminders, optional
    no_buku_kia         varchar(40),             -- KIA book number, null = has no book yet
    buku_diserahkan_pada date,                   -- day the KIA book was handed over
    buku_diserahkan_oleh varchar(60),            -- username who handed it over
    dibuat_oleh         varchar(60)  not null,   -- who entered her
    dibuat_pada         timestamp with time zone not null, -- when she was entered
    diubah_pada         timestamp with time zone,          -- last change
    constraint ibu_kia_penduduk_unik unique (penduduk_id),
    constraint ibu_kia_buku_unik unique (no_buku_kia)
);
create index ibu_kia_desa_idx on ibu_kia (desa_kode);

-- Children in the KIA book register (under-fives weighed at the posyandu; newborns before registration).
create table anak_kia (
    id              bigserial    primary key,
    desa_kode       varchar(13)  not null,   -- village where the child lives
    posyandu_id     bigint       references posyandu (id), -- posyandu the child attends, optional
    ibu_id          bigint       references ibu_kia (id),  -- mother in the KIA register, optional
    penduduk_id     bigint,                  -- resident id in kependudukan; null until a newborn is registered
    nama            varchar(120) not null,   -- name (copied from the register when linked)
    jenis_kelamin   char(1)      not null,   -- L (laki-laki) / P (perempuan)
    tanggal_lahir   date         not null,   -- birth date (age for the z-scores)
    berat_lahir_kg  numeric(4,2),            -- birth weight in kg, optional
    panjang_lahir_cm numeric(4,1),           -- birth length in cm, optional
    dibuat_oleh     varchar(60)  not null,   -- who entered the child
    dibuat_pada     timestamp with time zone not null, -- when
    diubah_pada     timestamp with time zone,          -- last change (e.g. linked to the register)
    constraint anak_kia_penduduk_unik unique (penduduk_id)
);
create index anak_kia_desa_idx on anak_kia (desa_kode);
create index anak_kia_ibu_idx on anak_kia (ibu_id);

-- One posyandu session held (a day of weighing), opened by a cadre.
create table sesi_posyandu (
    id                  bigserial    primary key,
    posyandu_id         bigint       not null references posyandu (id), -- the posyandu
    jadwal_id           bigint       references jadwal_posyandu (id),   -- the scheduled day it fulfils, optional
    tanggal             date         not null,   -- the day it was held (measurement date)
    status              varchar(10)  not null,   -- BUKA (measuring) / SELESAI (closed, report made)
    dibuka_oleh         varchar(60)  not null,   -- cadre who opened it
    dibuka_pada         timestamp with time zone not null, -- when
    ditutup_oleh        varchar(60),             -- who closed it
    ditutup_pada        timestamp with time zone,-- when it was closed
    catatan             varchar(1000),           -- cadre's notes for the report (counselling given, etc.)
    laporan_dikirim_pada timestamp with time zone, -- when the session report went to the camat (seed 004 step 5)
    constraint sesi_posyandu_unik unique (posyandu_id, tanggal)
);
create index sesi_posyandu_tanggal_idx on sesi_posyandu (tanggal);

-- Attendance of a child at a session (the "D" of SKDN when hadir).
create table kehadiran_posyandu (
    sesi_id      bigint       not null references sesi_posyandu (id), -- the session
    anak_id      bigint       not null references anak_kia (id),      -- the child
    hadir        boolean      not null,                               -- came (true) / marked absent (false)
    bawa_buku_kia boolean     not null default false,                 -- brought the KIA book (seed 004: mandatory)
    dicatat_oleh varchar(60)  not null,                               -- cadre who ticked it
    dicatat_pada timestamp with time zone not null,                   -- when
    primary key (sesi_id, anak_id)
);

-- A child's measurement at a session, with the z-scores and categories computed by module antropometri at
-- saving time (WHO 2006/2007, Permenkes 2/2020). One per child per session: a re-post updates it.
create table pengukuran_anak (
    id                  bigserial    primary key,
    sesi_id             bigint       not null references sesi_posyandu (id), -- the session
    anak_id             bigint       not null references anak_kia (id),      -- the child
    tanggal_ukur        date         not null,   -- measurement date (= session day)
    umur_hari           integer      not null,   -- age in days at measurement
    umur_bulan          integer      not null,   -- age in completed months
    berat_kg            numeric(5,2),            -- weight in kg, null = not weighed
    panjang_cm          numeric(5,1),            -- length/height in cm as measured (uncorrected)
    cara_ukur           varchar(16),             -- TELENTANG (lying, length) / BERDIRI (standing, height)
    lingkar_kepala_cm   numeric(4,1),            -- head circumference in cm
    lila_cm             numeric(4,1),            -- mid-upper arm circumference (LiLA) in cm
    edema               boolean      not null default false, -- bilateral pitting oedema
    vitamin_a           boolean      not null default false, -- vitamin A capsule given at this session
    imunisasi           varchar(200),            -- vaccines given at this session, comma separated codes
    panjang_dipakai_cm  numeric(5,1),            -- length/height after the 0.7 cm correction
    imt                 numeric(5,2),            -- body-mass index kg/m2
    zlen                numeric(5,2),            -- z TB/U (length/height-for-age)
    zwei                numeric(5,2),            -- z BB/U (weight-for-age)
    zwfl                numeric(5,2),            -- z BB/TB (weight-for-length/height)
    zbmi                numeric(5,2),            -- z IMT/U (BMI-for-age)
    kategori_tbu        varchar(30),             -- SANGAT_PENDEK / PENDEK / NORMAL / TINGGI
    kategori_bbu        varchar(30),             -- BERAT_BADAN_SANGAT_KURANG / _KURANG / _NORMAL / RISIKO_..._LEBIH
    kategori_bbtb       varchar(30),             -- GIZI_BURUK / GIZI_KURANG / GIZI_BAIK / BERISIKO_GIZI_LEBIH / GIZI_LEBIH / OBESITAS
    kategori_imtu       varchar(30),             -- same classes as BB/TB
    kenaikan            char(1),                 -- KMS judgement: N naik / T tidak naik / O not weighed last month / B new
    kenaikan_gram       integer,                 -- weight change since last month in grams (N/T only)
    kbm_gram            integer,                 -- minimum monthly gain (KBM) for the age in grams (N/T only)
    bendera             varchar(1000),           -- antropometri flags (why an index is missing), "INDIKATOR:KODE" joined by ";"
    dicatat_oleh        varchar(60)  not null,   -- cadre who saved it
    dicatat_pada        timestamp with time zone not null, -- first saved
    diubah_oleh         varchar(60),             -- who saved it again
    diubah_pada         timestamp with time zone,          -- last re-save
    constraint pengukuran_anak_unik unique (sesi_id, anak_id)
);
create index pengukuran_anak_anak_idx on pengukuran_anak (anak_id, tanggal_ukur);
create index pengukuran_anak_tanggal_idx on pengukuran_anak (tanggal_ukur);

-- A child referred to the stunting-handling SOP (PUL KOMPAS) by a measurement: one open case per child.
create table rujukan_stunting (
    id              bigserial    primary key,
    anak_id         bigint       not null references anak_kia (id),        -- the child
    pengukuran_id   bigint       not null references pengukuran_anak (id), -- the measurement that triggered it
    alasan          varchar(100) not null,   -- reasons joined by ",": PENDEK (TB/U<-2), SANGAT_PENDEK (<-3), GIZI_BURUK (BB/TB<-3), TIDAK_NAIK_2X
    nomor_berkas    varchar(40)  not null,   -- case number in module layanan
    dibuat_pada     timestamp with time zone not null -- when the case was opened
);
create index rujukan_stunting_anak_idx on rujukan_stunting (anak_id);

-- An intervention for a child (GERAH TIAN HARI NI: processed animal protein as supplementary food, and others).
-- Its outcome is the change in z-scores from the measurement before the start to the one nearest start+90 days.
create table intervensi_anak (
    id              bigserial    primary key,
    anak_id         bigint       not null references anak_kia (id), -- the child
    jenis           varchar(20)  not null,   -- TELUR / IKAN / AYAM / SUSU / PMT_LAIN / KONSELING / RUJUK_PUSKESMAS / LAINNYA
    uraian          varchar(300),            -- what exactly (e.g. "telur rebus, nugget ikan gabus")
    jumlah          numeric(8,2),            -- how much per day
    satuan          varchar(20),             -- unit of jumlah (butir, gram, ml, porsi)
    lama_hari       integer      not null,   -- for how many days
    mulai           date         not null,   -- first day
    pemberi         varchar(120),            -- who provides it (PKK, puskesmas, village fund)
    nomor_berkas    varchar(40),             -- PUL KOMPAS case it belongs to, optional
    dicatat_oleh    varchar(60)  not null,   -- who recorded it
    dicatat_pada    timestamp with time zone not null -- when
);
create index intervensi_anak_anak_idx on intervensi_anak (anak_id);
