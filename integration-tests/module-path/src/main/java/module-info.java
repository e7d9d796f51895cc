/**
 * An application as a named module: what a user writes, with the lines Crosscheck's processor asks
 * for (CORS090) when they are missing.
 */
module dev.crosscheck.it.modulepath {
  requires jakarta.ws.rs;
  requires dev.crosscheck.runtime;

  // Jersey makes the resources and the generated feature by reflection.
  opens dev.crosscheck.it.modulepath;

  // What the generated filter needs in a named module, whose service files are not read.
  provides jakarta.ws.rs.core.Feature with dev.crosscheck.it.modulepath.GeneratedCorsFeature;
  provides dev.crosscheck.runtime.generated.GeneratedTable with dev.crosscheck.it.modulepath.GeneratedCorsFilter.Table;
}
