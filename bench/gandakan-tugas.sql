-- Multiplies the open cases of a benchmark database (seeded through the service by bench/layanan.sh) until it
-- holds :target open tasks, cloning every row Flowable and Pelita keep for an open case, set-based.
--   psql -h 127.0.0.1 -U postgres -d pelita_bench -v target=100000 -f bench/gandakan-tugas.sql
-- Each seed case (process instance) is copied k = 1..n times. Ids of the copy are md5(old id || ':' || run || ':'
-- || k) as a UUID (run = open tasks before this run, so the script can be run again on its own output), so every reference (PROC_INST_ID_, PARENT_ID_, ROOT_PROC_INST_ID_, EXECUTION_ID_, TASK_ID_) maps the
-- same way and the copy is a whole case of its own: runtime rows (executions, task, identity links, variables,
-- timer job, activity instances), history rows (process, task, activities, variables, identity links, comment),
-- the Pelita case (layanan_berkas, new number from layanan_berkas_urut), its timeline row (layanan_langkah)
-- and its audit entry. Variables that name the case (berkasId, nomorBerkas) and the business key are rewritten.
-- Times are spread: a copy was opened 0-10 days before its seed and is due 0-14 days after its seed's
-- deadline (deadlines stay in the future, so no timer is overdue and the data stays a state the engine can
-- reach). Rows are copied as JSON (to_jsonb / jsonb_populate_record) so every column, present or future,
-- is carried over unless it is overridden here (lateral, so the record is built once per row, not per column).
\set ON_ERROR_STOP on
begin;

create function pg_temp.nid(id text, kunci text) returns text language sql immutable
    as $$ select case when id is null then null else md5(id || ':' || kunci)::uuid::text end $$;

-- seed: open cases with their process instance
create temp table benih on commit drop as
select e.id_ as pi, b.id as berkas_id, b.nomor, row_number() over (order by b.id) as rn
from act_ru_execution e join layanan_berkas b on b.proses_id = e.id_
where e.parent_id_ is null and b.status = 'BERJALAN';

select count(*) as benih from benih \gset
select count(*) as sudah from act_ru_task \gset
\echo seed cases: :benih, open tasks now: :sudah, target: :target

select setseed(0.2311);
create temp table peta on commit drop as
select bn.pi, bn.berkas_id as lama, bn.nomor as nomor_lama, :sudah || ':' || g.k as k,
       nextval('layanan_berkas_id_seq') as baru,
       regexp_replace(bn.nomor, '[0-9]+$', lpad(nextval('layanan_berkas_urut')::text, 6, '0')) as nomor,
       -make_interval(mins => floor(random() * 14400)::int) as c,   -- opened 0-10 days earlier
       make_interval(mins => floor(random() * 20160)::int) as d     -- due 0-14 days later
from benih bn cross join generate_series(1, ceil(greatest(:target - :sudah, 0)::numeric / :benih)::int) g(k)
where (g.k - 1) * :benih + bn.rn <= :target - :sudah;
create index on peta (pi);
analyze peta;
select count(*) as kopi from peta \gset
\echo copies to make: :kopi

-- runtime: executions (process instance, the user task's execution, the boundary timer's execution)
insert into act_ru_execution
select r.*
from act_ru_execution x join peta p on p.pi = x.proc_inst_id_
cross join lateral jsonb_populate_record(null::act_ru_execution, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k),
        'parent_id_', pg_temp.nid(x.parent_id_, p.k), 'root_proc_inst_id_', pg_temp.nid(x.root_proc_inst_id_, p.k),
        'business_key_', case when x.business_key_ is null then null else p.nomor end,
        'start_time_', x.start_time_ + p.c)) r;

create temp table tugas_benih on commit drop as
select t.id_, t.proc_inst_id_ from act_ru_task t join benih b on b.pi = t.proc_inst_id_;

