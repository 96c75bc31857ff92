package id.pelita.wilayah.internal;

import id.pelita.PelitaTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The region tests share the application's one test context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PelitaTest
@interface UjiIntegrasi {
}
