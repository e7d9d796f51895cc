package dev.crosscheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts one resource class, resource method or sub-resource locator out of the {@link CrossOrigin}
 * policy it would otherwise inherit: its endpoints get no CORS headers and their preflights fail.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NoCrossOrigin {}
