package io.terrain.platform.api;

/**
 * Someone else saved the same record since the caller read it (optimistic lock). The caller's
 * change is refused rather than written over theirs.
 */
public class EditConflict extends RuntimeException {

    public EditConflict(String what, Object id) {
        super(what + " " + id + " was changed by someone else since you opened it");
    }
}
