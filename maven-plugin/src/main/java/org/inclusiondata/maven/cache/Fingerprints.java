package org.inclusiondata.maven.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 fingerprints of bytes, files and the code a class was loaded from. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * A fingerprint of the jar or class folder a class came from. Version strings alone are not
     * enough: during development a SNAPSHOT extractor changes without its version changing, and the
     * incremental build must notice that.
     */
    public static String codeOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return sha256(location);
            }
            if (Files.isDirectory(location)) {
                return folder(location);
            }
            return "missing";
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return "unknown " + source.getLocation();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code of " + type.getName(), e);
        }
    }

    private static String folder(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder manifest = new StringBuilder();
        for (Path f : files) {
            manifest.append(root.relativize(f).toString().replace('\\', '/')).append(' ').append(sha256(f)).append('\n');
        }
        return sha256(manifest.toString());
    }
}
