package io.terrain.platform.web;

import io.terrain.platform.api.Progress;
import java.io.Serializable;
import java.nio.file.Path;
import org.primefaces.event.FileUploadEvent;

/**
 * A file uploaded to be checked first and applied on a second click (the import screens): kept in the uploads folder
 * between the two requests, with the progress of the work on it, and discarded when applied, replaced, cancelled or
 * when the view ends (the view calls {@link #discard()} from its {@code @PreDestroy}).
 */
public final class StagedUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String prefix;
    private final Progress progress = new Progress();
    private String storedFile;
    private String fileName;

    /** @param prefix the stored file's name prefix, naming the screen it came from */
    public StagedUpload(String prefix) {
        this.prefix = prefix;
    }

    /** Keeps a new file in place of any earlier one, with the progress back at zero. */
    public void receive(FileUploadEvent event) {
        discard();
        progress.reset();
        storedFile = UploadedFiles.store(event.getFile(), prefix);
        fileName = event.getFile().getFileName();
    }

    public void discard() {
        UploadedFiles.discard(storedFile);
        storedFile = null;
    }

    /** Forgets the file and the progress (the user cancelled). */
    public void cancel() {
        discard();
        progress.reset();
    }

    public boolean isHeld() {
        return storedFile != null;
    }

    public Path path() {
        return Path.of(storedFile);
    }

    public String fileName() {
        return fileName;
    }

    public Progress progress() {
        return progress;
    }
}
