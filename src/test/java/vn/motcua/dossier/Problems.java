package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import vn.motcua.shared.ProblemException;

final class Problems {

    private Problems() {
    }

    /** The call fails with a 400 problem naming exactly {@code field}; returns nothing, the message is checked apart. */
    static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProblemException.Kind.INVALID);
            assertThat(e.fields()).extracting(ProblemException.FieldProblem::field).containsExactly(field);
        });
    }
}
