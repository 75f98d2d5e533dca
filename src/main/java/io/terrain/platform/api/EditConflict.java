package io.terrain.platform.api;

/**
 * Someone else saved the same record since the caller read it (optimistic lock). The caller's
 * change is refused rather than written over theirs.
 */
public class EditConflict extends RuntimeException {

    /** The i18n key that tells the user what happened; the general "changed by someone else" when null. */
    private final String messageKey;

    public EditConflict(String what, Object id) {
        super(what + " " + id + " was changed by someone else since you opened it");
        this.messageKey = null;
    }

    /** A conflict of another kind, explained by its own message (for example a resend that differs from the first). */
    public EditConflict(String what, Object id, String messageKey) {
        super(what + " " + id + ": " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey == null ? "error.editConflict" : messageKey;
    }
}
