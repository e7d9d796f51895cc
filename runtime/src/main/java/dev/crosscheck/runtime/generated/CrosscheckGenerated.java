package dev.crosscheck.runtime.generated;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated filter, with the contract it was written for. The runtime knows a filter by
 * it (one is registered per application, whichever jar's it is). An annotation rather than an
 * interface: a class whose annotation type is missing still loads, so a filter generated for this
 * contract loads against a runtime that predates it and can say so, rather than fail to link.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CrosscheckGenerated {

  /** The contract version the class was generated for. */
  int contract();

  /** The crosscheck-processor version that generated it. */
  String processor();
}
