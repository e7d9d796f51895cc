package dev.crosscheck.bench.build;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Crosscheck's processor, behind a delegation that times its own work: {@code init} and every
 * {@code process} call, wall-clock and the compiler thread's CPU. What javac does because of it
 * (the extra round, compiling what it writes) is not in these times. In the last round it prints
 * {@value #PREFIX}{@code <wall ms> <cpu ms>} for {@link BuildCost} to read from javac's output.
 */
public final class TimedCrosscheckProcessor extends AbstractProcessor {

  static final String PREFIX = "[crosscheck-bench] processor's own work, ms: ";

  private final Processor delegate;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long wallNanos;
  private long cpuNanos;

  public TimedCrosscheckProcessor() throws ReflectiveOperationException {
    delegate = (Processor) Class.forName("dev.crosscheck.processor.CrossOriginProcessor").getDeclaredConstructor()
        .newInstance();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    timed(() -> delegate.init(processingEnv));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean[] claimed = {false};
    timed(() -> claimed[0] = delegate.process(annotations, round));
    if (round.processingOver()) {
      System.err.println(PREFIX + wallNanos / 1_000_000 + " " + cpuNanos / 1_000_000);
    }
    return claimed[0];
  }

  private void timed(Runnable work) {
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    work.run();
    wallNanos += System.nanoTime() - wall;
    cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
  }
}
