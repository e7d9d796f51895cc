package dev.crosscheck.processor;

import static org.assertj.core.api.Assertions.assertThat;

import javax.tools.JavaCompiler;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;

/**
 * The same partial compilations with the Eclipse batch compiler. It refuses to create a source
 * whose class the class path already has (the previous build's filter), so a partial compile that
 * would regenerate the table fails with CORS079 and the fix, rather than deploy a stale table; a
 * conflict with a resource not recompiled is found as with javac.
 */
class EclipsePartialCompilationTest extends PartialCompilationTest {

  @Override
  JavaCompiler compiler() {
    return new EclipseCompiler();
  }

  /** Not a test here (no {@code @Test}): the Eclipse compiler refuses the partial compilation it needs. */
  @Override
  void recompilingOneResourceKeepsTheRoutesOfTheOthers() {}

  /** Not a test here (no {@code @Test}): the same refusal, see below. */
  @Override
  void theRoutesOfAResourceWhoseClassIsGoneAreDropped() {}

  @Test
  void aPartialCompilationThatWouldRegenerateTheTableFailsWithTheFix() {
    compileAll();
    assertThat(compileOnly("NotesResource", false))
        .contains("[CORS079] the compiler refused to write the generated filter again")
        .contains("remove the previous build's output (mvn clean compile)")
        .doesNotContain("CORS099");
  }
}
