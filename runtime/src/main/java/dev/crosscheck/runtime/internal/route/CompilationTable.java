package dev.crosscheck.runtime.internal.route;

import java.util.List;

/**
 * One compilation's table, read from its generated code.
 *
 * @param origin a class generated with the table: its class files lie beside it ({@link StaleRows})
 * @param routes every resource method of the compilation's root resources
 * @param classesWithPolicies binary names of the compilation's classes that carry a policy
 *     annotation (on the class or a member): a sub-resource locator may return an instance of a
 *     class the table has no routes for, whose policy is its nearest superclass's only if it writes
 *     none of its own
 */
public record CompilationTable(Class<?> origin, List<Route> routes, List<String> classesWithPolicies) {

  public CompilationTable {
    routes = List.copyOf(routes);
    classesWithPolicies = List.copyOf(classesWithPolicies);
  }
}
