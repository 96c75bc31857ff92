/**
 * Layanan (services): SOPs executed on the embedded Flowable BPMN engine. A case (berkas) is one run of an
 * SOP version: each step a user task for its role group in the case's region, each time standard a
 * deadline in working time, late steps escalated, finished cases numbered in the SOP's register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Layanan")
package id.pelita.layanan;
