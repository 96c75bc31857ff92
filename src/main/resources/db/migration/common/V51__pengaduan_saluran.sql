-- Every channel files through one door (PenerimaPengaduan): the reporter may ask to stay anonymous (hidden from
-- the public and from staff below the camat), may leave an e-mail for status messages, and a walk-in or
-- phone complaint records the officer who keyed it.
alter table pengaduan add column anonim boolean default false not null;
alter table pengaduan add column email varchar(200);
alter table pengaduan add column dicatat_oleh varchar(60);
