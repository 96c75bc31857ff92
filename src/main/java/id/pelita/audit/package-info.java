/**
 * Audit: an append-only log of who did what to which record and when, including every read of personal
 * data (UU 27/2022 on personal data protection). Modules write through {@link id.pelita.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.pelita.audit;
