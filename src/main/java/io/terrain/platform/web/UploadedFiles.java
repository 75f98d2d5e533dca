package io.terrain.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.primefaces.model.file.UploadedFile;

/**
 * Uploaded files wait on disk between a check and an import, not in the session: a view keeps
 * only the path, and discards the file when it is done or the view goes away.
 */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    /** @return the path of a temporary copy of the upload */
    public static String store(UploadedFile upload, String prefix) {
        try (InputStream in = upload.getInputStream()) {
            Path file = Files.createTempFile(prefix, ".csv");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void discard(String path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(path));
        } catch (IOException ignored) {
            // left to the OS's temp cleaning; the import's outcome matters more
        }
    }
}
