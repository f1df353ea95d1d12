package news.bulletin.shared;

/** Thrown when a reader asks for something that does not exist or is not public; answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
