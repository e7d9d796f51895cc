package jakarta.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stands for jakarta.annotation-api's {@code @Priority}, which Jersey brings (not on the processor's test class path):
 * with it visible, the filter is generated with a priority that runs it before authentication.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Priority {
  int value();
}
