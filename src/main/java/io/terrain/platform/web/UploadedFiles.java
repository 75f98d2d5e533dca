package io.terrain.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.file.UploadedFile;

/**
 * Uploaded files wait on disk between a check and an import, not in the session: a view keeps
 * only the path, and discards the file when it is done or the view goes away. With several
 * instances the check and the import may reach different ones: {@code TERRAIN_UPLOADS_DIR} then
 * names a directory every instance shares (default: the JVM's temporary directory).
 */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    /** @return the path of a temporary copy of the upload */
    public static String store(UploadedFile upload, String prefix) {
        try (InputStream in = upload.getInputStream()) {
            Path file = Files.createTempFile(directory(), prefix, ".csv");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() throws IOException {
        Path directory = Path.of(ConfigProvider.getConfig().getOptionalValue("terrain.uploads.dir", String.class)
                .filter(d -> !d.isBlank()).orElse(System.getProperty("java.io.tmpdir")));
        return Files.createDirectories(directory);
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
