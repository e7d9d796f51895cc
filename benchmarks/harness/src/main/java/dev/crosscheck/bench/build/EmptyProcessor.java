package dev.crosscheck.bench.build;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor for {@code @CrossOrigin} that does nothing: what javac costs once any processor
 * runs (a processing round, and javac entering every class again for the final round), the floor
 * under the cost of Crosscheck's. Named with {@code -processor}, never discovered.
 */
@SupportedAnnotationTypes("dev.crosscheck.CrossOrigin")
public final class EmptyProcessor extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
