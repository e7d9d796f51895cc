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
 * One exchange (request side, then response side) through one {@link Subject}, for every case at
 * 10, 100, 1,000 and 10,000 annotated paths. A subclass per subject names it; one that need not be
 * measured at every size or case declares its own {@code @Param} field of the same name, which JMH
 * uses in place of the inherited values (and sets on both fields), so this class reads the right
 * value either way. The defaults here are the full run's; run.sh and the quick test pass their own.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public abstract class ExchangeBenchmark {

  /** Annotated resource paths in the table. */
  @Param({"10", "100", "1000", "10000"})
  public int paths;

  @Param
  public Case request;

  /** The name of the subject, as {@link Subject#named} and the results know it. */
  public final String subjectName;

  private Subject subject;

  protected ExchangeBenchmark(String subjectName) {
    this.subjectName = subjectName;
  }

  @Setup
  public void setUp() throws Exception {
    subject = Subject.named(subjectName);
    subject.prepare(paths, request);
  }

  @Benchmark
  public Object exchange() throws Exception {
    return subject.handle();
  }
}
