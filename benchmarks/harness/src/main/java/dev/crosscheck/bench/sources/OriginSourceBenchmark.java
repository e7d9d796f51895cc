package dev.crosscheck.bench.sources;

import dev.crosscheck.OriginSource;
import dev.crosscheck.bench.jaxrs.InMemoryRequest;
import dev.crosscheck.bench.jaxrs.InMemoryResponse;
import dev.crosscheck.runtime.OriginSources;
import dev.crosscheck.runtime.internal.config.ConfigurationLookup;
import dev.crosscheck.runtime.internal.engine.CorsEngine;
import dev.crosscheck.runtime.internal.engine.CorsEngineFactory;
import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an origin source costs (docs/origin-sources.md): an allowed actual request whose origin is
 * one of 10,000 that a source supplies, beside the same request to a policy that lists the 10,000
 * itself, in the same run; and one refresh of 10,000 values (read, each new one checked with the
 * policy's rules, the snapshot swapped), unchanged or all new. {@code benchmarks/run.sh} runs it
 * ({@code --sources-only}: it alone) and puts it in BENCHMARKS.md, "Origin sources".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class OriginSourceBenchmark {

  static final List<String> ORIGINS = manyOrigins(10_000, "tenant");
  private static final String ALLOWED = ORIGINS.get(ORIGINS.size() / 2);

  /** The source of the benchmark: the 10,000 origins, as a database would return them. */
  public static final class TenThousand implements OriginSource {
    @Override
    public Collection<String> origins() {
      return ORIGINS;
    }
  }

  /** A source whose every read returns the other of two sets of 10,000: every value new each time. */
  public static final class Alternating implements OriginSource {
    private static final List<String> OTHERS = manyOrigins(10_000, "other");
    private boolean other;

    @Override
    public Collection<String> origins() {
      other = !other;
      return other ? OTHERS : ORIGINS;
    }
  }

  private ContainerResponseFilter listed;
  private ContainerResponseFilter sourced;
  private final InMemoryRequest request = new InMemoryRequest("GET", "partners").header("Origin", ALLOWED);
  private final InMemoryResponse response = new InMemoryResponse();
  /** Kept so that the sourced engine, and its reader, live through the run. */
  private CorsEngine sourcedEngine;
  private CorsEngine alternatingEngine;

  @Setup
  public void setUp() {
    CorsPolicy listedPolicy = policy(ORIGINS, null);
    CorsPolicy sourcedPolicy = policy(List.of(), TenThousand.class.getName());
    listed = bound(CorsEngineFactory.start(List.of(route(listedPolicy)), ConfigurationLookup.SYSTEM));
    sourcedEngine = CorsEngineFactory.start(List.of(route(sourcedPolicy)), ConfigurationLookup.SYSTEM);
    sourced = bound(sourcedEngine);
    alternatingEngine = CorsEngineFactory.start(List.of(route(policy(List.of(), Alternating.class.getName()))),
        ConfigurationLookup.SYSTEM);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Object allowedOriginListedInThePolicy() throws Exception {
    return exchange(listed);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Object allowedOriginFromTheSource() throws Exception {
    return exchange(sourced);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int refreshOfTenThousandUnchanged() {
    return OriginSources.refresh(TenThousand.class);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int refreshOfTenThousandAllChanged() {
    return OriginSources.refresh(Alternating.class);
  }

  private Object exchange(ContainerResponseFilter bound) throws Exception {
    request.reset();
    response.reset();
    bound.filter(request, response);
    return response;
  }

  private static ContainerResponseFilter bound(CorsEngine engine) {
    return engine.actualResponseFilter("dev.crosscheck.bench.sources.Partners", "list()");
  }

  private static Route route(CorsPolicy policy) {
    return new Route("dev.crosscheck.bench.sources.Partners", "partners", "", "GET", "list()", policy);
  }

  private static CorsPolicy policy(List<String> origins, String source) {
    return new CorsPolicy(origins, List.of(), List.of("GET"), List.of(), List.of(), true, 600, false, List.of(), source);
  }

  private static List<String> manyOrigins(int count, String prefix) {
    List<String> origins = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      origins.add("https://" + prefix + i + ".example.net");
    }
    return List.copyOf(origins);
  }
}
