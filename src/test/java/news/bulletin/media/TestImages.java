package news.bulletin.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small real image files, and hostile ones, made in the test. */
public final class TestImages {
    /** A 1 × 1 lossy WebP, the smallest valid file of its kind. */
    private static final String TINY_WEBP = "UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=";

    private TestImages() {}

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height, boolean transparent) {
        return encode(
                picture(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    public static byte[] webp() {
        return Base64.getDecoder().decode(TINY_WEBP);
    }

    /**
     * A JPEG carrying an Exif segment with a GPS position and a camera comment, as phones write
     * them; the marker text lets a test look for it in the stored bytes.
     */
    public static byte[] jpegWithLocation(int width, int height, String marker) {
        byte[] plain = jpeg(width, height);
        byte[] exif =
                ("Exif\0\0GPSLatitude 51.5007 GPSLongitude -0.1246 " + marker).getBytes(StandardCharsets.ISO_8859_1);
        return withApp1(plain, exif);
    }

    /**
     * A JPEG whose Exif data says the camera was turned: orientation 6 means "rotate 90° clockwise to
     * view", as a phone held upright writes it.
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        return withApp1(plain, exif);
    }

    /** The JPEG with an APP1 (Exif) segment right after its start marker, where cameras write it. */
    private static byte[] withApp1(byte[] jpeg, byte[] exif) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A small PNG file whose header claims a canvas of billions of pixels: a decompression bomb. */
    public static byte[] pngBomb() {
        byte[] png = png(8, 8, false);
        ByteBuffer bytes = ByteBuffer.wrap(png);
        // IHDR's data starts at byte 16: width, height, then 5 more bytes; its CRC follows at 29.
        bytes.putInt(16, 100_000);
        bytes.putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        bytes.putInt(29, (int) crc.getValue());
        return png;
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_ARGB) {
                g.setColor(new Color(0, 0, 0, 0));
                g.fillRect(0, 0, width, height);
                g.setColor(new Color(200, 30, 30, 160));
                g.fillOval(0, 0, width, height);
            } else {
                g.setColor(new Color(40, 90, 160));
                g.fillRect(0, 0, width, height);
                g.setColor(Color.ORANGE);
                g.fillOval(width / 4, height / 4, width / 2, height / 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try (var out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