insert into act_ru_task
select r.*
from act_ru_task x join peta p on p.pi = x.proc_inst_id_
cross join lateral jsonb_populate_record(null::act_ru_task, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k),
        'execution_id_', pg_temp.nid(x.execution_id_, p.k),
        'create_time_', x.create_time_ + p.c, 'claim_time_', x.claim_time_ + p.c,
        'due_date_', x.due_date_ + p.d)) r;

-- candidate groups (by task) and participants (by process instance)
insert into act_ru_identitylink
select r.*
from act_ru_identitylink x left join tugas_benih t on t.id_ = x.task_id_
join peta p on p.pi = coalesce(x.proc_inst_id_, t.proc_inst_id_)
cross join lateral jsonb_populate_record(null::act_ru_identitylink, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'task_id_', pg_temp.nid(x.task_id_, p.k),
        'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k))) r;

insert into act_ru_variable
select r.*
from act_ru_variable x join peta p on p.pi = x.proc_inst_id_
cross join lateral jsonb_populate_record(null::act_ru_variable, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k),
        'execution_id_', pg_temp.nid(x.execution_id_, p.k), 'task_id_', pg_temp.nid(x.task_id_, p.k))
        || case x.name_ when 'berkasId' then jsonb_build_object('long_', p.baru, 'text_', p.baru::text)
                        when 'nomorBerkas' then jsonb_build_object('text_', p.nomor)
                        else '{}'::jsonb end) r;

insert into act_ru_timer_job
select r.*
from act_ru_timer_job x join peta p on p.pi = x.process_instance_id_
cross join lateral jsonb_populate_record(null::act_ru_timer_job, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'process_instance_id_', pg_temp.nid(x.process_instance_id_, p.k),
        'execution_id_', pg_temp.nid(x.execution_id_, p.k), 'correlation_id_', pg_temp.nid(x.correlation_id_, p.k),
        'duedate_', x.duedate_ + p.d, 'create_time_', x.create_time_ + p.c)) r;

insert into act_ru_actinst
select r.*
from act_ru_actinst x join peta p on p.pi = x.proc_inst_id_
cross join lateral jsonb_populate_record(null::act_ru_actinst, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k),
        'execution_id_', pg_temp.nid(x.execution_id_, p.k), 'task_id_', pg_temp.nid(x.task_id_, p.k),
        'start_time_', x.start_time_ + p.c, 'end_time_', x.end_time_ + p.c)) r;

-- history
insert into act_hi_procinst
select r.*
from act_hi_procinst x join peta p on p.pi = x.proc_inst_id_
cross join lateral jsonb_populate_record(null::act_hi_procinst, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k),
        'business_key_', p.nomor, 'start_time_', x.start_time_ + p.c)) r;

insert into act_hi_taskinst
select r.*
from act_hi_taskinst x join peta p on p.pi = x.proc_inst_id_
cross join lateral jsonb_populate_record(null::act_hi_taskinst, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k),
        'execution_id_', pg_temp.nid(x.execution_id_, p.k),
        'start_time_', x.start_time_ + p.c, 'claim_time_', x.claim_time_ + p.c,
        'last_updated_time_', x.last_updated_time_ + p.c, 'due_date_', x.due_date_ + p.d)) r;

insert into act_hi_actinst
select r.*
from act_hi_actinst x join peta p on p.pi = x.proc_inst_id_
cross join lateral jsonb_populate_record(null::act_hi_actinst, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k),
        'execution_id_', pg_temp.nid(x.execution_id_, p.k), 'task_id_', pg_temp.nid(x.task_id_, p.k),
        'start_time_', x.start_time_ + p.c, 'end_time_', x.end_time_ + p.c)) r;

insert into act_hi_varinst
select r.*
from act_hi_varinst x join peta p on p.pi = x.proc_inst_id_
cross join lateral jsonb_populate_record(null::act_hi_varinst, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k),
        'execution_id_', pg_temp.nid(x.execution_id_, p.k), 'task_id_', pg_temp.nid(x.task_id_, p.k),
        'create_time_', x.create_time_ + p.c, 'last_updated_time_', x.last_updated_time_ + p.c)
        || case x.name_ when 'berkasId' then jsonb_build_object('long_', p.baru, 'text_', p.baru::text)
                        when 'nomorBerkas' then jsonb_build_object('text_', p.nomor)
                        else '{}'::jsonb end) r;

