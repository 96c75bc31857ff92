package id.pelita.kependudukan.internal;

/** Type of disability (Jemput Bola e-KTP reaches these at home): physical, sensory, intellectual, mental (ODGJ). */
public enum Disabilitas {
    FISIK, SENSORIK, INTELEKTUAL, MENTAL;

    public String kunciLabel() {
        return "disabilitas." + name();
    }
}
