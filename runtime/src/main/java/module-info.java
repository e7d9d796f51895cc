/**
 * The running side of Crosscheck: what generated filters start, and what applications use.
 *
 * <p>Exported: the API ({@code dev.crosscheck.runtime}, {@code dev.crosscheck.runtime.spi}) and
 * the package generated code calls ({@code dev.crosscheck.runtime.generated}). Every other package
 * is internal, and a named module cannot see it.
 *
 * <p>An application in a named module declares what the processor generated for it, as the
 * processor's error says when a line is missing:
 * <pre>
 * requires dev.crosscheck.runtime;
 * provides jakarta.ws.rs.core.Feature with com.example.GeneratedCorsFeature;
 * provides dev.crosscheck.runtime.generated.GeneratedTable with com.example.GeneratedCorsFilter.Table;
 * </pre>
 */
module dev.crosscheck.runtime {
  // Generated code and the API use Jakarta REST types and the annotations' OriginSource; the
  // generated filter carries @Priority, which every Jakarta REST runtime brings.
  requires transitive jakarta.ws.rs;
  requires transitive jakarta.annotation;
  requires transitive dev.crosscheck.annotations;
  // Read where present: each is used only when its runtime is there.
  requires static jakarta.servlet;
  requires static jersey.common;
  requires static microprofile.config.api;

  exports dev.crosscheck.runtime;
  exports dev.crosscheck.runtime.spi;
  exports dev.crosscheck.runtime.generated;
  // The processor checks policies with the same model and rules, on --processor-module-path too.
  exports dev.crosscheck.runtime.internal.http to dev.crosscheck.processor;
  exports dev.crosscheck.runtime.internal.path to dev.crosscheck.processor;
  exports dev.crosscheck.runtime.internal.policy to dev.crosscheck.processor;
  exports dev.crosscheck.runtime.internal.route to dev.crosscheck.processor;
  exports dev.crosscheck.runtime.internal.rules to dev.crosscheck.processor;

  // Classes the runtimes make by reflection from the runtime jar's META-INF/services (Jersey's
  // auto-discoverable and its Feature services, servlet initializers) or find as @Provider (CXF):
  // open to reflection, not exported, so still no API.
  opens dev.crosscheck.runtime.internal.jersey;
  opens dev.crosscheck.runtime.internal.platform;
  opens dev.crosscheck.runtime.internal.scan;
  opens dev.crosscheck.runtime.internal.servlet;

  // The tables of every compilation, and the application's decision listeners.
  uses dev.crosscheck.runtime.generated.GeneratedTable;
  uses dev.crosscheck.runtime.spi.CorsDecisionListener;

  provides jakarta.ws.rs.core.Feature with dev.crosscheck.runtime.internal.platform.MissingTableWarning;
  // Not declared here: the servlet initializers (jakarta.servlet.ServletContainerInitializer) and
  // Jersey's ForcedAutoDiscoverable. Their service types are in modules this one reads only where
  // present, and a module that provides a service whose type it cannot read does not resolve;
  // servlet containers and Jersey read the runtime jar's META-INF/services files themselves.
}
