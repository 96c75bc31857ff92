/**
 * SOP (Standar Operasional Prosedur): service procedures as data, in the format of Permendagri 52/2011:
 * identity, legal basis, executor qualifications, related SOPs, equipment, warning, recording, and the step
 * table (activity, acting role, required items, time standard, output, remark, decisions). Versioned;
 * printed as the official document; executed by the {@code layanan} module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SOP")
package id.pelita.sop;
