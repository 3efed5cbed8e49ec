package vn.motcua.dossier.internal;

/** An import line refused, with the Vietnamese reason shown to the person importing. Cheap: no stack trace. */
final class RefusedLine extends RuntimeException {

    RefusedLine(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
