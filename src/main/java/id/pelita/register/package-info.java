/**
 * Register: official numbering of finished cases per register and year, e.g. {@code 001/KEMAS/I/2026}
 * in the "Register Rakor BSPPS", without gaps or duplicates even with several application instances.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register")
package id.pelita.register;
