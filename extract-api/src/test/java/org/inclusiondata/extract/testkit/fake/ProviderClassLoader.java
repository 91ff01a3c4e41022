package org.inclusiondata.extract.testkit.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.inclusiondata.extract.testkit.ExtractorChecks;

/**
 * A class loader that stands for a separate extractor jar on the class path: it defines the
 * provider class itself (so it lives in this loader's unnamed module, as a class-path jar's classes
 * do) and serves a {@code META-INF/services} file naming it. Tests of extract-api run inside its
 * named module, where {@link java.util.ServiceLoader} ignores service files, so this is how the
 * kit's discovery check can be shown working on a provider that is not really packaged.
 */
public final class ProviderClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final String provider;
    private final URL serviceFile;

    /**
     * @param parent where everything but the provider comes from
     * @param provider the provider class, to be defined again by this loader
     * @param folder where to write the service file
     */
    public ProviderClassLoader(ClassLoader parent, Class<?> provider, Path folder) {
        super("extractor-jar", parent);
        this.provider = provider.getName();
        try {
            Path file = folder.resolve(ExtractorChecks.SERVICE_FILE);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# written by the contract kit's test\n" + this.provider + "\n", StandardCharsets.UTF_8);
            this.serviceFile = file.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new instance of the provider as this loader defines it. */
    public Object newProvider() {
        try {
            return loadClass(provider).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + provider, e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(provider) && !name.startsWith(provider + "$")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                String resource = name.replace('.', '/') + ".class";
                try (InputStream in = getParent().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    c = defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>(Collections.list(super.getResources(name)));
        if (name.equals(ExtractorChecks.SERVICE_FILE)) {
            urls.add(serviceFile);
        }
        return Collections.enumeration(urls);
    }
}
