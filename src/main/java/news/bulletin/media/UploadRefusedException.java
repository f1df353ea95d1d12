package news.bulletin.media;

/** An upload the library will not keep, with the reason in words the uploader can act on. */
public class UploadRefusedException extends RuntimeException {
    private final boolean tooLarge;

    UploadRefusedException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    /** Whether the file was refused for its size, which HTTP answers with 413. */
    public boolean tooLarge() {
        return tooLarge;
    }
}
