package news.bulletin.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The orientation a camera wrote into a JPEG's Exif data, read from the bytes, and applied to the
 * pixels. Re-encoding drops the Exif data, so a portrait phone photo would otherwise come out
 * lying on its side.
 */
final class ExifOrientation {
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    /** The Exif orientation (1 to 8) of a JPEG, or 1 when it has none. */
    static int of(byte[] jpeg) {
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            int length = ((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            int data = position + 4;
            if (marker == 0xE1
                    && data + 6 <= jpeg.length
                    && "Exif\0\0".equals(new String(jpeg, data, 6, java.nio.charset.StandardCharsets.ISO_8859_1))) {
                return fromTiff(jpeg, data + 6, Math.min(jpeg.length, position + 2 + length));
            }
            position += 2 + length;
        }
        return 1;
    }

    private static int fromTiff(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = bytes[tiff] == 'I' && bytes[tiff + 1] == 'I';
        long ifd = tiff + unsigned(bytes, tiff + 4, 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = (int) unsigned(bytes, (int) ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (unsigned(bytes, entry, 2, little) == ORIENTATION_TAG) {
                int value = (int) unsigned(bytes, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static long unsigned(byte[] bytes, int offset, int size, boolean little) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            int b = bytes[offset + (little ? size - 1 - i : i)] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }

    /** The image turned and flipped so that it looks as the camera meant. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        // Each matrix maps the stored pixel (x, y) to where it belongs (m00, m10, m01, m11, m02, m12).
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h, type);
        Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return upright;
    }
}
