package org.inclusiondata.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without python3 the agreement tests fail with a message that says what to do, unless told to skip. */
class ScorePyTest {

    private static final String NO_SUCH_PYTHON = "python3-that-is-not-installed";

    @Test
    void aMissingPythonFailsTheAgreementTestsWithAClearMessage() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ScorePy.require(NO_SUCH_PYTHON, false));
        assertTrue(e.getMessage().contains(NO_SUCH_PYTHON + " cannot be started")
                && e.getMessage().contains("install python3")
                && e.getMessage().contains("-D" + ScorePy.ALLOW_MISSING + "=true"), e.getMessage());
    }

    @Test
    void aMissingPythonSkipsTheAgreementTestsWhenAllowed() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> ScorePy.require(NO_SUCH_PYTHON, true));
        assertTrue(e.getMessage().contains(NO_SUCH_PYTHON), e.getMessage());
    }
}
