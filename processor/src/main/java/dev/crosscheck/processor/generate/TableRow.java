package dev.crosscheck.processor.generate;

import dev.crosscheck.runtime.policy.CorsPolicy;
import javax.lang.model.element.TypeElement;

/**
 * One route of the generated table, in the form the runtime's {@code Route} takes.
 *
 * @param policy the policy in force if it opens this method, else null
 */
public record TableRow(
    String rootTemplate,
    String relativeTemplate,
    String httpMethod,
    String resourceMethod,
    CorsPolicy policy,
    TypeElement root) {}
