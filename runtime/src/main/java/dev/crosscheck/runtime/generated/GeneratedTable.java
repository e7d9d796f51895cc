package dev.crosscheck.runtime.generated;

import java.util.List;

/**
 * One compilation's table, as its generated code states it; also a service ({@code
 * META-INF/services/dev.crosscheck.runtime.generated.GeneratedTable}), so that the filter of
 * whichever jar starts serves the resources of every jar of the application. The runtime reads
 * {@link #contract()} first and the rest only if it reads that contract.
 */
public interface GeneratedTable {

  /** The contract version the table was generated for. */
  int contract();

  /** The crosscheck-processor version that generated it. */
  String processorVersion();

  /** The distinct policies; a route names one by its index. */
  List<GeneratedPolicy> policies();

  /**
   * The routes, in the text form of the contract version: version 1, one route a line, tab
   * separated: HTTP method, root class, root template, method template, resource class (empty:
   * the root class), Java method, policy (an index into {@link #policies()}, or why the method is
   * not open: {@code -} no policy, {@code !} opted out, {@code ~} its policy's methods leave it
   * out), then the sub-resource locators' templates; split into string constants anywhere, joined
   * again in order.
   */
  List<String> routeRows();

  /**
   * Binary names of the compilation's classes that carry a policy annotation, one a line, split
   * like {@link #routeRows()}.
   */
  List<String> classesWithPolicies();
}
