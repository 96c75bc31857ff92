/**
 * Kalender kerja (working-time calendar) per kecamatan: office hours per weekday, weekends, national
 * holidays and collective leave (cuti bersama), editable. SOP time standards count only working time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kalender kerja")
package id.pelita.kalender;
