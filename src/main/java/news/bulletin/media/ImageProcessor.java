package news.bulletin.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Turns uploaded bytes into images safe to serve: the format is read from the bytes themselves, the
 * pixel count is checked before anything is decoded, and the pixels are encoded afresh, which drops
 * every piece of metadata (GPS position, camera, comments) and anything hidden after the image.
 */
@Component
class ImageProcessor {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final long MAX_PIXELS = 50_000_000L;
    static final int MAX_SIDE = 12_000;
    static final int[] VARIANT_WIDTHS = {480, 960, 1600};
    private static final float JPEG_QUALITY = 0.85f;

    private final Semaphore decoding = new Semaphore(2);

    ImageProcessor() {
        // Registers the WebP reader from the application's class path, which ImageIO's first use may not have seen.
        ImageIO.scanForPlugins();
        // Otherwise every stream over bytes already in memory is copied through a temporary file.
        ImageIO.setUseCache(false);
    }

    /** The image as it will be stored, with its smaller copies by width. */
    record Processed(
            String contentType, String extension, int width, int height, byte[] bytes, Map<Integer, byte[]> variants) {}

    Processed process(byte[] upload) {
        return process(upload, false);
    }

    /**
     * An image the application ships, processed as an upload, except that a JPEG needing no turn is
     * stored as it is: it carries nothing to strip, and encoding it again costs a new site's first
     * start a quarter of a second and a little of the picture's quality.
     */
    Processed processBundled(byte[] bundled) {
        return process(bundled, true);
    }

    private Processed process(byte[] upload, boolean keepJpeg) {
        if (upload.length > MAX_BYTES) {
            throw new UploadRefusedException(
                    "The file is larger than 20 MB. Export a smaller copy and try again.", true);
        }
        String format = sniff(upload);
        // A large image takes hundreds of megabytes while it is decoded; a few at a time is plenty.
        decoding.acquireUninterruptibly();
        try {
            return process(upload, format, keepJpeg);
        } finally {
            decoding.release();
        }
    }

    private Processed process(byte[] upload, String format, boolean keepJpeg) {
        BufferedImage decoded = decode(upload, format);
        int orientation = "jpeg".equals(format) ? ExifOrientation.of(upload) : 1;
        BufferedImage image = ExifOrientation.apply(decoded, orientation);
        boolean transparent = image.getColorModel().hasAlpha();
        String extension = transparent ? "png" : "jpg";
        BufferedImage pixels = transparent ? image : opaque(image);
        Map<Integer, byte[]> variants = new LinkedHashMap<>();
        for (int width : VARIANT_WIDTHS) {
            if (width < pixels.getWidth()) {
                variants.put(width, encode(resize(pixels, width), extension));
            }
        }
        return new Processed(
                transparent ? "image/png" : "image/jpeg",
                extension,
                pixels.getWidth(),
                pixels.getHeight(),
                keepJpeg && "jpeg".equals(format) && orientation == 1 ? upload : encode(pixels, extension),
                variants);
    }

    /** The format the bytes really are, from their first bytes; the file name and declared type are ignored. */
    static String sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')) {
            return "gif";
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return "webp";
        }
        throw new UploadRefusedException("This file is not a JPEG, PNG, WebP or GIF image.", false);
    }

    private static BufferedImage decode(byte[] bytes, String format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new UploadRefusedException("This kind of image cannot be read here.", false);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                // Checked from the header, before decoding: a small file can declare a huge canvas.
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                    throw new UploadRefusedException(
                            "The image is " + width + " × " + height + " pixels; the limit is " + MAX_SIDE
                                    + " pixels a side and 50 megapixels.",
                            false);
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new UploadRefusedException("The image could not be read; it may be damaged.", false);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefusedException refused) {
                throw refused;
            }
            throw new UploadRefusedException("The image could not be read; it may be damaged.", false);
        }
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static BufferedImage resize(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).asBufferedImage();
        } catch (IOException e) {
            throw new UploadRefusedException("The image could not be resized.", false);
        }
    }

    private static byte[] encode(BufferedImage image, String extension) {
        try (var bytes = new ByteArrayOutputStream()) {
            if ("png".equals(extension)) {
                ImageIO.write(image, "png", bytes);
                return bytes.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(output);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UploadRefusedException("The image could not be saved.", false);
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
