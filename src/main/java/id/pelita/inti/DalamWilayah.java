package id.pelita.inti;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler parameter (path variable or request parameter) holding a region code the signed-in
 * user must be allowed to reach. One interceptor checks every such parameter, for pages and API alike.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DalamWilayah {
}
