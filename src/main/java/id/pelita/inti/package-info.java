/**
 * Inti (core): the few types every module shares: roles ({@link id.pelita.inti.Peran}), menu entries and
 * access rules that modules contribute, and web-wide error handling. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inti", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.pelita.inti;
