package io.terrain.waves.api;

/** A checklist item: TODO, IN_PROGRESS, DONE (who, when, evidence) or NOT_APPLICABLE (with a reason). */
public enum ChecklistStatus {
    TODO,
    IN_PROGRESS,
    DONE,
    NOT_APPLICABLE;

    /** Still to be worked on: offered on the coach's visit form. */
    public boolean open() {
        return this == TODO || this == IN_PROGRESS;
    }
}