create temp table hi_tugas_benih on commit drop as
select t.id_, t.proc_inst_id_ from act_hi_taskinst t join benih b on b.pi = t.proc_inst_id_;

insert into act_hi_identitylink
select r.*
from act_hi_identitylink x left join hi_tugas_benih t on t.id_ = x.task_id_
join peta p on p.pi = coalesce(x.proc_inst_id_, t.proc_inst_id_)
cross join lateral jsonb_populate_record(null::act_hi_identitylink, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'task_id_', pg_temp.nid(x.task_id_, p.k),
        'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k), 'create_time_', x.create_time_ + p.c)) r;

insert into act_hi_comment
select r.*
from act_hi_comment x left join hi_tugas_benih t on t.id_ = x.task_id_
join peta p on p.pi = coalesce(x.proc_inst_id_, t.proc_inst_id_)
cross join lateral jsonb_populate_record(null::act_hi_comment, to_jsonb(x) || jsonb_build_object(
        'id_', pg_temp.nid(x.id_, p.k), 'task_id_', pg_temp.nid(x.task_id_, p.k),
        'proc_inst_id_', pg_temp.nid(x.proc_inst_id_, p.k), 'time_', x.time_ + p.c)) r;

-- Pelita: the case, its timeline row and its audit entry
insert into layanan_berkas (id, nomor, sop_kode, sop_versi, sop_nama, proses_id, wilayah_kode, kecamatan_kode,
                            pemohon_nama, pemohon_kontak, ringkasan, status, nomor_register, dibuat_oleh, dibuat_pada,
                            selesai_pada)
select p.baru, p.nomor, b.sop_kode, b.sop_versi, b.sop_nama, pg_temp.nid(b.proses_id, p.k), b.wilayah_kode,
       b.kecamatan_kode, b.pemohon_nama || ' /' || split_part(p.k, ':', 2), b.pemohon_kontak, b.ringkasan, b.status, b.nomor_register,
       b.dibuat_oleh, b.dibuat_pada + p.c, b.selesai_pada
from layanan_berkas b join peta p on p.lama = b.id;

insert into layanan_langkah (berkas_id, langkah_no, kegiatan, peran, tugas_id, mulai, tenggat, selesai, oleh,
                             durasi_menit, terlambat, dieskalasi_ke, keputusan, output, catatan, kelengkapan)
select p.baru, l.langkah_no, l.kegiatan, l.peran, pg_temp.nid(l.tugas_id, p.k), l.mulai + p.c, l.tenggat + p.d,
       l.selesai, l.oleh, l.durasi_menit, l.terlambat, l.dieskalasi_ke, l.keputusan, l.output, l.catatan, l.kelengkapan
from layanan_langkah l join peta p on p.lama = l.berkas_id;

insert into audit_log (waktu, pelaku, aksi, jenis_data, data_id, wilayah_kode, keterangan, alamat_ip)
select a.waktu + p.c, a.pelaku, a.aksi, a.jenis_data, p.nomor, a.wilayah_kode, a.keterangan, a.alamat_ip
from audit_log a join peta p on p.nomor_lama = a.data_id and a.jenis_data = 'berkas';

commit;

select (select count(*) from act_ru_task) as open_tasks,
       (select count(*) from act_ru_execution where parent_id_ is null) as process_instances,
       (select count(*) from act_ru_timer_job) as timer_jobs,
       (select count(*) from layanan_berkas where status = 'BERJALAN') as open_cases,
       (select count(*) from act_ru_execution e where parent_id_ is null
          and not exists (select 1 from layanan_berkas b where b.proses_id = e.id_)) as instances_without_case;
