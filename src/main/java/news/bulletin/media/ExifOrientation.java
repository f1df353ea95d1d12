package news.bulletin.media;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * The orientation a camera wrote into a JPEG's Exif data, read with TwelveMonkeys' metadata
 * readers, and applied to the pixels. Re-encoding drops the Exif data, so a portrait phone photo
 * would otherwise come out lying on its side.
 */
final class ExifOrientation {
    private ExifOrientation() {}

    /** The Exif orientation (1 to 8) of a JPEG, or 1 when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            for (JPEGSegment segment : JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif")) {
                InputStream data = segment.data();
                // The identifier is "Exif" and a NUL; a second NUL pads it before the TIFF header.
                data.read();
                Entry entry = new TIFFReader()
                        .read(ImageIO.createImageInputStream(data))
                        .getEntryById(TIFF.TAG_ORIENTATION);
                if (entry != null && entry.getValue() instanceof Number value) {
                    int orientation = value.intValue();
                    return orientation >= 1 && orientation <= 8 ? orientation : 1;
                }
            }
            return 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
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
