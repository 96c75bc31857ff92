-- The audit trail is append-only: refuse updates and deletes at the database level.
create or replace function audit_log_tolak_ubah() returns trigger as $$
begin
    raise exception 'audit_log hanya boleh ditambah (append-only)';
end;
$$ language plpgsql;

create trigger audit_log_tanpa_ubah
    before update or delete on audit_log
    for each row execute function audit_log_tolak_ubah();
