package dev.crosscheck.runtime.internal.source;

import dev.crosscheck.OriginSource;
import dev.crosscheck.runtime.spi.CorsConfigurationException;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads one origin source of an application: once when the application starts, then every {@link
 * OriginSource#refreshInterval()}, and whenever {@code OriginSources.refresh} asks, each time on a
 * thread of Crosscheck's with {@value OriginSource#TIMEOUT_SECONDS} seconds to answer. What it
 * reads goes to every policy that names the source ({@link SourcedOrigins}), each checking the
 * values with its own rules. A read that throws, times out or returns too many values changes
 * nothing, and says so once until it changes or the source recovers.
 *
 * <p>Its schedule holds it weakly: once the application's engine is gone (undeployed), the next
 * turn cancels it, and the scheduler's thread ends when it has nothing left to run, so that no
 * thread keeps an undeployed application's classes.
 */
public final class OriginSourceReader {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");
  static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);
  static final Duration LONGEST_INTERVAL = Duration.ofDays(1);

  /** The readers of every live engine in this class loader, for {@code OriginSources.refresh}. */
  private static final List<WeakReference<OriginSourceReader>> LIVE = new CopyOnWriteArrayList<>();
  private static final ScheduledThreadPoolExecutor SCHEDULE = new ScheduledThreadPoolExecutor(1, daemons("crosscheck-origin-refresh"));
  /** Where sources run, so that a schedule or a caller can stop waiting for one that hangs. */
  private static final ExecutorService READS = Executors.newCachedThreadPool(daemons("crosscheck-origin-source"));

  static {
    SCHEDULE.setKeepAliveTime(1, TimeUnit.MINUTES);
    SCHEDULE.allowCoreThreadTimeOut(true);
    SCHEDULE.setRemoveOnCancelPolicy(true);
  }

  private final OriginSource source;
  private final String name;
  private final Duration interval;
  private final List<SourcedOrigins> policies = new ArrayList<>();
  /** The last failure said, so that a source failing every minute is not logged every minute. */
  private String lastFailure;
  /** A read still running (one that hangs): the next waits for it rather than start another. */
  private Future<Collection<String>> running;

  private OriginSourceReader(OriginSource source, String name, Duration interval) {
    this.source = source;
    this.name = name;
    this.interval = interval;
  }

  /**
   * Makes the application's source with its public constructor without parameters.
   *
   * @throws CorsConfigurationException where it cannot be made or its interval is out of range:
   *     the processor checks the class, so only a class changed since the build gets here
   */
  public static OriginSourceReader create(String className, ClassLoader loader) {
    OriginSource source;
    try {
      Class<?> type = Class.forName(className, true, loader);
      source = (OriginSource) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
      throw new CorsConfigurationException(List.of("[CORS087] the origin source " + className
          + " cannot be made: " + cause + " (an origin source is a public, non-abstract class implementing"
          + " dev.crosscheck.OriginSource with a public constructor without parameters)"));
    }
    Duration interval;
    try {
      interval = Objects.requireNonNull(source.refreshInterval(), "refreshInterval() returned null");
    } catch (RuntimeException e) {
      throw new CorsConfigurationException(List.of("the origin source " + className + " has no refresh interval: " + e));
    }
    if (interval.compareTo(SHORTEST_INTERVAL) < 0 || interval.compareTo(LONGEST_INTERVAL) > 0) {
      throw new CorsConfigurationException(List.of("the origin source " + className + " asks to be read every "
          + interval + ": its refreshInterval() must be from 1 second (PT1S) to 1 day (PT24H)"));
    }
    return new OriginSourceReader(source, className, interval);
  }

  /** A policy that takes its origins from this source: it gets each set read from now on. */
  public SourcedOrigins supply(SourcedOrigins policy) {
    synchronized (this) {
      policies.add(policy);
    }
    policy.readBy(this);
    return policy;
  }

  /** The first read, on the caller's thread's behalf, then the schedule; and {@code OriginSources.refresh} can find it. */
  public void start() {
    read();
    LIVE.add(new WeakReference<>(this));
    WeakReference<OriginSourceReader> self = new WeakReference<>(this);
    ScheduledFuture<?>[] schedule = new ScheduledFuture<?>[1];
    schedule[0] = SCHEDULE.scheduleWithFixedDelay(() -> {
      OriginSourceReader reader = self.get();
      if (reader == null) {
        schedule[0].cancel(false); // the application is gone
      } else {
        reader.read();
      }
    }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reads the sources of this class loader's live engines whose class is {@code type}, each now; the number read. */
  public static int refreshAll(Class<?> type) {
    int read = 0;
    for (WeakReference<OriginSourceReader> reference : LIVE) {
      OriginSourceReader reader = reference.get();
      if (reader == null) {
        LIVE.remove(reference);
      } else if (reader.source.getClass() == type) {
        reader.read();
        read++;
      }
    }
    return read;
  }

  /** One read: in force for every policy if it succeeds; otherwise nothing changes, and the log says why. */
  synchronized void read() {
    Collection<String> values;
    try {
      if (running == null || running.isDone()) {
        running = READS.submit(this::callSource);
      }
      values = running.get(OriginSource.TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (values == null) {
        throw new IllegalStateException("origins() returned null");
      }
      if (values.size() > OriginSource.MAX_VALUES) {
        failed(values.size() + " values, more than the " + OriginSource.MAX_VALUES + " a source may supply");
        return;
      }
      values = new ArrayList<>(values); // a null among them is one value refused, not a failed read
    } catch (TimeoutException e) {
      failed("no answer within " + OriginSource.TIMEOUT_SECONDS + " seconds");
      return;
    } catch (ExecutionException e) {
      failed("it threw " + e.getCause());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (RuntimeException e) {
      failed("it gave " + e);
      return;
    }
    for (SourcedOrigins policy : policies) {
      policy.replace(values);
    }
    if (lastFailure != null) {
      LOG.log(System.Logger.Level.INFO, "Crosscheck read the origin source " + name + " again: " + values.size() + " values");
      lastFailure = null;
    }
  }

  /**
   * The source's values, read with the application's class loader as the thread's context loader,
   * as the application's own threads have it (JNDI lookups and JDBC drivers may look there).
   */
  private Collection<String> callSource() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(source.getClass().getClassLoader());
    try {
      return source.origins();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private void failed(String why) {
    String message = "Crosscheck could not read the origin source " + name + " (" + why + "), so the origins it"
        + " supplied before stay in force" + (policies.stream().allMatch(p -> p.size() == 0) ? " (none yet)" : "")
        + "; it tries again in " + interval;
    if (!message.equals(lastFailure)) {
      LOG.log(System.Logger.Level.WARNING, message);
      lastFailure = message;
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
