package io.terrain.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * An uploaded request body goes to a temporary file for the import to read (imports stream from
 * disk, never from memory); the file is deleted once the import is done, whatever its outcome.
 */
public final class UploadedBody {

    private UploadedBody() {
    }

    public static <T> T asFile(InputStream body, String prefix, String suffix, Function<Path, T> importer) {
        Path file = null;
        try {
            file = Files.createTempFile(prefix, suffix);
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return importer.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the OS cleans its temp folder; the import's outcome matters more
                }
            }
        }
    }
}
