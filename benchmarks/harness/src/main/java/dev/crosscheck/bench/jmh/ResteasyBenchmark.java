package dev.crosscheck.bench.jmh;

import dev.crosscheck.bench.subject.Case;
import dev.crosscheck.bench.subject.Subject;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One exchange (request side, then response side) through RESTEasy's CorsFilter. It never reads the request path, so it is measured at one table size.
 * The defaults here are the full run's; run.sh and the quick test pass their own.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public class ResteasyBenchmark {

  /** This implementation never looks at the request path: one table size is enough. */
  @Param({"100"})
  public int paths;

  @Param
  public Case request;

  private Subject subject;

  @Setup
  public void setUp() throws Exception {
    subject = Subject.named("resteasy");
    subject.prepare(paths, request);
  }

  @Benchmark
  public Object exchange() throws Exception {
    return subject.handle();
  }
}
