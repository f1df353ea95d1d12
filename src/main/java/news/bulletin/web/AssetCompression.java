package news.bulletin.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Run by the build (see {@code pom.xml}), not by the site: writes a gzip copy beside every text
 * asset, compressed as hard as gzip goes, so no request spends time compressing one.
 *
 * <p>Argument: the folder of built assets.
 */
public final class AssetCompression {
    private static final Set<String> TEXT = Set.of("css", "js", "svg", "json", "txt", "map");

    private AssetCompression() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> assets;
        try (Stream<Path> files = Files.walk(root)) {
            assets = files.filter(Files::isRegularFile)
                    .filter(file -> TEXT.contains(extension(file)))
                    .toList();
        }
        for (Path asset : assets) {
            Path zipped = asset.resolveSibling(asset.getFileName() + ".gz");
            try (OutputStream out = new BestGzip(Files.newOutputStream(zipped))) {
                Files.copy(asset, out);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
